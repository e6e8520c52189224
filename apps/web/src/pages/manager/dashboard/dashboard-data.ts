import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';

export interface ClassLine {
  readonly classCode: string;
  readonly className: string;
  readonly count: number;
  readonly originalValueFen: bigint;
  readonly netBookValueFen: bigint;
}

/** One line per 门类 (all of them, zeros included), summed exactly over 大类 rows. */
export function byClass(
  rows: readonly Schemas['RegisterSummaryRowView'][],
  classes: readonly { code: string; name: string }[],
  departmentId: string,
): ClassLine[] {
  const lines = new Map<string, ClassLine>(
    classes.map((c) => [c.code, { classCode: c.code, className: c.name, count: 0, originalValueFen: 0n, netBookValueFen: 0n }]),
  );
  for (const r of rows) {
    if (r.departmentId !== departmentId) continue;
    const line = lines.get(r.classCode) ?? {
      classCode: r.classCode,
      className: r.className,
      count: 0,
      originalValueFen: 0n,
      netBookValueFen: 0n,
    };
    lines.set(r.classCode, {
      ...line,
      count: line.count + r.count,
      originalValueFen: line.originalValueFen + BigInt(r.originalValueFen),
      netBookValueFen: line.netBookValueFen + BigInt(r.netBookValueFen),
    });
  }
  return [...lines.values()].sort((a, b) => a.classCode.localeCompare(b.classCode));
}

/** Everything the dashboard shows, read in parallel. */
export async function loadDashboard(departmentId: string) {
  const [summary, classes, facets, listings, transfers, reviews] = await Promise.all([
    unwrap(api.GET('/api/reports/register-summary')),
    unwrap(api.GET('/api/categories')),
    unwrap(api.GET('/api/search', { params: { query: { kind: ['asset'], departmentId, facets: 'true', limit: 1 } } })),
    unwrap(api.GET('/api/marketplace', { params: { query: { departmentId, limit: 100 } } })),
    unwrap(api.GET('/api/transfers', { params: { query: { departmentId } } })),
    unwrap(api.GET('/api/transfers', { params: { query: { status: 'pending_supervisor_review' } } })),
  ]);
  const open = transfers.filter((t) => !['completed', 'rejected', 'withdrawn'].includes(t.status));
  return {
    asOf: summary.asOf,
    lines: byClass(summary.rows, classes, departmentId),
    status: facets.facets?.status ?? {},
    listings: listings.items,
    claimsWaiting: listings.items.filter((l) => l.claimMode === 'manager_picks' && l.claimsCount > 0),
    inTransfer: open,
    handovers: open.filter(
      (t) =>
        t.status === 'awaiting_handover' &&
        ((t.fromDepartmentId === departmentId && !t.handoverReleasing) || (t.toDepartmentId === departmentId && !t.handoverReceiving)),
    ),
    reviews: reviews.filter((t) =>
      t.steps.some((s) => s.kind === 'supervisor_review' && s.status === 'pending' && s.approverDepartmentId === departmentId),
    ),
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
