import { RecordedEvent } from '@app/event-store';
import { InboxFold } from './inbox-fold';
import { InboxDirectory } from './inbox-recipients';

let seq = 0n;
function event(type: string, data: Record<string, unknown>, actorId = 'someone'): RecordedEvent {
  seq += 1n;
  return {
    id: `00000000-0000-4000-8000-${seq.toString().padStart(12, '0')}`,
    streamId: 's',
    revision: 0n,
    position: { commit: seq, prepare: seq },
    type,
    data,
    metadata: {
      actorId,
      actorRole: 'asset_manager',
      departmentId: null,
      correlationId: 'c',
      causationId: 'c',
      occurredAt: '2026-11-20T02:00:00.000Z',
    },
    recordedAt: new Date('2026-11-20T02:00:00.000Z'),
  };
}

const unit = (unitId: string, parentId: string | null, level: string) =>
  event('org.unit-created.v1', { unitId, parentId, level, name: unitId });
const account = (username: string, role: string, departmentId: string | null) =>
  event('account.created.v1', { username, roles: [role], departmentId, displayName: username });

/** The demo district (教育局 over two schools, 卫健委 over a hospital, a finance bureau) and a second district with its own finance bureau. */
function organisation(): InboxFold {
  const fold = new InboxFold(new InboxDirectory(), new Map());
  for (const e of [
    unit('C', null, 'city'),
    unit('R', 'C', 'district'),
    unit('R2', 'C', 'district'),
    unit('D-FIN', 'R', 'department'),
    unit('D-EDU', 'R', 'department'),
    unit('D-SCH1', 'D-EDU', 'unit'),
    unit('D-SCH2', 'D-EDU', 'unit'),
    unit('D-HEALTH', 'R', 'department'),
    unit('D-HOSP1', 'D-HEALTH', 'unit'),
    unit('D-FIN2', 'R2', 'department'),
    account('mgr-edu', 'asset_manager', 'D-EDU'),
    account('reviewer-edu', 'asset_manager', 'D-EDU'),
    account('staff-edu', 'department_staff', 'D-EDU'),
    account('mgr-sch1', 'asset_manager', 'D-SCH1'),
    account('mgr-sch2', 'asset_manager', 'D-SCH2'),
    account('mgr-hosp1', 'asset_manager', 'D-HOSP1'),
    account('mgr-health', 'asset_manager', 'D-HEALTH'),
    account('fin', 'finance_approver', 'D-FIN'),
    account('fin-other', 'finance_approver', 'D-FIN2'),
    account('resident-1', 'resident', null),
  ])
    fold.apply(e);
  return fold;
}

const openFor = (fold: InboxFold, taskKey: string) =>
  [...fold.todos.values()]
    .filter((t) => t.taskKey === taskKey && t.closedAt === null)
    .map((t) => t.userId)
    .sort();
const notified = (fold: InboxFold, kind: string) =>
  fold.notifications
    .filter((n) => n.kind === kind)
    .map((n) => n.userId)
    .sort();

const listed = (listingId: string, departmentId: string, claimMode = 'manager_picks') =>
  event('asset.listed.v1', {
    assetId: 'a1',
    listingId,
    asset: { departmentId, name: '台式计算机' },
    claimMode,
    listedBy: `mgr-${departmentId.slice(2).toLowerCase()}`,
  });
const claimed = (listingId: string, claimId: string, claimantDepartmentId: string) =>
  event(
    'asset.claimed.v1',
    { assetId: 'a1', listingId, claimId, claimantDepartmentId, justification: '教学用' },
    `mgr-${claimantDepartmentId.slice(2).toLowerCase()}`,
  );
const selected = (
  listingId: string,
  claimId: string,
  from: string,
  to: string,
  steps: { kind: string; approverDepartmentId: string | null }[],
) =>
  event(
    'asset.claim-selected.v1',
    {
      assetId: 'a1',
      listingId,
      claimId,
      transferId: 't1',
      fromDepartmentId: from,
      toDepartmentId: to,
      steps,
      assetName: '台式计算机',
      selectedBy: 'mgr-sch1',
    },
    'mgr-sch1',
  );

describe('inbox: property allocations (调配)', () => {
  const started = (allocationId: string) =>
    event(
      'space-allocation.started.v1',
      {
        allocationId,
        needId: 'n1',
        property: { propertyId: 'p1', propertyNo: 'LH-301', name: '行政楼 301' },
        fromUnitId: 'D-SCH2',
        toDepartmentId: 'D-HOSP1',
        steps: [
          { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
          { kind: 'finance_approval', approverDepartmentId: null },
        ],
        requestedBy: 'mgr-hosp1',
      },
      'mgr-hosp1',
    );
  const approved = (allocationId: string, step: string, by: string) =>
    event('space-allocation.step-approved.v1', { allocationId, step, byDepartmentId: null, by, comment: null }, by);

  it('waits for the owner’s 主管部门, then its district’s finance, then the receiving unit’s handover', () => {
    // Given an allocation of a school's room to the hospital
    const fold = organisation();
    fold.apply(started('al1'));
    // Then the 主管部门's managers review it; finance waits until then
    expect(openFor(fold, 'allocation-step:al1:supervisor_review')).toEqual(['mgr-edu', 'reviewer-edu']);
    expect(openFor(fold, 'allocation-step:al1:finance_approval')).toEqual([]);
    // When the review passes, finance of the owner's district (not the other district's) approves
    fold.apply(approved('al1', 'supervisor_review', 'mgr-edu'));
    expect(openFor(fold, 'allocation-step:al1:supervisor_review')).toEqual([]);
    expect(openFor(fold, 'allocation-step:al1:finance_approval')).toEqual(['fin']);
    // When finance approves, the hospital's managers confirm the handover; its confirmation closes the task
    fold.apply(approved('al1', 'finance_approval', 'fin'));
    expect(openFor(fold, 'allocation-handover:al1')).toEqual(['mgr-hosp1']);
    fold.apply(
      event(
        'space-allocation.handed-over.v1',
        { allocationId: 'al1', propertyId: 'p1', toDepartmentId: 'D-HOSP1', since: '2026-11-20' },
        'mgr-hosp1',
      ),
    );
    expect(openFor(fold, 'allocation-handover:al1')).toEqual([]);
    expect(notified(fold, 'allocation_completed')).toEqual(['mgr-sch2']);
  });

  it('closes the waiting step on a rejection and tells the requesting unit why', () => {
    const fold = organisation();
    fold.apply(started('al2'));
    fold.apply(
      event(
        'space-allocation.rejected.v1',
        { allocationId: 'al2', step: 'supervisor_review', by: 'mgr-edu', reason: '另有安排' },
        'mgr-edu',
      ),
    );
    expect(openFor(fold, 'allocation-step:al2:supervisor_review')).toEqual([]);
    expect(notified(fold, 'allocation_rejected')).toEqual(['mgr-hosp1']);
    expect(fold.notifications.find((n) => n.kind === 'allocation_rejected')?.body).toContain('另有安排');
  });
});

describe('inbox: an allocation ended at handover', () => {
  it('closes the receiving unit’s handover task and tells it the property went elsewhere', () => {
    const fold = organisation();
    fold.apply(
      event(
        'space-allocation.started.v1',
        {
          allocationId: 'al3',
          needId: 'n1',
          property: { propertyId: 'p1', propertyNo: 'LH-301', name: '行政楼 301' },
          fromUnitId: 'D-SCH2',
          toDepartmentId: 'D-HOSP1',
          steps: [{ kind: 'supervisor_review', approverDepartmentId: 'D-EDU' }],
          requestedBy: 'mgr-hosp1',
        },
        'mgr-hosp1',
      ),
    );
    fold.apply(
      event(
        'space-allocation.step-approved.v1',
        { allocationId: 'al3', step: 'supervisor_review', byDepartmentId: null, by: 'mgr-edu', comment: null },
        'mgr-edu',
      ),
    );
    expect(openFor(fold, 'allocation-handover:al3')).toEqual(['mgr-hosp1']);
    fold.apply(
      event('space-allocation.ended.v1', { allocationId: 'al3', code: 'PROPERTY_NOT_VACANT', reason: '物业已由其他单位使用' }, 'system'),
    );
    expect(openFor(fold, 'allocation-handover:al3')).toEqual([]);
    expect(fold.notifications.find((n) => n.title.startsWith('调配已终止'))?.userId).toBe('mgr-hosp1');
  });
});

describe('inbox recipients', () => {
  it('a claim waits for the listing unit’s own asset managers only, and closes when a claim is picked', () => {
    // Given a school's listing, when another school claims it
    const fold = organisation();
    fold.apply(listed('l1', 'D-SCH1'));
    fold.apply(claimed('l1', 'c1', 'D-SCH2'));
    // Then only the listing school's manager has a claim to pick (not its 主管部门, not the claimant)
    expect(openFor(fold, 'claim-pick:l1')).toEqual(['mgr-sch1']);
    // When the claim is picked, the to-do closes and the claimant's managers hear it
    fold.apply(
      selected('l1', 'c1', 'D-SCH1', 'D-SCH2', [
        { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
        { kind: 'finance_filing', approverDepartmentId: null },
      ]),
    );
    expect(openFor(fold, 'claim-pick:l1')).toEqual([]);
    expect(notified(fold, 'claim_selected')).toEqual(['mgr-sch2']);
  });

  it('a first-come listing opens no claim to pick', () => {
    const fold = organisation();
    fold.apply(listed('l1', 'D-SCH1', 'first_come'));
    fold.apply(claimed('l1', 'c1', 'D-SCH2'));
    expect(openFor(fold, 'claim-pick:l1')).toEqual([]);
  });

  it('the units whose claims were not picked are told so, the chosen one is not told twice', () => {
    const fold = organisation();
    fold.apply(listed('l1', 'D-SCH1'));
    fold.apply(claimed('l1', 'c1', 'D-SCH2'));
    fold.apply(claimed('l1', 'c2', 'D-HOSP1'));
    fold.apply(selected('l1', 'c1', 'D-SCH1', 'D-SCH2', [{ kind: 'supervisor_review', approverDepartmentId: 'D-EDU' }]));
    expect(notified(fold, 'claim_not_selected')).toEqual(['mgr-hosp1']);
    expect(notified(fold, 'claim_selected')).toEqual(['mgr-sch2']);
  });

  it('主管部门审核 waits for the reviewing unit’s managers; 财政审批 for the finance approvers of the releasing unit’s district only', () => {
    const fold = organisation();
    fold.apply(listed('l1', 'D-SCH1'));
    fold.apply(claimed('l1', 'c1', 'D-HOSP1'));
    fold.apply(
      selected('l1', 'c1', 'D-SCH1', 'D-HOSP1', [
        { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
        { kind: 'finance_approval', approverDepartmentId: null },
      ]),
    );
    expect(openFor(fold, 'transfer-step:t1:supervisor_review')).toEqual(['mgr-edu', 'reviewer-edu']);
    expect(openFor(fold, 'transfer-step:t1:finance_approval')).toEqual([]);
    // When the review is approved, it closes for both reviewers and finance's step opens
    fold.apply(
      event(
        'asset.transfer-step-approved.v1',
        { assetId: 'a1', transferId: 't1', step: 'supervisor_review', byDepartmentId: 'D-EDU', comment: null },
        'reviewer-edu',
      ),
    );
    expect(openFor(fold, 'transfer-step:t1:supervisor_review')).toEqual([]);
    expect(openFor(fold, 'transfer-step:t1:finance_approval')).toEqual(['fin']);
  });

  it('nobody who listed, picked or receives approves: the separation of duties leaves them out', () => {
    const fold = organisation();
    // 教育局 lists and picks its own school's claim? No: the school lists, 教育局 receives, so the finance bureau approves.
    fold.apply(listed('l1', 'D-SCH1'));
    fold.apply(claimed('l1', 'c1', 'D-EDU'));
    fold.apply(
      event(
        'asset.claim-selected.v1',
        {
          listingId: 'l1',
          claimId: 'c1',
          transferId: 't1',
          fromDepartmentId: 'D-SCH1',
          toDepartmentId: 'D-EDU',
          steps: [{ kind: 'supervisor_review', approverDepartmentId: 'D-EDU' }],
          assetName: 'x',
          selectedBy: 'mgr-sch1',
        },
        'mgr-sch1',
      ),
    );
    expect(openFor(fold, 'transfer-step:t1:supervisor_review')).toEqual([]);
  });

  it('approval done: both sides confirm handover and are told; each side’s to-do closes with its own confirmation', () => {
    const fold = organisation();
    fold.apply(listed('l1', 'D-SCH1'));
    fold.apply(claimed('l1', 'c1', 'D-SCH2'));
    fold.apply(
      selected('l1', 'c1', 'D-SCH1', 'D-SCH2', [
        { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
        { kind: 'finance_filing', approverDepartmentId: null },
      ]),
    );
    fold.apply(event('asset.transfer-step-approved.v1', { transferId: 't1', step: 'supervisor_review' }, 'mgr-edu'));
    expect(openFor(fold, 'handover:t1:releasing')).toEqual([]);
    fold.apply(event('asset.transfer-step-approved.v1', { transferId: 't1', step: 'finance_filing' }, 'mgr-edu'));
    expect(openFor(fold, 'handover:t1:releasing')).toEqual(['mgr-sch1']);
    expect(openFor(fold, 'handover:t1:receiving')).toEqual(['mgr-sch2']);
    expect(notified(fold, 'transfer_approved')).toEqual(['mgr-sch1', 'mgr-sch2']);
    fold.apply(event('asset.handover-confirmed.v1', { transferId: 't1', side: 'releasing' }, 'mgr-sch1'));
    expect(openFor(fold, 'handover:t1:releasing')).toEqual([]);
    expect(openFor(fold, 'handover:t1:receiving')).toEqual(['mgr-sch2']);
  });

  it('a 交接 to-do opened in an earlier batch closes when its side confirms, not again when the transfer completes', () => {
    const earlier = organisation();
    earlier.apply(listed('l1', 'D-SCH1'));
    earlier.apply(claimed('l1', 'c1', 'D-SCH2'));
    earlier.apply(
      selected('l1', 'c1', 'D-SCH1', 'D-SCH2', [
        { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
        { kind: 'finance_filing', approverDepartmentId: null },
      ]),
    );
    earlier.apply(event('asset.transfer-step-approved.v1', { transferId: 't1', step: 'supervisor_review' }, 'mgr-edu'));
    earlier.apply(event('asset.transfer-step-approved.v1', { transferId: 't1', step: 'finance_filing' }, 'mgr-edu'));
    // The next batch folds over the references the first one wrote, without its to-do rows (they are in the table).
    const later = new InboxFold(earlier.directory, new Map(earlier.refs));
    const at = (iso: string, e: RecordedEvent): RecordedEvent => ({ ...e, metadata: { ...e.metadata, occurredAt: iso } });
    later.apply(at('2026-11-20T03:00:00.000Z', event('asset.handover-confirmed.v1', { transferId: 't1', side: 'releasing' }, 'mgr-sch1')));
    later.apply(at('2026-11-20T04:00:00.000Z', event('asset.handover-confirmed.v1', { transferId: 't1', side: 'receiving' }, 'mgr-sch2')));
    later.apply(
      at(
        '2026-11-20T04:00:00.000Z',
        event('asset.transferred.v1', { transferId: 't1', fromDepartmentId: 'D-SCH1', toDepartmentId: 'D-SCH2' }),
      ),
    );
    expect(later.closings.get('handover:t1:releasing')?.at.toISOString()).toBe('2026-11-20T03:00:00.000Z');
    expect(later.closings.get('handover:t1:receiving')?.at.toISOString()).toBe('2026-11-20T04:00:00.000Z');
  });

  it('a rejection closes the step for every reviewer and tells both sides, not the one who rejected', () => {
    const fold = organisation();
    fold.apply(listed('l1', 'D-SCH1'));
    fold.apply(claimed('l1', 'c1', 'D-SCH2'));
    fold.apply(selected('l1', 'c1', 'D-SCH1', 'D-SCH2', [{ kind: 'supervisor_review', approverDepartmentId: 'D-EDU' }]));
    fold.apply(event('asset.transfer-rejected.v1', { transferId: 't1', step: 'supervisor_review', reason: '不符合配置标准' }, 'mgr-edu'));
    expect(openFor(fold, 'transfer-step:t1:supervisor_review')).toEqual([]);
    expect(notified(fold, 'transfer_rejected')).toEqual(['mgr-sch1', 'mgr-sch2']);
    expect(fold.notifications.find((n) => n.kind === 'transfer_rejected')?.body).toContain('不符合配置标准');
  });

  it('a disabled account and a moved one are addressed as they are now', () => {
    const fold = organisation();
    fold.apply(event('account.disabled.v1', { username: 'reviewer-edu', reason: '离职' }));
    fold.apply(event('account.moved.v1', { username: 'mgr-sch2', fromDepartmentId: 'D-SCH2', toDepartmentId: 'D-EDU' }));
    fold.apply(listed('l1', 'D-SCH1'));
    fold.apply(claimed('l1', 'c1', 'D-HOSP1'));
    fold.apply(selected('l1', 'c1', 'D-SCH1', 'D-HOSP1', [{ kind: 'supervisor_review', approverDepartmentId: 'D-EDU' }]));
    expect(openFor(fold, 'transfer-step:t1:supervisor_review')).toEqual(['mgr-edu', 'mgr-sch2']);
  });

  it('超时督办: the level above is told and the waiting reviewers reminded; an expiring listing warns its owner', () => {
    const fold = organisation();
    fold.apply(account('admin', 'system_admin', 'C'));
    fold.apply(listed('l1', 'D-SCH1'));
    fold.apply(claimed('l1', 'c1', 'D-HOSP1'));
    fold.apply(
      event('asset.listing-expiry-warned.v1', { assetId: 'a1', listingId: 'l1', advertiseUntil: '2026-11-22T10:00:00.000Z' }, 'system'),
    );
    expect(notified(fold, 'listing_expiring')).toEqual(['mgr-sch1']);
    fold.apply(
      selected('l1', 'c1', 'D-SCH1', 'D-HOSP1', [
        { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
        { kind: 'finance_approval', approverDepartmentId: null },
      ]),
    );
    const escalate = (step: string, escalatedTo: string) =>
      event(
        'asset.transfer-step-escalated.v1',
        { assetId: 'a1', transferId: 't1', step, pendingSince: '2026-11-16T02:00:00.000Z', workingDaysWaited: 4, escalatedTo },
        'system',
      );
    fold.apply(escalate('supervisor_review', 'finance_approvers'));
    expect(notified(fold, 'transfer_escalated')).toEqual(['fin']);
    expect(notified(fold, 'transfer_step_overdue')).toEqual(['mgr-edu', 'reviewer-edu']);
    fold.apply(event('asset.transfer-step-approved.v1', { transferId: 't1', step: 'supervisor_review' }, 'mgr-edu'));
    fold.apply(escalate('finance_approval', 'administrators'));
    expect(notified(fold, 'transfer_escalated')).toEqual(['admin', 'fin']);
  });

  it('a stocktake waits for the signature of its unit’s managers and closes when signed', () => {
    const fold = organisation();
    fold.apply(
      event('stocktake.opened.v1', { stocktakeId: 's1', title: '2026 年度盘点', departmentId: 'D-SCH1', expected: [] }, 'mgr-sch1'),
    );
    expect(openFor(fold, 'stocktake-sign:s1')).toEqual(['mgr-sch1']);
    fold.apply(event('stocktake.closed.v1', { stocktakeId: 's1', notFound: [] }, 'mgr-sch1'));
    expect(openFor(fold, 'stocktake-sign:s1')).toEqual([]);
  });

  describe('bookings', () => {
    const space = () =>
      event('space.published.v1', { spaceId: 'sp1', name: '操场', departmentId: 'D-SCH1', approval: 'manager' }, 'mgr-sch1');
    const placed = (bookingId: string, bookerId: string, status: string) =>
      event(
        'booking.placed.v3',
        { bookingId, spaceId: 'sp1', slotStart: '2026-11-21T10:30:00.000Z', bookerId, bookerKind: 'resident', status },
        bookerId,
      );

    it('a booking to approve waits for the space unit’s managers; approving it closes it and tells the resident', () => {
      const fold = organisation();
      fold.apply(space());
      fold.apply(placed('b1', 'resident-1', 'pending_approval'));
      expect(openFor(fold, 'booking-approve:b1')).toEqual(['mgr-sch1']);
      fold.apply(event('booking.approved.v1', { bookingId: 'b1', byUserId: 'mgr-sch1' }, 'mgr-sch1'));
      expect(openFor(fold, 'booking-approve:b1')).toEqual([]);
      expect(notified(fold, 'booking_confirmed')).toEqual(['resident-1']);
      expect(fold.notifications[0].title).toBe('预约已通过：操场 2026-11-21 18:30');
      expect(fold.notifications[0].link).toBe('/resident/bookings');
    });

    it('the booker is not told of their own booking; a promotion, the day-before reminder, a blackout cancellation and a strike are told', () => {
      const fold = organisation();
      fold.apply(space());
      fold.apply(placed('b1', 'resident-1', 'waitlisted'));
      expect(fold.notifications).toEqual([]);
      fold.apply(event('booking.promoted.v1', { bookingId: 'b1', status: 'confirmed' }, 'resident-2'));
      fold.apply(event('booking.reminded.v1', { bookingId: 'b1', slotStart: '2026-11-21T10:30:00.000Z' }, 'system'));
      fold.apply(
        event('booking.cancelled.v1', { bookingId: 'b1', by: 'blackout', reason: '考试', notice: '因考试停用，预约已取消' }, 'mgr-sch1'),
      );
      fold.apply(
        event(
          'booker.strike-recorded.v1',
          { bookerId: 'resident-1', bookingId: 'b1', kind: 'no_show', at: '2026-11-21T11:00:00.000Z' },
          'system',
        ),
      );
      expect(fold.notifications.map((n) => [n.userId, n.kind])).toEqual([
        ['resident-1', 'booking_promoted'],
        ['resident-1', 'booking_reminder'],
        ['resident-1', 'booking_cancelled_blackout'],
        ['resident-1', 'booker_strike'],
      ]);
      expect(fold.notifications[2].body).toBe('因考试停用，预约已取消');
    });

    it('a booker cancelling their own booking closes the approval without telling anyone', () => {
      const fold = organisation();
      fold.apply(space());
      fold.apply(placed('b1', 'resident-1', 'pending_approval'));
      fold.apply(event('booking.cancelled.v1', { bookingId: 'b1', by: 'booker', reason: '', notice: '' }, 'resident-1'));
      expect(openFor(fold, 'booking-approve:b1')).toEqual([]);
      expect(fold.notifications).toEqual([]);
    });
  });

  it('odd stored values are skipped, not thrown on', () => {
    const fold = organisation();
    for (const e of [
      event('asset.listed.v1', { listingId: 42, asset: null }),
      event('asset.claimed.v1', { listingId: 'unknown', claimId: 'c' }),
      event('asset.claim-selected.v1', {
        listingId: 'l',
        transferId: 't',
        fromDepartmentId: 'D-SCH1',
        toDepartmentId: 'D-SCH2',
        steps: 'nope',
      }),
      event('asset.transfer-step-approved.v1', { transferId: 'missing', step: 7 }),
      event('booking.placed.v3', { bookingId: 'b', spaceId: 'nowhere', bookerId: 'x' }),
      event('booker.suspended.v1', { bookerId: null }),
      event('account.created.v1', { username: 'odd', roles: 'asset_manager' }),
      event('org.unit-moved.v1', { unitId: 'never-created', toParentId: 'R' }),
    ])
      expect(() => fold.apply(e)).not.toThrow();
    expect(fold.directory.accounts.get('odd')?.roles).toEqual([]);
  });

  it('the same event delivered twice gives the same notification id (a replay writes nothing new)', () => {
    const a = organisation();
    const b = organisation();
    const rejected = event('asset.transfer-rejected.v1', { transferId: 't1', step: 'supervisor_review', reason: 'x' }, 'mgr-edu');
    for (const fold of [a, b]) {
      fold.apply(listed('l1', 'D-SCH1'));
      fold.apply(claimed('l1', 'c1', 'D-SCH2'));
      fold.apply(selected('l1', 'c1', 'D-SCH1', 'D-SCH2', [{ kind: 'supervisor_review', approverDepartmentId: 'D-EDU' }]));
      fold.apply(rejected);
    }
    const ids = (f: InboxFold) => f.notifications.filter((n) => n.eventId === rejected.id).map((n) => n.notificationId);
    expect(ids(a)).toHaveLength(2);
    expect(ids(a)).toEqual(ids(b));
  });
});
