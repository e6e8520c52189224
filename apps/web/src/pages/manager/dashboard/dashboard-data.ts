import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { byClass } from './by-class';

export type { ClassLine } from './by-class';

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
    lines: byClass(
      summary.rows,
      classes.filter((c) => c.level === 'class'),
      departmentId,
    ),
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
