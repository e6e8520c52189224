/** A unit as the tree pages need it (the current tree or the tree as of a date). */
export interface UnitRow {
  readonly code: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly level: 'city' | 'district' | 'department' | 'unit';
  readonly unitType: string;
  readonly creditCode: string;
  readonly closed: boolean;
}

export type TreeNode = UnitRow & { key: string; children?: TreeNode[] };

const LEVEL_ORDER = ['city', 'district', 'department', 'unit'];

/** Nests the flat list under its parents; siblings by level then code; a unit whose parent is missing becomes a root. */
export function buildTree(units: readonly UnitRow[]): TreeNode[] {
  const nodes = new Map<string, TreeNode>(units.map((u) => [u.code, { ...u, key: u.code }]));
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const order = (list: TreeNode[]) => {
    list.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.code.localeCompare(b.code));
    for (const n of list) if (n.children) order(n.children);
    return list;
  };
  return order(roots);
}

/** Every key of the tree (to show it fully expanded). */
export function allKeys(nodes: readonly TreeNode[]): string[] {
  return nodes.flatMap((n) => [n.key, ...allKeys(n.children ?? [])]);
}

/** The unit and every unit below it: not allowed as a new parent when moving it (the API refuses a cycle too). */
export function descendantsOf(units: readonly UnitRow[], code: string): Set<string> {
  const out = new Set([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units)
      if (u.parentId !== null && out.has(u.parentId) && !out.has(u.code)) {
        out.add(u.code);
        grew = true;
      }
  }
  return out;
}

/** Which form field an organisation error belongs to (the API names the rule; the page puts it by the field). */
export const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  UNIT_ALREADY_EXISTS: 'unitId',
  INVALID_CREDIT_CODE: 'creditCode',
  CREDIT_CODE_IN_USE: 'creditCode',
  PARENT_NOT_FOUND: 'parentId',
  TREE_CYCLE: 'parentId',
  INVALID_LEVEL: 'level',
  UNIT_CLOSED: 'parentId',
};

/** The tree as rows in display order, each with its depth (for the indentation that shows the nesting). */
export function flatten(nodes: readonly TreeNode[], depth = 0): (UnitRow & { depth: number })[] {
  return nodes.flatMap(({ children, key: _key, ...unit }) => [{ ...unit, depth }, ...flatten(children ?? [], depth + 1)]);
}
