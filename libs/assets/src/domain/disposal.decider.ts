import { Actor, chinaDate, Decision, DepartmentDirectory } from '@app/shared';
import { ApprovalPolicyState } from './approval-policy';
import { AssetError } from './asset.errors';
import { RegisteredAsset } from './asset.state';
import { disposalRefusal } from './asset-disposal.decider';
import { DisposalEvent, DisposalKind, DisposalStepApproved, KINDS_WITH_COUNTERPARTY } from './disposal.events';
import { disposalChain } from './disposal-policy';
import { DisposalState, evolveDisposal, initialDisposalState, OpenDisposal, pendingDisposalStep } from './disposal.state';
import { text } from './card-invariants';
import { PhotoRef } from './reallocation.events';

interface AtInstant {
  readonly actor: Actor;
  readonly disposalId: string;
  /** ISO time the command is decided at. */
  readonly now: string;
}

export interface RequestDisposal extends AtInstant {
  readonly kind: 'RequestDisposal';
  readonly disposalKind: DisposalKind;
  readonly reason: string;
  readonly counterparty: string | null;
  readonly photos: readonly PhotoRef[];
  /** The assets as their own streams fold them now (the handler reads them; the decider checks each). */
  readonly assets: readonly RegisteredAsset[];
}

export interface DecideDisposalStep extends AtInstant {
  readonly kind: 'DecideDisposalStep';
  readonly approve: boolean;
  readonly comment: string | null;
}

export interface WithdrawDisposal extends AtInstant {
  readonly kind: 'WithdrawDisposal';
  readonly reason: string;
}

export interface WriteOffDisposal extends AtInstant {
  readonly kind: 'WriteOffDisposal';
  readonly proceedsFen: number;
  readonly treasuryVoucher: string | null;
  readonly replyRef: string | null;
  /**
   * 资产编号 of the disposal's assets whose own streams are not held for it (a hold cut off by a store
   * error); the handler folds them after re-applying the missing holds. 核销 needs every one held.
   */
  readonly assetsNotHeld: readonly string[];
}

export type DisposalCommand = RequestDisposal | DecideDisposalStep | WithdrawDisposal | WriteOffDisposal;

export interface DisposalDeciderDeps {
  readonly departments: DepartmentDirectory;
  /** Every district's approval policies (the request fixes its chain by the one in force). */
  readonly policies: ApprovalPolicyState;
}

/** At most this many assets in one request: one 批量 the approvers can still read. */
export const MAX_ASSETS_PER_DISPOSAL = 200;

const invalid = (field: string, message: string) => new AssetError('INVALID_DISPOSAL_FIELD', message, { field });

function request(c: RequestDisposal, state: DisposalState, deps: DisposalDeciderDeps): Decision<DisposalEvent> {
  if (state.status !== 'none') return new AssetError('DISPOSAL_ALREADY_EXISTS', `disposal ${c.disposalId} already exists`);
  if (c.assets.length === 0 || c.assets.length > MAX_ASSETS_PER_DISPOSAL) {
    return invalid('assetIds', `一次申请须包含 1–${MAX_ASSETS_PER_DISPOSAL} 项资产`);
  }
  if (new Set(c.assets.map((a) => a.assetId)).size !== c.assets.length) return invalid('assetIds', '同一资产不能重复列入');
  if (!text(1000)(c.reason)) return invalid('reason', '处置须说明原因');
  const needsCounterparty = KINDS_WITH_COUNTERPARTY.includes(c.disposalKind);
  if (needsCounterparty && (c.counterparty === null || !text(200)(c.counterparty))) {
    return invalid('counterparty', '捐赠、置换、无偿划转须写明接收方');
  }
  for (const asset of c.assets) {
    const refused = disposalRefusal(c.actor, asset);
    if (refused) return refused;
  }
  const departmentId = c.assets[0].departmentId;
  const total = (f: (a: RegisteredAsset) => number) => c.assets.reduce((sum, a) => sum + f(a), 0);
  const totalOriginalValueFen = total((a) => a.originalValueFen);
  const { steps, policyVersion } = disposalChain({ departmentId, totalOriginalValueFen, at: c.now }, deps.departments, deps.policies);
  return [
    {
      type: 'disposal.requested.v1',
      data: {
        disposalId: c.disposalId,
        departmentId,
        disposalKind: c.disposalKind,
        reason: c.reason,
        counterparty: needsCounterparty ? c.counterparty : null,
        photos: c.photos,
        assets: c.assets.map((a) => ({
          assetId: a.assetId,
          assetNo: a.assetNo,
          name: a.name,
          categoryCode: a.categoryCode,
          originalValueFen: a.originalValueFen,
          netBookValueFen: a.originalValueFen - a.accumulatedDepreciationFen,
          withdrawnListingId: a.phase.kind === 'listed' ? a.phase.listing.listingId : null,
        })),
        totalOriginalValueFen,
        totalNetBookValueFen: total((a) => a.originalValueFen - a.accumulatedDepreciationFen),
        steps,
        policyVersion,
        requestedBy: c.actor.userId,
      },
    },
  ];
}

function existing(c: DisposalCommand, state: DisposalState): OpenDisposal | AssetError {
  return state.status === 'none' ? new AssetError('DISPOSAL_NOT_FOUND', `no disposal ${c.disposalId}`) : state;
}

function decideStep(c: DecideDisposalStep, d: OpenDisposal, deps: DisposalDeciderDeps): Decision<DisposalEvent> {
  if (d.status !== 'pending') return new AssetError('DISPOSAL_NOT_PENDING', `处置申请 ${d.disposalId} 已${d.status}`);
  const step = pendingDisposalStep(d);
  if (!step) return new AssetError('DISPOSAL_NOT_PENDING', 'every step is done');
  const mayDecide =
    step.kind === 'supervisor_review'
      ? c.actor.role === 'asset_manager' && c.actor.departmentId === step.approverDepartmentId
      : c.actor.role === 'finance_approver' && deps.departments.covers(c.actor, d.departmentId);
  if (!mayDecide) {
    const who = step.kind === 'supervisor_review' ? `${step.approverDepartmentId} 的资产管理员` : `${d.departmentId} 所在区的财政部门`;
    return new AssetError('NOT_YOUR_STEP', `当前环节 ${step.kind} 由${who}审批`, { step: step.kind });
  }
  if (c.actor.userId === d.requestedBy) {
    return new AssetError('SOD_SAME_PERSON', '申请人不能审批自己的处置申请 (another person must approve)', { rule: 'same-person' });
  }
  if (!c.approve) {
    if (c.comment === null || !text(1000)(c.comment)) return invalid('comment', '驳回须说明理由');
    return [{ type: 'disposal.rejected.v1', data: { disposalId: d.disposalId, step: step.kind, by: c.actor.userId, reason: c.comment } }];
  }
  const events: DisposalStepApproved[] = [
    {
      type: 'disposal.step-approved.v1',
      data: { disposalId: d.disposalId, step: step.kind, byDepartmentId: c.actor.departmentId, by: c.actor.userId, comment: c.comment },
    },
  ];
  const next = d.steps[d.steps.indexOf(step) + 1];
  if (next?.kind === 'finance_filing') {
    // 备案: below the threshold the 主管部门's approval is filed with finance, no decision needed.
    events.push({
      type: 'disposal.step-approved.v1',
      data: { disposalId: d.disposalId, step: 'finance_filing', byDepartmentId: null, by: null, comment: '备案' },
    });
  }
  return events;
}

function isHolderManager(actor: Actor, d: OpenDisposal): boolean {
  return actor.role === 'asset_manager' && actor.departmentId === d.departmentId;
}

function withdraw(c: WithdrawDisposal, d: OpenDisposal): Decision<DisposalEvent> {
  if (!isHolderManager(c.actor, d)) return new AssetError('NOT_YOUR_DEPARTMENT', `处置申请属于 ${d.departmentId}`);
  if (d.status !== 'pending') return new AssetError('DISPOSAL_NOT_PENDING', `处置申请 ${d.disposalId} 已${d.status}，不能撤回`);
  if (!text(500)(c.reason)) return invalid('reason', '撤回须说明原因');
  return [{ type: 'disposal.withdrawn.v1', data: { disposalId: d.disposalId, by: c.actor.userId, reason: c.reason } }];
}

function writeOff(c: WriteOffDisposal, d: OpenDisposal): Decision<DisposalEvent> {
  if (!isHolderManager(c.actor, d)) return new AssetError('NOT_YOUR_DEPARTMENT', `处置申请属于 ${d.departmentId}`);
  if (d.status !== 'approved') return new AssetError('DISPOSAL_NOT_APPROVED', `处置申请 ${d.disposalId} 状态为 ${d.status}`);
  if (c.assetsNotHeld.length > 0) {
    return new AssetError(
      'DISPOSAL_ASSETS_NOT_HELD',
      `处置申请 ${d.disposalId} 中的资产 ${c.assetsNotHeld.join('、')} 未处于待处置状态，不能核销`,
      { assetNos: [...c.assetsNotHeld] },
    );
  }
  if (!Number.isSafeInteger(c.proceedsFen) || c.proceedsFen < 0) return invalid('proceedsFen', '处置收入须为非负整数（分）');
  if (d.disposalKind === 'sale' && c.proceedsFen === 0) {
    return new AssetError('PROCEEDS_REQUIRED', '出售须登记成交金额', { field: 'proceedsFen' });
  }
  const voucher = c.treasuryVoucher;
  if (c.proceedsFen > 0 && (voucher === null || !text(100)(voucher))) {
    return new AssetError('PROCEEDS_REQUIRED', '处置收入须上缴国库：请填写缴款凭证号', { field: 'treasuryVoucher' });
  }
  if (c.replyRef !== null && !text(100)(c.replyRef)) return invalid('replyRef', '批复文号取值无效');
  return [
    {
      type: 'disposal.written-off.v1',
      data: {
        disposalId: d.disposalId,
        writtenOffOn: chinaDate(new Date(c.now)),
        proceedsFen: c.proceedsFen,
        treasuryVoucher: c.proceedsFen > 0 ? voucher : null,
        replyRef: c.replyRef,
        by: c.actor.userId,
      },
    },
  ];
}

export function decideDisposal(c: DisposalCommand, state: DisposalState, deps: DisposalDeciderDeps): Decision<DisposalEvent> {
  if (c.kind === 'RequestDisposal') return request(c, state, deps);
  const d = existing(c, state);
  if (d instanceof AssetError) return d;
  switch (c.kind) {
    case 'DecideDisposalStep':
      return decideStep(c, d, deps);
    case 'WithdrawDisposal':
      return withdraw(c, d);
    case 'WriteOffDisposal':
      return writeOff(c, d);
    default: {
      const unreachable: never = c;
      return unreachable;
    }
  }
}

export const disposalDecider = (deps: DisposalDeciderDeps) => ({
  decide: (command: DisposalCommand, state: DisposalState) => decideDisposal(command, state, deps),
  evolve: evolveDisposal,
  initialState: initialDisposalState,
});
