import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { InboxProjection } from '@app/read-models/inbox/inbox.projection';
import { InboxQueries } from '@app/read-models/inbox/inbox.queries';
import { INBOX_CHANGED_CHANNEL } from '@app/read-models/inbox/inbox-signal';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from '@test/support/test-database';

let position = 0n;
const at = '2026-11-20T02:00:00.000Z';
function recorded(type: string, data: Record<string, unknown>, actorId = 'someone'): RecordedEvent {
  position += 1n;
  return {
    id: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
    streamId: 's',
    revision: 0n,
    position: { commit: position, prepare: position },
    type,
    data,
    metadata: { actorId, actorRole: 'asset_manager', departmentId: null, correlationId: 'c', causationId: 'c', occurredAt: at },
    recordedAt: new Date(at),
  };
}

/** The demo district: 教育局 over two schools, 卫健委 over a hospital, a finance bureau; and a second district. */
const ORGANISATION = [
  ['C', null, 'city'],
  ['R', 'C', 'district'],
  ['R2', 'C', 'district'],
  ['D-FIN', 'R', 'department'],
  ['D-EDU', 'R', 'department'],
  ['D-SCH1', 'D-EDU', 'unit'],
  ['D-SCH2', 'D-EDU', 'unit'],
  ['D-HEALTH', 'R', 'department'],
  ['D-HOSP1', 'D-HEALTH', 'unit'],
  ['D-FIN2', 'R2', 'department'],
  ['D-SCH9', 'R2', 'unit'],
].map(([unitId, parentId, level]) => recorded('org.unit-created.v1', { unitId, parentId, level, name: `${unitId}名` }));
const PEOPLE: [string, string, string | null][] = [
  ['mgr-edu', 'asset_manager', 'D-EDU'],
  ['staff-edu', 'department_staff', 'D-EDU'],
  ['mgr-sch1', 'asset_manager', 'D-SCH1'],
  ['staff-sch1', 'department_staff', 'D-SCH1'],
  ['mgr-sch2', 'asset_manager', 'D-SCH2'],
  ['mgr-hosp1', 'asset_manager', 'D-HOSP1'],
  ['mgr-health', 'asset_manager', 'D-HEALTH'],
  ['fin', 'finance_approver', 'D-FIN'],
  ['fin-other', 'finance_approver', 'D-FIN2'],
  ['mgr-sch9', 'asset_manager', 'D-SCH9'],
  ['resident-1', 'resident', null],
  ['resident-2', 'resident', null],
];
const ACCOUNTS = PEOPLE.map(([username, role, departmentId]) => recorded('account.created.v1', { username, roles: [role], departmentId }));

/**
 * The inbox projection on PostgreSQL, event kind by event kind: each opens, closes or notifies for the
 * people the rules name and nobody else (another unit's people never), a batch takes a fixed number of
 * statements, a replay writes nothing, and the change is signalled at commit to a listener elsewhere.
 */
describe('inbox projection on PostgreSQL', () => {
  let db: DataSource;
  let url: string;
  let queries: InboxQueries;
  const projection = new InboxProjection();
  const apply = (events: RecordedEvent[]) => db.transaction((tx) => projection.apply(tx, events));
  const everyone = async () =>
    Object.fromEntries(
      await Promise.all(
        PEOPLE.map(async ([user]) => {
          const todos = await queries.todos(user, { open: true, limit: 100 });
          const notes = await queries.notifications(user, { unreadOnly: false, limit: 100 });
          return [user, [...todos.items.map((t) => `todo:${t.kind}`), ...notes.items.map((n) => `note:${n.kind}`)].sort()] as const;
        }),
      ),
    );
  /** Every person's inbox is as listed; anyone not named has nothing. */
  const expectInboxes = async (expected: Record<string, string[]>) => {
    const seen = await everyone();
    for (const [user] of PEOPLE) expect({ user, items: seen[user] }).toEqual({ user, items: (expected[user] ?? []).sort() });
  };

  beforeAll(async () => {
    url = await createTestDatabase('inbox');
    db = await new DataSource(dataSourceOptions(url, DATABASE_SCHEMA)).initialize();
    queries = new InboxQueries(db);
    await apply([...ORGANISATION, ...ACCOUNTS]);
  });
  afterAll(() => db?.destroy());
  beforeEach(async () => {
    await db.query('TRUNCATE inbox_todos, inbox_notifications, inbox_read_marks');
  });

  const listing = (listingId: string, departmentId: string) =>
    recorded('asset.listed.v1', {
      assetId: 'a',
      listingId,
      asset: { departmentId, name: '投影仪' },
      claimMode: 'manager_picks',
      listedBy: 'x',
    });
  const claim = (listingId: string, claimId: string, dept: string) =>
    recorded('asset.claimed.v1', { assetId: 'a', listingId, claimId, claimantDepartmentId: dept });
  const select = (listingId: string, claimId: string, transferId: string, from: string, to: string, steps: object[]) =>
    recorded(
      'asset.claim-selected.v1',
      { listingId, claimId, transferId, fromDepartmentId: from, toDepartmentId: to, steps, assetName: '投影仪', selectedBy: 'x' },
      'mgr-sch1',
    );

  it('claim → pick → 主管部门 → 财政 → handover: each step for its people only', async () => {
    await apply([listing('l1', 'D-SCH1'), claim('l1', 'c1', 'D-HOSP1'), claim('l1', 'c2', 'D-SCH2')]);
    await expectInboxes({ 'mgr-sch1': ['todo:claim_to_pick'] });
    const steps = [
      { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
      { kind: 'finance_approval', approverDepartmentId: null },
    ];
    await apply([select('l1', 'c1', 't1', 'D-SCH1', 'D-HOSP1', steps)]);
    await expectInboxes({
      'mgr-edu': ['todo:transfer_step'],
      'mgr-hosp1': ['note:claim_selected'],
      'mgr-sch2': ['note:claim_not_selected'],
    });
    await apply([recorded('asset.transfer-step-approved.v1', { transferId: 't1', step: 'supervisor_review' }, 'mgr-edu')]);
    // The other district's finance approver never sees it.
    await expectInboxes({ fin: ['todo:transfer_step'], 'mgr-hosp1': ['note:claim_selected'], 'mgr-sch2': ['note:claim_not_selected'] });
    await apply([recorded('asset.transfer-step-approved.v1', { transferId: 't1', step: 'finance_approval' }, 'fin')]);
    await expectInboxes({
      'mgr-sch1': ['todo:handover', 'note:transfer_approved'],
      'mgr-hosp1': ['todo:handover', 'note:claim_selected', 'note:transfer_approved'],
      'mgr-sch2': ['note:claim_not_selected'],
    });
    await apply([
      recorded('asset.handover-confirmed.v1', { transferId: 't1', side: 'releasing' }, 'mgr-sch1'),
      recorded('asset.handover-confirmed.v1', { transferId: 't1', side: 'receiving' }, 'mgr-hosp1'),
      recorded('asset.transferred.v1', { transferId: 't1' }, 'mgr-hosp1'),
    ]);
    await expectInboxes({
      'mgr-sch1': ['note:transfer_approved', 'note:transfer_completed'],
      'mgr-hosp1': ['note:claim_selected', 'note:transfer_approved'],
      'mgr-sch2': ['note:claim_not_selected'],
    });
  });

  it('a listing in the other district goes to its own people; a withdrawn transfer closes its step (the one who withdrew is not told)', async () => {
    await apply([
      listing('l2', 'D-SCH9'),
      claim('l2', 'c3', 'D-SCH9'),
      select('l2', 'c3', 't2', 'D-SCH9', 'D-SCH9', [{ kind: 'finance_approval', approverDepartmentId: null }]),
    ]);
    await expectInboxes({ 'fin-other': ['todo:transfer_step'], 'mgr-sch9': ['note:claim_selected'] });
    await apply([recorded('asset.transfer-withdrawn.v1', { transferId: 't2', side: 'receiving', reason: '不需要了' }, 'mgr-sch9')]);
    await expectInboxes({ 'mgr-sch9': ['note:claim_selected'] });
  });

  it('stocktakes, bookings and penalties', async () => {
    await apply([
      recorded('stocktake.opened.v1', { stocktakeId: 's1', title: '年度盘点', departmentId: 'D-SCH2', expected: [] }, 'mgr-sch2'),
      recorded('space.published.v1', { spaceId: 'sp1', name: '操场', departmentId: 'D-SCH1', approval: 'manager' }, 'mgr-sch1'),
      recorded(
        'booking.placed.v3',
        { bookingId: 'b1', spaceId: 'sp1', slotStart: at, bookerId: 'resident-1', bookerKind: 'resident', status: 'pending_approval' },
        'resident-1',
      ),
      recorded(
        'booking.placed.v3',
        { bookingId: 'b2', spaceId: 'sp1', slotStart: at, bookerId: 'resident-2', bookerKind: 'resident', status: 'waitlisted' },
        'resident-2',
      ),
    ]);
    await expectInboxes({ 'mgr-sch2': ['todo:stocktake_to_sign'], 'mgr-sch1': ['todo:booking_to_approve'] });
    await apply([
      recorded('booking.approved.v1', { bookingId: 'b1', byUserId: 'mgr-sch1' }, 'mgr-sch1'),
      recorded('booking.cancelled.v1', { bookingId: 'b1', by: 'blackout', reason: '考试', notice: '因考试停用' }, 'mgr-sch1'),
      recorded('booking.promoted.v1', { bookingId: 'b2', status: 'confirmed' }, 'mgr-sch1'),
      recorded('booker.strike-recorded.v1', { bookerId: 'resident-2', bookingId: 'b2', kind: 'no_show', at }, 'system'),
      recorded('booker.suspended.v1', { bookerId: 'resident-2', until: '2026-12-20T00:00:00.000Z', strikes: 3 }, 'system'),
      recorded('stocktake.closed.v1', { stocktakeId: 's1', notFound: [] }, 'mgr-sch2'),
    ]);
    await expectInboxes({
      'resident-1': ['note:booking_confirmed', 'note:booking_cancelled_blackout'],
      'resident-2': ['note:booking_promoted', 'note:booker_strike', 'note:booker_suspended'],
    });
    expect(await queries.counts('resident-2')).toEqual({ todos: 0, unread: 3 });
  });

  it('takes a fixed number of statements for a batch of hundreds of events, and the same batch again writes nothing', async () => {
    const batch = Array.from({ length: 200 }, (_, i) => [listing(`bulk-${i}`, 'D-SCH1'), claim(`bulk-${i}`, `bc-${i}`, 'D-SCH2')]).flat();
    const statements = await db.transaction(async (tx) => {
      const spy = jest.spyOn(tx.queryRunner!, 'query');
      await projection.apply(tx, batch);
      return spy.mock.calls.length;
    });
    // accounts, units, refs read; accounts, refs, todos written; notifications checked and written; NOTIFY.
    expect(statements).toBeLessThanOrEqual(9);
    expect((await queries.counts('mgr-sch1')).todos).toBe(200);
    const before = await db.query('SELECT * FROM inbox_todos ORDER BY task_key, user_id');
    await apply(batch);
    expect(await db.query('SELECT * FROM inbox_todos ORDER BY task_key, user_id')).toEqual(before);
  });

  it('signals the people whose inbox changed at commit, to a listener on another connection, and not for a rolled-back batch', async () => {
    const listener = new Client({ connectionString: url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (m) => heard.push(m.payload ?? ''));
    await listener.query(`LISTEN ${INBOX_CHANGED_CHANNEL}`);
    try {
      await db
        .transaction(async (tx) => {
          await projection.apply(tx, [listing('sig-0', 'D-SCH2'), claim('sig-0', 'sc-0', 'D-SCH1')]);
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await apply([listing('sig-1', 'D-SCH2'), claim('sig-1', 'sc-1', 'D-SCH1')]);
      for (let i = 0; i < 100 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual([JSON.stringify(['mgr-sch2'])]);
    } finally {
      await listener.end();
    }
  });
});
