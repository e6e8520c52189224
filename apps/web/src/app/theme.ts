import type { ThemeConfig } from 'antd';

/**
 * One palette for the whole app. Chart colours carry the same meaning everywhere (idle, in use,
 * transferred, disposed); the primary colour keeps ≥ 4.5:1 contrast on white for text and links.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    borderRadius: 6,
    fontSize: 14,
    colorTextTertiary: 'rgba(0,0,0,0.62)',
    colorTextDescription: 'rgba(0,0,0,0.62)',
    colorTextPlaceholder: 'rgba(0,0,0,0.62)',
    // Hover and pressed states darken (not lighten) the primary colour, so white text keeps ≥ 4.5:1 under the pointer.
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
  },
};

export const STATUS_COLOURS = {
  in_use: '#0958d9',
  idle: '#d46b08',
  listed: '#d46b08',
  in_transfer: '#7c3aed',
  transferred: '#389e0d',
  disposed: '#595959',
} as const;
