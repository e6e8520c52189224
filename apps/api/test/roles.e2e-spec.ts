import { startTestSystem, TestSystem } from '@test/support/test-app';

type Role = 'asset_manager' | 'department_staff' | 'finance_approver' | 'auditor' | 'resident' | 'system_admin';
const USERS: Record<Role, string> = {
  asset_manager: 'mgr-sch1',
  department_staff: 'staff-sch1',
  finance_approver: 'fin-approver',
  auditor: 'auditor',
  resident: 'resident-1',
  system_admin: 'admin',
};
const ALL: Role[] = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident', 'system_admin'];
const PEOPLE: Role[] = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident'];
const READERS: Role[] = ['asset_manager', 'department_staff', 'finance_approver', 'auditor'];
/** 物业一张图: managers (units and 主管部门), finance, auditors and administrators; not unit staff or residents. */
const MAP_READERS: Role[] = ['asset_manager', 'finance_approver', 'auditor', 'system_admin'];
const ID = '00000000-0000-4000-8000-000000000000';

/** Who may call what. Allowed roles get past authorisation (any answer but 401/403); every other role gets 403. */
const MATRIX: { method: 'get' | 'post'; path: string; allowed: Role[]; stream?: true }[] = [
  { method: 'get', path: '/api/inbox', allowed: ALL },
  { method: 'get', path: '/api/inbox/counts', allowed: ALL },
  // A stream that does not end: the answer is judged by its status, then the connection is dropped.
  { method: 'get', path: '/api/inbox/stream', allowed: ALL, stream: true },
  { method: 'get', path: '/api/notifications', allowed: ALL },
  { method: 'post', path: '/api/notifications/read', allowed: ALL },
  { method: 'post', path: `/api/notifications/${ID}/read`, allowed: ALL },
  { method: 'post', path: '/api/assets', allowed: ['asset_manager'] },
  { method: 'post', path: `/api/assets/${ID}/corrections`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/assets/${ID}/relocations`, allowed: ['asset_manager'] },
  { method: 'get', path: '/api/assets', allowed: READERS },
  { method: 'get', path: `/api/assets/${ID}`, allowed: READERS },
  { method: 'get', path: '/api/assets/export', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: `/api/assets/${ID}/history`, allowed: READERS },
  { method: 'post', path: `/api/assets/${ID}/listing`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/assets/${ID}/listing/withdrawal`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/assets/${ID}/listing/claims`, allowed: ['asset_manager', 'department_staff'] },
  { method: 'post', path: `/api/assets/${ID}/listing/claims/${ID}/selection`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/assets/${ID}/transfers/${ID}/decisions`, allowed: ['asset_manager', 'finance_approver'] },
  { method: 'post', path: `/api/assets/${ID}/transfers/${ID}/withdrawal`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/assets/${ID}/transfers/${ID}/handover`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/assets/${ID}/loans`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/assets/${ID}/loans/${ID}/return`, allowed: ['asset_manager'] },
  { method: 'get', path: '/api/loans', allowed: READERS },
  { method: 'post', path: '/api/asset-imports/dry-run', allowed: ['asset_manager'] },
  { method: 'post', path: '/api/asset-imports', allowed: ['asset_manager'] },
  { method: 'get', path: '/api/asset-imports', allowed: ['asset_manager'] },
  { method: 'get', path: `/api/asset-imports/${ID}`, allowed: ['asset_manager'] },
  { method: 'post', path: '/api/property-imports/dry-run', allowed: ['asset_manager'] },
  { method: 'post', path: '/api/property-imports', allowed: ['asset_manager'] },
  { method: 'get', path: '/api/property-imports', allowed: ['asset_manager'] },
  { method: 'get', path: '/api/property-imports/template', allowed: ['asset_manager'] },
  { method: 'get', path: `/api/property-imports/${ID}`, allowed: ['asset_manager'] },
  { method: 'get', path: '/api/assets/labels.pdf', allowed: ['asset_manager', 'department_staff'] },
  { method: 'post', path: '/api/stocktakes', allowed: ['asset_manager'] },
  { method: 'get', path: '/api/stocktakes', allowed: READERS },
  { method: 'get', path: `/api/stocktakes/${ID}`, allowed: READERS },
  { method: 'get', path: `/api/stocktakes/${ID}/report.csv`, allowed: READERS },
  { method: 'get', path: `/api/stocktakes/${ID}/labels.pdf`, allowed: ['asset_manager', 'department_staff'] },
  { method: 'post', path: `/api/stocktakes/${ID}/counts`, allowed: ['asset_manager', 'department_staff'] },
  { method: 'post', path: `/api/stocktakes/${ID}/surplus`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/stocktakes/${ID}/shortages`, allowed: ['asset_manager'] },
  // Staff pass the role check and are refused by the task itself (STOCKTAKE_MANAGER_ONLY), which says why.
  { method: 'post', path: `/api/stocktakes/${ID}/close`, allowed: ['asset_manager', 'department_staff'] },
  { method: 'get', path: '/api/marketplace', allowed: READERS },
  { method: 'get', path: `/api/marketplace/${ID}`, allowed: READERS },
  { method: 'get', path: `/api/marketplace/${ID}/claims`, allowed: READERS },
  { method: 'get', path: `/api/marketplace/${ID}/demands`, allowed: READERS },
  { method: 'get', path: '/api/transfers', allowed: READERS },
  { method: 'get', path: `/api/transfers/${ID}`, allowed: READERS },
  { method: 'get', path: '/api/savings', allowed: READERS },
  { method: 'post', path: '/api/demands', allowed: ['asset_manager', 'department_staff'] },
  { method: 'post', path: `/api/demands/${ID}/closure`, allowed: ['asset_manager', 'department_staff'] },
  { method: 'get', path: '/api/demands', allowed: READERS },
  { method: 'get', path: `/api/demands/${ID}/matches`, allowed: READERS },
  { method: 'post', path: '/api/purchase-requests', allowed: ['asset_manager', 'department_staff'] },
  { method: 'post', path: `/api/purchase-requests/${ID}/override`, allowed: ['asset_manager', 'department_staff'] },
  { method: 'post', path: `/api/purchase-requests/${ID}/withdrawal`, allowed: ['asset_manager', 'department_staff'] },
  { method: 'get', path: '/api/purchase-requests', allowed: READERS },
  { method: 'get', path: '/api/approvals', allowed: ['asset_manager', 'finance_approver'] },
  { method: 'post', path: '/api/disposals', allowed: ['asset_manager'] },
  { method: 'get', path: '/api/disposals', allowed: READERS },
  { method: 'get', path: '/api/disposals/awaiting-me', allowed: ['asset_manager', 'finance_approver'] },
  { method: 'get', path: `/api/disposals/${ID}`, allowed: READERS },
  { method: 'post', path: `/api/disposals/${ID}/decision`, allowed: ['asset_manager', 'finance_approver'] },
  { method: 'post', path: `/api/disposals/${ID}/withdrawal`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/disposals/${ID}/write-off`, allowed: ['asset_manager'] },
  { method: 'post', path: '/api/space-needs', allowed: ['asset_manager'] },
  { method: 'get', path: '/api/space-needs', allowed: READERS },
  { method: 'get', path: `/api/space-needs/${ID}`, allowed: READERS },
  { method: 'get', path: `/api/space-needs/${ID}/matches`, allowed: READERS },
  { method: 'post', path: `/api/space-needs/${ID}/withdrawal`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/space-needs/${ID}/matches/${ID}/take`, allowed: ['asset_manager'] },
  { method: 'get', path: '/api/space-allocations', allowed: READERS },
  { method: 'get', path: '/api/space-allocations/awaiting-me', allowed: ['asset_manager', 'finance_approver'] },
  { method: 'get', path: `/api/space-allocations/${ID}`, allowed: READERS },
  { method: 'post', path: `/api/space-allocations/${ID}/decision`, allowed: ['asset_manager', 'finance_approver'] },
  { method: 'post', path: `/api/space-allocations/${ID}/handover`, allowed: ['asset_manager'] },
  { method: 'post', path: '/api/files', allowed: ['asset_manager'] },
  { method: 'get', path: `/api/files/${'0'.repeat(64)}`, allowed: READERS },
  { method: 'get', path: '/api/categories', allowed: ALL },
  { method: 'get', path: '/api/categories/table', allowed: ALL },
  { method: 'post', path: '/api/categories/table', allowed: ['system_admin'] },
  { method: 'get', path: '/api/departments', allowed: ALL },
  { method: 'get', path: `/api/calendar/years/${ID}`, allowed: ALL },
  { method: 'post', path: `/api/calendar/years/${ID}`, allowed: ['system_admin'] },
  { method: 'post', path: `/api/calendar/years/${ID}/import`, allowed: ['system_admin'] },
  { method: 'get', path: '/api/calendar/affected-bookings', allowed: ['asset_manager'] },
  { method: 'post', path: '/api/properties', allowed: ['asset_manager', 'system_admin'] },
  { method: 'get', path: '/api/properties', allowed: ['asset_manager', 'finance_approver', 'auditor', 'system_admin'] },
  { method: 'get', path: `/api/properties/${ID}`, allowed: ['asset_manager', 'finance_approver', 'auditor', 'system_admin'] },
  { method: 'post', path: `/api/properties/${ID}/corrections`, allowed: ['asset_manager', 'system_admin'] },
  { method: 'post', path: `/api/properties/${ID}/status`, allowed: ['asset_manager', 'system_admin'] },
  { method: 'post', path: `/api/properties/${ID}/occupancy`, allowed: ['asset_manager', 'system_admin'] },
  { method: 'post', path: `/api/properties/${ID}/sharing-eligibility`, allowed: ['asset_manager', 'system_admin'] },
  { method: 'post', path: '/api/spaces', allowed: ['asset_manager'] },
  { method: 'get', path: '/api/spaces', allowed: PEOPLE },
  { method: 'get', path: `/api/spaces/${ID}`, allowed: PEOPLE },
  { method: 'post', path: `/api/spaces/${ID}/schedule`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/spaces/${ID}/blackouts`, allowed: ['asset_manager'] },
  { method: 'get', path: `/api/spaces/${ID}/availability`, allowed: PEOPLE },
  { method: 'post', path: `/api/spaces/${ID}/bookings`, allowed: ['resident', 'department_staff', 'asset_manager'] },
  { method: 'get', path: `/api/spaces/${ID}/occupancy`, allowed: ['asset_manager', 'auditor'] },
  { method: 'post', path: `/api/spaces/${ID}/property`, allowed: ['asset_manager'] },
  { method: 'get', path: '/api/spaces/nearby', allowed: PEOPLE },
  { method: 'get', path: '/api/spaces/nearby/places', allowed: PEOPLE },
  { method: 'get', path: '/api/property-survey/venues', allowed: ['asset_manager', 'finance_approver', 'auditor', 'system_admin'] },
  { method: 'get', path: `/api/properties/${ID}/shared-spaces`, allowed: [...READERS, 'system_admin'] },
  { method: 'get', path: '/api/bookings/mine', allowed: ['resident', 'department_staff', 'asset_manager'] },
  { method: 'post', path: `/api/bookings/${ID}/cancellation`, allowed: ['resident', 'department_staff', 'asset_manager'] },
  { method: 'post', path: `/api/bookings/${ID}/approval`, allowed: ['asset_manager'] },
  { method: 'post', path: `/api/bookings/${ID}/check-in`, allowed: ['resident', 'department_staff', 'asset_manager'] },
  { method: 'post', path: `/api/bookings/${ID}/check-out`, allowed: ['resident', 'department_staff', 'asset_manager'] },
  { method: 'post', path: `/api/bookings/${ID}/no-show`, allowed: ['asset_manager'] },
  { method: 'get', path: '/api/sharing/utilisation', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: '/api/sharing/calendar', allowed: PEOPLE },
  { method: 'post', path: '/api/residents/me', allowed: ['resident'] },
  { method: 'get', path: '/api/residents/me', allowed: ['resident'] },
  { method: 'get', path: '/api/residents/privacy-notice', allowed: ALL },
  { method: 'get', path: '/api/residents/me/privacy', allowed: ['resident'] },
  { method: 'post', path: '/api/residents/me/consent', allowed: ['resident'] },
  { method: 'post', path: '/api/residents/me/consent/withdrawal', allowed: ['resident'] },
  { method: 'post', path: '/api/residents/me/erasure', allowed: ['resident'] },
  { method: 'post', path: `/api/residents/${ID}/erasure`, allowed: ['asset_manager', 'system_admin'] },
  { method: 'get', path: '/api/audit/timeline', allowed: ['auditor'] },
  { method: 'get', path: `/api/audit/assets/${ID}/as-of`, allowed: ['auditor'] },
  { method: 'get', path: '/api/audit/departments/D-EDU/register', allowed: ['auditor'] },
  { method: 'get', path: '/api/audit/tree-head', allowed: ['auditor'] },
  { method: 'post', path: '/api/audit/tree-heads', allowed: ['auditor'] },
  { method: 'get', path: '/api/audit/tree-heads', allowed: ['auditor'] },
  { method: 'get', path: '/api/audit/public-key', allowed: ['auditor'] },
  { method: 'get', path: '/api/audit/proofs/inclusion', allowed: ['auditor'] },
  { method: 'get', path: '/api/audit/proofs/consistency', allowed: ['auditor'] },
  { method: 'get', path: '/api/audit/verification', allowed: ['auditor'] },
  { method: 'get', path: '/api/audit/export', allowed: ['auditor'] },
  { method: 'get', path: '/api/search', allowed: READERS },
  { method: 'get', path: '/api/property-map/points', allowed: MAP_READERS },
  { method: 'get', path: '/api/property-map/nearby', allowed: MAP_READERS },
  { method: 'get', path: '/api/property-map/places', allowed: MAP_READERS },
  { method: 'get', path: '/api/property-map/settings', allowed: MAP_READERS },
  { method: 'get', path: '/api/property-map/districts', allowed: MAP_READERS },
  { method: 'get', path: '/api/reports/register-summary', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: '/api/reports/idle-rate', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: '/api/reports/long-idle', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: '/api/reports/reuse', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: '/api/reports/sharing-utilisation', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: '/api/reports/sharing-utilisation-by-hour', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: '/api/reports/sharing-eligibility', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: '/api/reports/property-vacancy', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'get', path: '/api/auth/me', allowed: ALL },
  { method: 'get', path: '/api/org/units', allowed: [...READERS, 'system_admin'] },
  { method: 'post', path: '/api/org/units', allowed: ['system_admin'] },
  { method: 'post', path: '/api/org/units/D-NONE/name', allowed: ['system_admin'] },
  { method: 'post', path: '/api/org/units/D-NONE/parent', allowed: ['system_admin'] },
  { method: 'post', path: '/api/org/units/D-NONE/closure', allowed: ['system_admin'] },
  { method: 'get', path: '/api/approval-policies', allowed: ['asset_manager', 'finance_approver', 'auditor'] },
  { method: 'post', path: '/api/approval-policies', allowed: ['finance_approver'] },
  { method: 'get', path: '/api/depreciation', allowed: ['asset_manager', 'finance_approver', 'auditor', 'system_admin'] },
  { method: 'post', path: '/api/depreciation/months', allowed: ['finance_approver', 'system_admin'] },
  { method: 'get', path: '/api/depreciation/report', allowed: ['asset_manager', 'finance_approver', 'auditor', 'system_admin'] },
  { method: 'get', path: `/api/depreciation/assets/${ID}`, allowed: [...READERS, 'system_admin'] },
  { method: 'get', path: '/api/depreciation/life-tables', allowed: ['asset_manager', 'finance_approver', 'auditor', 'system_admin'] },
  { method: 'post', path: '/api/depreciation/life-tables', allowed: ['finance_approver', 'system_admin'] },
  { method: 'get', path: '/api/notification-preferences', allowed: ALL },
  { method: 'post', path: '/api/notification-preferences', allowed: ALL },
  { method: 'get', path: '/api/my-unit/webhook', allowed: ['asset_manager'] },
  { method: 'post', path: '/api/my-unit/webhook', allowed: ['asset_manager'] },
  { method: 'post', path: '/api/my-unit/webhook/removal', allowed: ['asset_manager'] },
  { method: 'get', path: '/api/outbox/dead-letters', allowed: ['system_admin'] },
  { method: 'post', path: `/api/outbox/dead-letters/${ID}/retry`, allowed: ['system_admin'] },
  { method: 'get', path: '/api/accounts', allowed: ['system_admin'] },
  { method: 'post', path: '/api/accounts', allowed: ['system_admin'] },
  { method: 'post', path: `/api/accounts/${ID}/roles`, allowed: ['system_admin'] },
  { method: 'post', path: `/api/accounts/${ID}/role-revocations`, allowed: ['system_admin'] },
  { method: 'post', path: `/api/accounts/${ID}/unit`, allowed: ['system_admin'] },
  { method: 'post', path: `/api/accounts/${ID}/disabling`, allowed: ['system_admin'] },
  { method: 'post', path: `/api/accounts/${ID}/password-reset`, allowed: ['system_admin'] },
  { method: 'post', path: '/api/auth/password', allowed: ALL },
  // Last: signing out ends each role's session, so no route after it could be reached with these tokens.
  { method: 'post', path: '/api/auth/sign-out', allowed: ALL },
];
const PUBLIC = [
  'get /api/auth/demo-users',
  'post /api/auth/demo-login',
  'get /api/auth/options',
  'post /api/auth/sign-in',
  'post /api/auth/refresh',
  'post /api/auth/phone/code',
  'post /api/auth/phone/sign-in',
  'get /api/auth/oidc/start',
  'get /api/auth/oidc/callback',
  'get /api/health/live',
  'get /api/health/ready',
  'get /api/errors',
];

describe('who may call what', () => {
  let sys: TestSystem;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const role of ALL) tokens[role] = await sys.tokenFor(USERS[role]);
  });
  afterAll(() => sys.close());

  it('covers every route the API serves', async () => {
    const docs = await sys.http().get('/api/docs-json').expect(200);
    const served = Object.entries(docs.body.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map(
        (method) =>
          `${method} ${path
            .replace(/\{fileId\}/g, '0'.repeat(64))
            .replace(/\{departmentId\}/g, 'D-EDU')
            .replace(/\{unitId\}/g, 'D-NONE')
            .replace(/\{[^}]+\}/g, ID)}`,
      ),
    );
    const listed = [...MATRIX.map((m) => `${m.method} ${m.path}`), ...PUBLIC];
    expect(served.filter((route) => !listed.includes(route))).toEqual([]);
  });

  it.each(MATRIX)('$method $path', async ({ method, path, allowed, stream }) => {
    const before = await sys.countEvents();
    const auditorReadsBefore = Number(
      (
        await sys.query<{ n: string }>(
          `SELECT count(*) AS n FROM event_store.events WHERE stream_id LIKE 'auditor-%' OR stream_id LIKE 'session-%'`,
        )
      )[0].n,
    );
    await sys.http()[method](path).send({}).expect(401);
    for (const role of ALL) {
      const call = sys.http()[method](path).set('authorization', `Bearer ${tokens[role]}`);
      const res = await (stream
        ? call.buffer(false).parse((response, done) => {
            (response as unknown as { destroy(): void }).destroy();
            done(null, {});
          })
        : call.send({}));
      if (allowed.includes(role)) {
        expect([401, 403]).not.toContain(res.status);
      } else {
        expect({ role, status: res.status, code: res.body.code }).toEqual({ role, status: 403, code: 'ROLE_NOT_ALLOWED' });
      }
    }
    // Empty bodies and unknown ids never write anything (an auditor's read and a sign-out are recorded, by design).
    const auditorReads = (
      await sys.query<{ n: string }>(
        `SELECT count(*) AS n FROM event_store.events WHERE stream_id LIKE 'auditor-%' OR stream_id LIKE 'session-%'`,
      )
    )[0].n;
    expect(await sys.countEvents()).toBe(before + Number(auditorReads) - auditorReadsBefore);
  });
});
