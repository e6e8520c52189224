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
    // Placeholders (e.g. the date pickers' 开始日期) are read as text too: same 4.5:1 contrast.
    colorTextPlaceholder: 'rgba(0,0,0,0.62)',
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
