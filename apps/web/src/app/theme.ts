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
