import { v5 as uuidv5 } from 'uuid';
import { RecordedEvent } from '@app/event-store';
import { InboxAccount, InboxDirectory, StepRef, TransferParties } from './inbox-recipients';
import { inboxLinks } from './inbox-links';

/** A to-do as the fold opens it (one per task and person). */
export interface TodoOut {
  taskKey: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  position: string;
  createdAt: Date;
  closedAt: Date | null;
  closedReason: string | null;
}

/** A notification as the fold writes it: what the outbox is also handed (see insertNotifications). */
export interface NotificationOut {
  notificationId: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  eventId: string;
  position: string;
  createdAt: Date;
}

export interface Closing {
  at: Date;
  reason: string;
}

interface ListingRef {
  departmentId: string;
  assetName: string;
  claimMode: string;
  listedBy: string | null;
  /** claimId → claimant unit */
  claims: Record<string, string>;
}

interface TransferRef extends TransferParties {
  assetName: string;
  steps: StepRef[];
  approved: string[];
}

interface SpaceRef {
  departmentId: string;
  name: string;
}

interface BookingRef {
  bookerId: string;
  bookerKind: string;
  spaceId: string;
  spaceName: string;
  departmentId: string;
  slotStart: string;
}

const NOTIFICATION_NAMESPACE = '2f0c2a55-6b7e-4a59-9f61-1b7a3c0de5a1';

/** Text as stored (a wrong type from an odd event is no text). */
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** The event types the inbox reads: it opens, closes or notifies on these, or learns the organisation from them. */
export const INBOX_EVENT_TYPES: ReadonlySet<string> = new Set([
  'account.created.v1',
  'account.role-granted.v1',
  'account.role-revoked.v1',
  'account.moved.v1',
  'account.disabled.v1',
  'org.unit-created.v1',
  'org.unit-moved.v1',
  'org.unit-renamed.v1',
  'asset.listed.v1',
  'asset.listing-withdrawn.v1',
  'asset.listing-expired.v1',
  'asset.listing-expiry-warned.v1',
  'asset.transfer-step-escalated.v1',
  'asset.claimed.v1',
  'asset.claim-selected.v1',
  'asset.transfer-step-approved.v1',
  'asset.transfer-rejected.v1',
  'asset.transfer-withdrawn.v1',
  'asset.handover-confirmed.v1',
  'asset.transferred.v1',
  'space-allocation.started.v1',
  'space-allocation.step-approved.v1',
  'space-allocation.rejected.v1',
  'space-allocation.handed-over.v1',
  'space-allocation.ended.v1',
  'stocktake.opened.v1',
  'stocktake.closed.v1',
  'space.published.v1',
  'space.published.v2',
  'booking.placed.v1',
  'booking.placed.v2',
  'booking.placed.v3',
  'booking.displaced.v1',
  'booking.approved.v1',
  'booking.promoted.v1',
  'booking.cancelled.v1',
  'booking.reminded.v1',
  'booker.strike-recorded.v1',
  'booker.suspended.v1',
]);

/** The `kind:id` references an event needs read before the fold applies it. */
export function refsNamedBy(recorded: RecordedEvent): string[] {
  const d = recorded.data;
  const out: string[] = [];
  for (const [field, kind] of [
    ['listingId', 'listing'],
    ['transferId', 'transfer'],
    ['allocationId', 'allocation'],
    ['spaceId', 'space'],
    ['bookingId', 'booking'],
  ] as const) {
    const id = str(d[field]);
    if (id) out.push(`${kind}:${id}`);
  }
  return out;
}

/** The accounts an event changes (read even when they hold no role the inbox addresses). */
export function accountNamedBy(recorded: RecordedEvent): string | null {
  return recorded.type.startsWith('account.') ? str(recorded.data.username) : null;
}

/**
 * The inbox as a fold over a batch: the directory and the references it read are changed in memory,
 * and what the batch opens, closes and notifies is collected for the projection to write at once.
 * Pure: no database, so the recipient rules are specified event by event.
 */
export class InboxFold {
  readonly todos = new Map<string, TodoOut>();
  /** taskKey → when and why it closed (rows written before this batch are closed by the projection). */
  readonly closings = new Map<string, Closing>();
  readonly notifications: NotificationOut[] = [];
  readonly changedRefs = new Set<string>();
  readonly changedAccounts = new Set<string>();

  constructor(
    readonly directory: InboxDirectory,
    readonly refs: Map<string, Record<string, unknown>>,
  ) {}

  private ref<T>(key: string): T | undefined {
    return this.refs.get(key) as T | undefined;
  }

  private setRef(key: string, value: object): void {
    this.refs.set(key, value as Record<string, unknown>);
    this.changedRefs.add(key);
  }

  private open(
    recorded: RecordedEvent,
    taskKey: string,
    users: readonly string[],
    text: { kind: string; title: string; body: string; link: string },
  ) {
    const at = new Date(recorded.metadata.occurredAt);
    for (const userId of new Set(users)) {
      const key = `${taskKey}\n${userId}`;
      if (this.todos.has(key)) continue;
      this.todos.set(key, {
        taskKey,
        userId,
        ...text,
        position: String(recorded.position.prepare),
        createdAt: at,
        closedAt: null,
        closedReason: null,
      });
    }
    // A task opened again after closing (a promoted booking needing approval once more) is open.
    this.closings.delete(taskKey);
  }

  private close(recorded: RecordedEvent, taskKeys: readonly string[], reason: string): void {
    const at = new Date(recorded.metadata.occurredAt);
    for (const taskKey of taskKeys) {
      // The first close stands (a 交接 closed by its own side's confirmation is not closed again, later, by the
      // transfer): the rows are closed once, whether the batch also opened them or an earlier one did.
      if (!this.closings.has(taskKey)) this.closings.set(taskKey, { at, reason });
      for (const todo of this.todos.values()) {
        if (todo.taskKey === taskKey && todo.closedAt === null) Object.assign(todo, { closedAt: at, closedReason: reason });
      }
    }
  }

  /** Never to the person who did it (they know), never twice to one person for one event. */
  private notify(recorded: RecordedEvent, users: readonly string[], text: { kind: string; title: string; body: string; link: string }) {
    const actor = recorded.metadata.actorId;
    for (const userId of new Set(users)) {
      if (userId === actor) continue;
      this.notifications.push({
        notificationId: uuidv5(`${recorded.id}\n${userId}\n${text.kind}`, NOTIFICATION_NAMESPACE),
        userId,
        ...text,
        eventId: recorded.id,
        position: String(recorded.position.prepare),
        createdAt: new Date(recorded.metadata.occurredAt),
      });
    }
  }

  apply(recorded: RecordedEvent): void {
    if (!INBOX_EVENT_TYPES.has(recorded.type)) return;
    const prefix = recorded.type.slice(0, recorded.type.indexOf('.'));
    if (prefix === 'account') this.account(recorded);
    else if (prefix === 'org') this.unit(recorded);
    else if (prefix === 'asset') this.reallocation(recorded);
    else if (prefix === 'stocktake') this.stocktake(recorded);
    else if (prefix === 'space-allocation') this.spaceAllocation(recorded);
    else this.sharing(recorded);
  }

  private account(recorded: RecordedEvent): void {
    const d = recorded.data;
    const userId = str(d.username);
    if (!userId) return;
    const accounts = this.directory.accounts;
    const known: InboxAccount | undefined = accounts.get(userId);
    let next: InboxAccount | undefined;
    if (recorded.type === 'account.created.v1') {
      const roles = Array.isArray(d.roles) ? d.roles.filter((r): r is string => typeof r === 'string') : [];
      next = { userId, roles, departmentId: str(d.departmentId), disabled: false };
    } else if (known) {
      const role = str(d.role);
      if (recorded.type === 'account.role-granted.v1' && role) next = { ...known, roles: [...new Set([...known.roles, role])] };
      if (recorded.type === 'account.role-revoked.v1' && role) next = { ...known, roles: known.roles.filter((r) => r !== role) };
      if (recorded.type === 'account.moved.v1') next = { ...known, departmentId: str(d.toDepartmentId) };
      if (recorded.type === 'account.disabled.v1') next = { ...known, disabled: true };
    }
    if (!next) return;
    accounts.set(userId, next);
    this.changedAccounts.add(userId);
  }

  private unit(recorded: RecordedEvent): void {
    const d = recorded.data;
    const unitId = str(d.unitId);
    if (!unitId) return;
    const units = this.directory.units;
    if (recorded.type === 'org.unit-created.v1')
      units.set(unitId, { parentId: str(d.parentId), level: str(d.level) ?? 'unit', name: str(d.name) ?? unitId });
    else {
      const known = units.get(unitId);
      if (!known) return;
      units.set(
        unitId,
        recorded.type === 'org.unit-renamed.v1' ? { ...known, name: str(d.to) ?? known.name } : { ...known, parentId: str(d.toParentId) },
      );
    }
    this.setRef(`unit:${unitId}`, units.get(unitId)!);
  }

  private reallocation(recorded: RecordedEvent): void {
    const d = recorded.data;
    const listingId = str(d.listingId);
    const transferId = str(d.transferId);
    switch (recorded.type) {
      case 'asset.listed.v1': {
        const asset = (d.asset ?? {}) as Record<string, unknown>;
        const departmentId = str(asset.departmentId);
        if (!listingId || !departmentId) return;
        const listing: ListingRef = {
          departmentId,
          assetName: str(asset.name) ?? '',
          claimMode: str(d.claimMode) ?? 'manager_picks',
          listedBy: str(d.listedBy),
          claims: {},
        };
        this.setRef(`listing:${listingId}`, listing);
        return;
      }
      case 'asset.claimed.v1': {
        const listing = listingId ? this.ref<ListingRef>(`listing:${listingId}`) : undefined;
        const claimId = str(d.claimId);
        const claimant = str(d.claimantDepartmentId);
        if (!listing || !claimId || !claimant) return;
        this.setRef(`listing:${listingId}`, { ...listing, claims: { ...listing.claims, [claimId]: claimant } });
        // First come: the claim is chosen in the same decision, there is nothing to pick.
        if (listing.claimMode !== 'manager_picks') return;
        this.open(recorded, `claim-pick:${listingId}`, this.directory.assetManagersOf(listing.departmentId), {
          kind: 'claim_to_pick',
          title: `选定申领：${listing.assetName}`,
          body: `${this.directory.unitName(claimant)} 申领了在仓物品「${listing.assetName}」，请选定接收单位。`,
          link: inboxLinks.claims(),
        });
        return;
      }
      case 'asset.listing-withdrawn.v1':
      case 'asset.listing-expired.v1':
        if (listingId)
          this.close(recorded, [`claim-pick:${listingId}`], recorded.type === 'asset.listing-expired.v1' ? 'expired' : 'withdrawn');
        return;
      case 'asset.listing-expiry-warned.v1': {
        const listing = listingId ? this.ref<ListingRef>(`listing:${listingId}`) : undefined;
        if (!listing) return;
        this.notify(recorded, this.directory.assetManagersOf(listing.departmentId), {
          kind: 'listing_expiring',
          title: `在仓物品即将到期：${listing.assetName}`,
          body: `「${listing.assetName}」的发布将于 ${chinaTime(str(d.advertiseUntil) ?? '')} 结束，请及时选定申领或延长发布。`,
          link: inboxLinks.claims(),
        });
        return;
      }
      case 'asset.claim-selected.v1':
        return this.claimSelected(recorded);
      default:
        break;
    }
    const transfer = transferId ? this.ref<TransferRef>(`transfer:${transferId}`) : undefined;
    if (!transfer || !transferId) return;
    const both = [...this.directory.assetManagersOf(transfer.fromDepartmentId), ...this.directory.assetManagersOf(transfer.toDepartmentId)];
    const stepKeys = transfer.steps.map((s) => `transfer-step:${transferId}:${s.kind}`);
    const handoverKeys = [`handover:${transferId}:releasing`, `handover:${transferId}:receiving`];
    switch (recorded.type) {
      case 'asset.transfer-step-approved.v1': {
        const step = str(d.step);
        if (!step || transfer.approved.includes(step)) return;
        const next = { ...transfer, approved: [...transfer.approved, step] };
        this.setRef(`transfer:${transferId}`, next);
        this.close(recorded, [`transfer-step:${transferId}:${step}`], 'done');
        this.openNextStep(recorded, transferId, next);
        return;
      }
      case 'asset.transfer-step-escalated.v1': {
        const step = transfer.steps.find((s) => s.kind === str(d.step));
        if (!step) return;
        const days = typeof d.workingDaysWaited === 'number' ? d.workingDaysWaited : null;
        const waited = days === null ? '' : `已等待 ${days} 个工作日，`;
        const target =
          str(d.escalatedTo) === 'administrators'
            ? this.directory.administrators()
            : this.directory.financeApproversCovering(transfer.fromDepartmentId);
        const approvers = this.directory.stepApprovers(step, transfer);
        // 超时督办: the level above is told; the ones it waits for are reminded (someone in both hears it once).
        this.notify(recorded, target, {
          kind: 'transfer_escalated',
          title: `超时督办：${transfer.assetName}`,
          body: `「${transfer.assetName}」的${stepWord(step.kind)}${waited}已提请督办。`,
          link: inboxLinks.approvals(),
        });
        this.notify(
          recorded,
          approvers.filter((u) => !target.includes(u)),
          {
            kind: 'transfer_step_overdue',
            title: `审批已超时：${transfer.assetName}`,
            body: `「${transfer.assetName}」的${stepWord(step.kind)}${waited}已上报督办，请尽快处理。`,
            link: inboxLinks.approvals(),
          },
        );
        return;
      }
      case 'asset.transfer-rejected.v1':
        this.close(recorded, [...stepKeys, ...handoverKeys], 'rejected');
        this.notify(recorded, both, {
          kind: 'transfer_rejected',
          title: `调剂已驳回：${transfer.assetName}`,
          body: `「${transfer.assetName}」的调剂在${stepWord(str(d.step))}被驳回：${str(d.reason) ?? '未说明理由'}`,
          link: inboxLinks.transfers(),
        });
        return;
      case 'asset.transfer-withdrawn.v1': {
        this.close(recorded, [...stepKeys, ...handoverKeys], 'withdrawn');
        const side = str(d.side) === 'receiving' ? '接收方' : '调出方';
        this.notify(recorded, both, {
          kind: 'transfer_withdrawn',
          title: `调剂已撤回：${transfer.assetName}`,
          body: `${side}撤回了「${transfer.assetName}」的调剂：${str(d.reason) ?? ''}`,
          link: inboxLinks.transfers(),
        });
        return;
      }
      case 'asset.handover-confirmed.v1': {
        const side = str(d.side);
        if (side === 'releasing' || side === 'receiving') this.close(recorded, [`handover:${transferId}:${side}`], 'done');
        return;
      }
      case 'asset.transferred.v1':
        this.close(recorded, handoverKeys, 'done');
        this.notify(recorded, both, {
          kind: 'transfer_completed',
          title: `已交接：${transfer.assetName}`,
          body: `「${transfer.assetName}」已由 ${this.directory.unitName(transfer.fromDepartmentId)} 交接至 ${this.directory.unitName(transfer.toDepartmentId)}，资产卡片已转入接收单位。`,
          link: inboxLinks.transfers(),
        });
        return;
      default:
        return;
    }
  }

  private claimSelected(recorded: RecordedEvent): void {
    const d = recorded.data;
    const listingId = str(d.listingId);
    const transferId = str(d.transferId);
    const from = str(d.fromDepartmentId);
    const to = str(d.toDepartmentId);
    if (!listingId || !transferId || !from || !to || this.refs.has(`transfer:${transferId}`)) return;
    const listing = this.ref<ListingRef>(`listing:${listingId}`);
    const assetName = str(d.assetName) ?? listing?.assetName ?? '';
    const steps: StepRef[] = (Array.isArray(d.steps) ? d.steps : [])
      .map((s) => s as Record<string, unknown>)
      .filter((s) => str(s?.kind))
      .map((s) => ({ kind: str(s.kind)!, approverDepartmentId: str(s.approverDepartmentId) }));
    const transfer: TransferRef = {
      fromDepartmentId: from,
      toDepartmentId: to,
      listedBy: listing?.listedBy ?? null,
      selectedBy: str(d.selectedBy),
      assetName,
      steps,
      approved: [],
    };
    this.setRef(`transfer:${transferId}`, transfer);
    this.close(recorded, [`claim-pick:${listingId}`], 'done');
    this.notify(recorded, this.directory.assetManagersOf(to), {
      kind: 'claim_selected',
      title: `申领已选定：${assetName}`,
      body: `您单位对「${assetName}」的申领已被选定，调剂进入审批。`,
      link: inboxLinks.transfers(),
    });
    const chosen = str(d.claimId);
    const others = new Set(
      Object.entries(listing?.claims ?? {})
        .filter(([claimId, unit]) => claimId !== chosen && unit !== to)
        .map(([, unit]) => unit),
    );
    for (const unit of others) {
      this.notify(recorded, this.directory.assetManagersOf(unit), {
        kind: 'claim_not_selected',
        title: `申领未选定：${assetName}`,
        body: `「${assetName}」已调剂给其他单位，您单位的申领未被选定。`,
        link: inboxLinks.market(),
      });
    }
    this.openNextStep(recorded, transferId, transfer);
  }

  /** The first step not yet approved waits for its approvers; with none left, both sides hand over. */
  private openNextStep(recorded: RecordedEvent, transferId: string, transfer: TransferRef): void {
    const pending = transfer.steps.find((s) => !transfer.approved.includes(s.kind));
    if (pending) {
      // 备案 is recorded with the review before it: nobody waits for it.
      if (pending.kind === 'finance_filing') return;
      this.open(recorded, `transfer-step:${transferId}:${pending.kind}`, this.directory.stepApprovers(pending, transfer), {
        kind: 'transfer_step',
        title: `${stepWord(pending.kind)}：${transfer.assetName}`,
        body: `${this.directory.unitName(transfer.fromDepartmentId)} → ${this.directory.unitName(transfer.toDepartmentId)} 的调剂「${transfer.assetName}」等待您${stepWord(pending.kind)}。`,
        link: inboxLinks.approvals(),
      });
      return;
    }
    const text = (side: string) => ({
      kind: 'handover',
      title: `确认交接：${transfer.assetName}`,
      body: `「${transfer.assetName}」的调剂已审批通过，请${side}确认交接。`,
      link: inboxLinks.transfers(),
    });
    this.open(recorded, `handover:${transferId}:releasing`, this.directory.assetManagersOf(transfer.fromDepartmentId), text('调出方'));
    this.open(recorded, `handover:${transferId}:receiving`, this.directory.assetManagersOf(transfer.toDepartmentId), text('接收方'));
    this.notify(
      recorded,
      [...this.directory.assetManagersOf(transfer.fromDepartmentId), ...this.directory.assetManagersOf(transfer.toDepartmentId)],
      {
        kind: 'transfer_approved',
        title: `调剂已审批通过：${transfer.assetName}`,
        body: `「${transfer.assetName}」的调剂已通过全部审批，待双方交接。`,
        link: inboxLinks.transfers(),
      },
    );
  }

  /**
   * 调配 of a property to a need: each approval step waits for its approvers (as a transfer step does, the
   * requester and the receiving unit never among them), then the receiving unit for the handover (交接).
   */
  private spaceAllocation(recorded: RecordedEvent): void {
    const d = recorded.data;
    const allocationId = str(d.allocationId);
    if (!allocationId) return;
    const key = `allocation:${allocationId}`;
    if (recorded.type === 'space-allocation.started.v1') {
      const from = str(d.fromUnitId);
      const to = str(d.toDepartmentId);
      if (!from || !to || this.refs.has(key)) return;
      const property = d.property !== null && typeof d.property === 'object' ? (d.property as Record<string, unknown>) : {};
      const allocation: TransferRef = {
        fromDepartmentId: from,
        toDepartmentId: to,
        listedBy: null,
        selectedBy: str(d.requestedBy),
        assetName: [str(property.propertyNo), str(property.name)].filter(Boolean).join(' '),
        steps: (Array.isArray(d.steps) ? d.steps : [])
          .map((s) => s as Record<string, unknown>)
          .filter((s) => str(s?.kind))
          .map((s) => ({ kind: str(s.kind)!, approverDepartmentId: str(s.approverDepartmentId) })),
        approved: [],
      };
      this.setRef(key, allocation);
      this.openNextAllocationStep(recorded, allocationId, allocation);
      return;
    }
    const allocation = this.ref<TransferRef>(key);
    if (!allocation) return;
    const stepKeys = allocation.steps.map((s) => `allocation-step:${allocationId}:${s.kind}`);
    if (recorded.type === 'space-allocation.step-approved.v1') {
      const step = str(d.step);
      if (!step || allocation.approved.includes(step)) return;
      const next = { ...allocation, approved: [...allocation.approved, step] };
      this.setRef(key, next);
      this.close(recorded, [`allocation-step:${allocationId}:${step}`], 'done');
      this.openNextAllocationStep(recorded, allocationId, next);
    } else if (recorded.type === 'space-allocation.rejected.v1') {
      this.close(recorded, stepKeys, 'rejected');
      this.notify(recorded, this.directory.assetManagersOf(allocation.toDepartmentId), {
        kind: 'allocation_rejected',
        title: `调配已驳回：${allocation.assetName}`,
        body: `「${allocation.assetName}」的调配在${stepWord(str(d.step))}被驳回：${str(d.reason) ?? '未说明理由'}`,
        link: inboxLinks.allocations(),
      });
    } else if (recorded.type === 'space-allocation.ended.v1') {
      // The property went to someone else before the handover: nothing left to hand over.
      this.close(recorded, [`allocation-handover:${allocationId}`], 'cancelled');
      this.notify(recorded, this.directory.assetManagersOf(allocation.toDepartmentId), {
        kind: 'allocation_rejected',
        title: `调配已终止：${allocation.assetName}`,
        body: `「${allocation.assetName}」已不是闲置物业，调配终止，需求已重新开放：${str(d.reason) ?? ''}`,
        link: inboxLinks.allocations(),
      });
    } else if (recorded.type === 'space-allocation.handed-over.v1') {
      this.close(recorded, [`allocation-handover:${allocationId}`], 'done');
      this.notify(recorded, this.directory.assetManagersOf(allocation.fromDepartmentId), {
        kind: 'allocation_completed',
        title: `已交接：${allocation.assetName}`,
        body: `「${allocation.assetName}」已交接给 ${this.directory.unitName(allocation.toDepartmentId)} 使用。`,
        link: inboxLinks.allocations(),
      });
    }
  }

  private openNextAllocationStep(recorded: RecordedEvent, allocationId: string, allocation: TransferRef): void {
    const pending = allocation.steps.find((s) => !allocation.approved.includes(s.kind));
    if (pending) {
      // 备案 is recorded with the review before it: nobody waits for it.
      if (pending.kind === 'finance_filing') return;
      this.open(recorded, `allocation-step:${allocationId}:${pending.kind}`, this.directory.stepApprovers(pending, allocation), {
        kind: 'allocation_step',
        title: `${stepWord(pending.kind)}：${allocation.assetName}`,
        body: `${this.directory.unitName(allocation.fromDepartmentId)} → ${this.directory.unitName(allocation.toDepartmentId)} 的物业调配「${allocation.assetName}」等待您${stepWord(pending.kind)}。`,
        link: inboxLinks.allocationApprovals(),
      });
      return;
    }
    this.open(recorded, `allocation-handover:${allocationId}`, this.directory.assetManagersOf(allocation.toDepartmentId), {
      kind: 'allocation_handover',
      title: `确认交接：${allocation.assetName}`,
      body: `「${allocation.assetName}」的调配已审批通过，接收后请确认交接。`,
      link: inboxLinks.allocations(),
    });
  }

  private stocktake(recorded: RecordedEvent): void {
    const d = recorded.data;
    const stocktakeId = str(d.stocktakeId);
    if (!stocktakeId) return;
    if (recorded.type === 'stocktake.closed.v1') return this.close(recorded, [`stocktake-sign:${stocktakeId}`], 'done');
    const departmentId = str(d.departmentId);
    if (!departmentId) return;
    const title = str(d.title) ?? '清查盘点';
    this.open(recorded, `stocktake-sign:${stocktakeId}`, this.directory.assetManagersOf(departmentId), {
      kind: 'stocktake_to_sign',
      title: `盘点待签字：${title}`,
      body: `盘点任务「${title}」进行中，清点完成后请签字结束。`,
      link: inboxLinks.stocktake(stocktakeId),
    });
  }

  private sharing(recorded: RecordedEvent): void {
    const d = recorded.data;
    const type = recorded.type;
    if (type === 'space.published.v1' || type === 'space.published.v2') {
      const spaceId = str(d.spaceId);
      const departmentId = str(d.departmentId);
      if (spaceId && departmentId) this.setRef(`space:${spaceId}`, { departmentId, name: str(d.name) ?? '' } satisfies SpaceRef);
      return;
    }
    if (type === 'booker.strike-recorded.v1' || type === 'booker.suspended.v1') return this.penalty(recorded);
    const bookingId = str(d.bookingId);
    if (!bookingId) return;
    if (type.startsWith('booking.placed.')) {
      const spaceId = str(d.spaceId);
      const bookerId = str(d.bookerId);
      const space = spaceId ? this.ref<SpaceRef>(`space:${spaceId}`) : undefined;
      if (!spaceId || !bookerId || !space || this.refs.has(`booking:${bookingId}`)) return;
      const booking: BookingRef = {
        bookerId,
        bookerKind: str(d.bookerKind) ?? 'resident',
        spaceId,
        spaceName: space.name,
        departmentId: space.departmentId,
        slotStart: str(d.slotStart) ?? '',
      };
      this.setRef(`booking:${bookingId}`, booking);
      const status = str(d.status);
      if (status === 'pending_approval') this.openBookingApproval(recorded, bookingId, booking);
      else if (status === 'waitlisted')
        this.notifyBooker(recorded, booking, 'booking_waitlisted', '已候补', '名额已满，您已进入候补，有空位时按先后顺序递补。');
      else if (status === 'confirmed') this.notifyBooker(recorded, booking, 'booking_confirmed', '已预约', '预约成功。');
      return;
    }
    const booking = this.ref<BookingRef>(`booking:${bookingId}`);
    if (!booking) return;
    const approvalKey = `booking-approve:${bookingId}`;
    switch (type) {
      case 'booking.approved.v1':
        this.close(recorded, [approvalKey], 'done');
        this.notifyBooker(recorded, booking, 'booking_confirmed', '预约已通过', '管理人已通过您的预约。');
        return;
      case 'booking.promoted.v1':
        if (str(d.status) === 'pending_approval') this.openBookingApproval(recorded, bookingId, booking);
        this.notifyBooker(
          recorded,
          booking,
          'booking_promoted',
          '候补已递补',
          str(d.status) === 'pending_approval' ? '有名额空出，您的候补已递补，待管理人审核。' : '有名额空出，您的候补已递补为预约。',
        );
        return;
      case 'booking.reminded.v1':
        this.notifyBooker(recorded, booking, 'booking_reminder', '预约提醒', '您预约的时段快到了，请按时签到；不能前往请提前取消。');
        return;
      case 'booking.displaced.v1':
        this.close(recorded, [approvalKey], 'cancelled');
        this.notifyBooker(recorded, booking, 'booking_waitlisted', '已转为候补', str(d.notice) ?? '您的预约已转为候补。');
        return;
      case 'booking.cancelled.v1': {
        this.close(recorded, [approvalKey], 'cancelled');
        const by = str(d.by);
        if (by === 'booker') return;
        this.notifyBooker(
          recorded,
          booking,
          by === 'blackout' ? 'booking_cancelled_blackout' : 'booking_cancelled',
          by === 'blackout' ? '因停用取消' : '预约已取消',
          str(d.notice) ?? str(d.reason) ?? '您的预约已取消。',
        );
        return;
      }
      default:
        return;
    }
  }

  private openBookingApproval(recorded: RecordedEvent, bookingId: string, booking: BookingRef): void {
    const managers = this.directory.assetManagersOf(booking.departmentId).filter((u) => u !== booking.bookerId);
    this.open(recorded, `booking-approve:${bookingId}`, managers, {
      kind: 'booking_to_approve',
      title: `预约待审核：${booking.spaceName}`,
      body: `「${booking.spaceName}」${chinaTime(booking.slotStart)} 的预约等待您审核。`,
      link: inboxLinks.space(booking.spaceId),
    });
  }

  private notifyBooker(recorded: RecordedEvent, booking: BookingRef, kind: string, what: string, body: string): void {
    this.notify(recorded, [booking.bookerId], {
      kind,
      title: `${what}：${booking.spaceName} ${chinaTime(booking.slotStart)}`,
      body,
      link: booking.bookerKind === 'resident' ? inboxLinks.residentBookings() : inboxLinks.space(booking.spaceId),
    });
  }

  private penalty(recorded: RecordedEvent): void {
    const d = recorded.data;
    const bookerId = str(d.bookerId);
    if (!bookerId) return;
    const bookingId = str(d.bookingId);
    const booking = bookingId ? this.ref<BookingRef>(`booking:${bookingId}`) : undefined;
    const link = booking && booking.bookerKind !== 'resident' ? inboxLinks.space(booking.spaceId) : inboxLinks.residentBookings();
    if (recorded.type === 'booker.strike-recorded.v1') {
      const what = str(d.kind) === 'overstay' ? '超时' : '爽约';
      this.notify(recorded, [bookerId], {
        kind: 'booker_strike',
        title: `记录一次${what}`,
        body: `${booking ? `「${booking.spaceName}」${chinaTime(booking.slotStart)} 的预约` : '您的一次预约'}被记为${what}。多次爽约或超时将暂停预约资格。`,
        link,
      });
      return;
    }
    this.notify(recorded, [bookerId], {
      kind: 'booker_suspended',
      title: '预约资格已暂停',
      body: `因多次爽约或超时，您的预约资格暂停至 ${chinaTime(str(d.until) ?? '')}。`,
      link,
    });
  }
}

function stepWord(step: string | null): string {
  return step === 'supervisor_review'
    ? '主管部门审核'
    : step === 'finance_approval'
      ? '财政审批'
      : step === 'finance_filing'
        ? '备案'
        : '审批';
}

/** 2026-11-23 18:30 in China time (the pages' format); odd values as they are. */
export function chinaTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const china = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${china.slice(0, 10)} ${china.slice(11, 16)}`;
}
