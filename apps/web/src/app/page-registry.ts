import type { ComponentType, ReactNode } from 'react';
import type { Role } from '../auth/session';

/**
 * One entry per page. Each role's folder (pages/<role>/routes.tsx) exports its list; app/pages.ts
 * joins them. The layout builds the side menu, the phone tab bar, the breadcrumb and the document
 * title from these entries, and the router loads each page lazily.
 */
export interface PageDef {
  /** Absolute path, may hold params (/manager/assets/:assetId). */
  readonly path: string;
  /** Title in both languages (menu, breadcrumb, document title). */
  readonly title: { readonly 'zh-CN': string; readonly 'en-US': string };
  /** Who may open it; others see "not allowed". */
  readonly roles: readonly Role[];
  /** Shown in the side menu (and in the phone tab bar when `tab`). */
  readonly menu?: { readonly icon: ReactNode; readonly tab?: boolean };
  /** The role's first page after sign-in. */
  readonly home?: boolean;
  /** Path of the page above this one in the breadcrumb. */
  readonly parent?: string;
  /** The page module; its default export is the page component. */
  readonly load: () => Promise<{ default: ComponentType }>;
}

export function definePages(pages: PageDef[]): PageDef[] {
  return pages;
}
