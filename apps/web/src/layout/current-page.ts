import { matchPath, useLocation } from 'react-router';
import { PAGES } from '../app/pages';
import type { PageDef } from '../app/page-registry';

export function findPage(pathname: string): PageDef | undefined {
  return PAGES.find((p) => matchPath({ path: p.path, end: true }, pathname));
}

/** The registry entry of the page on screen, and its breadcrumb trail (parents first). */
export function useCurrentPage(): { page: PageDef | undefined; trail: PageDef[] } {
  const { pathname } = useLocation();
  const page = findPage(pathname);
  const trail: PageDef[] = [];
  for (let p = page; p; p = p.parent ? PAGES.find((q) => q.path === p?.parent) : undefined) trail.unshift(p);
  return { page, trail };
}
