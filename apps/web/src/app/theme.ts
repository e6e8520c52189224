import type { ThemeConfig } from 'antd';

/**
 * One palette for the whole app. antd's default greys for secondary, placeholder and empty-state text
 * fall below WCAG AA contrast (4.5:1) on white; these stay above it. Chart colours carry the same
 * meaning everywhere (idle, in use, transferred, disposed).
 */
const GREY_TEXT = 'rgba(0, 0, 0, 0.6)';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    borderRadius: 6,
    fontSize: 14,
    colorTextSecondary: GREY_TEXT,
    colorTextTertiary: GREY_TEXT,
    colorTextDescription: GREY_TEXT,
    colorTextQuaternary: GREY_TEXT,
    colorTextPlaceholder: GREY_TEXT,
    colorTextDisabled: GREY_TEXT,
    // antd's default error red (#ff4d4f) is 3.3:1 on white; field messages under inputs need ≥ 4.5:1.
    colorError: '#cf1322',
    // Hover and pressed states darken (not lighten) the primary colour, so white text keeps ≥ 4.5:1 under the pointer.
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    // Links likewise: antd's default hover blue is about 3:1 on white, and a link stays hovered after a click.
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
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
