import { DepartmentDirectory, SYSTEM_ACTOR } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { CategoryCatalog } from '../../categories/category-catalog';
import {
  ApprovalPolicyEvent,
  ApprovalRules,
  evolveApprovalPolicy,
  initialApprovalPolicyState,
  policyInForce,
} from '../../domain/approval-policy';
import { approvalPolicyDecider, RecordApprovalPolicy } from '../../domain/approval-policy.decider';
import { approvalChain } from '../../domain/transfer-policy';
import { actor, educationManager, financeApprover } from '../../testing/asset-fixtures';

const NOW = '2026-11-23T02:00:00.000Z'; // 10:00 China time, 2026-11-23
const rules = (financeApprovalAboveFen: number, financeApprovalCategories: string[] = []): ApprovalRules => ({
  financeApprovalAboveFen,
  crossingNeedsFinanceApproval: true,
  financeApprovalCategories,
});
const record = (effectiveFrom: string, r = rules(1_000_000), who = financeApprover, districtId = 'R-DEMO'): RecordApprovalPolicy => ({
  kind: 'RecordApprovalPolicy',
  actor: who,
  now: NOW,
  districtId,
  effectiveFrom,
  rules: r,
  reason: '区财发〔2026〕12号',
});
const recorded = (version: number, effectiveFrom: string, effectiveAt: string, r = rules(5_000_000)): ApprovalPolicyEvent => ({
  type: 'policy.transfer-approval-recorded.v1',
  data: { districtId: 'R-DEMO', version, effectiveFrom, effectiveAt, rules: r, reason: '初始规则', recordedBy: 'system' },
});
const seeded = recorded(1, '2020-01-01', '2020-01-01T00:00:00.000Z');

describe('approval policy (调剂审批规则) as data', () => {
  const departments = DepartmentDirectory.demo();
  const spec = deciderSpec(approvalPolicyDecider({ departments, categories: CategoryCatalog.standard() }));

  it('records a policy that applies from 00:00 China time on its date', () => {
    spec
      .given([seeded])
      .when(record('2027-01-01', rules(1_000_000, ['A02000000', 'A02000000'])))
      .then([
        {
          type: 'policy.transfer-approval-recorded.v1',
          data: {
            districtId: 'R-DEMO',
            version: 2,
            effectiveFrom: '2027-01-01',
            effectiveAt: '2026-12-31T16:00:00.000Z',
            rules: rules(1_000_000, ['A02000000']),
            reason: '区财发〔2026〕12号',
            recordedBy: 'fin-approver',
          },
        },
      ]);
  });

  it('a policy dated today applies from the moment it is recorded, never before it existed', () => {
    spec
      .given([seeded])
      .when(record('2026-11-23'))
      .then([
        {
          ...recorded(2, '2026-11-23', NOW, rules(1_000_000)),
          data: { ...recorded(2, '2026-11-23', NOW, rules(1_000_000)).data, reason: '区财发〔2026〕12号', recordedBy: 'fin-approver' },
        },
      ]);
  });

  it('refuses a date before today (China date)', () => {
    spec.given([seeded]).when(record('2026-11-22')).thenError('POLICY_EFFECTIVE_IN_PAST', { field: 'effectiveFrom' });
  });

  it('refuses a date on or before the latest recorded one (it would overlap it)', () => {
    const scheduled = recorded(2, '2027-03-01', '2027-02-28T16:00:00.000Z');
    spec.given([seeded, scheduled]).when(record('2027-03-01')).thenError('POLICY_OVERLAPS', { latest: '2027-03-01' });
    spec.given([seeded, scheduled]).when(record('2027-01-01')).thenError('POLICY_OVERLAPS');
  });

  it('refuses a category the catalogue does not know', () => {
    spec
      .given([seeded])
      .when(record('2027-01-01', rules(0, ['A09900000'])))
      .thenError('UNKNOWN_CATEGORY', { field: 'financeApprovalCategories', value: 'A09900000' });
  });

  it('only the finance bureau of that district records it', () => {
    spec
      .given([seeded])
      .when(record('2027-01-01', rules(0), educationManager))
      .thenError('NOT_A_FINANCE_BUREAU');
    const otherDistrictFinance = actor('fin-other', 'finance_approver', 'D-FINANCE');
    spec
      .given([seeded])
      .when(record('2027-01-01', rules(0), otherDistrictFinance, 'R-OTHER'))
      .thenError('NOT_A_FINANCE_BUREAU');
    spec
      .given([])
      .when(record('2027-01-01', rules(0), SYSTEM_ACTOR, 'R-OTHER'))
      .then([
        {
          ...recorded(1, '2027-01-01', '2026-12-31T16:00:00.000Z', rules(0)),
          data: {
            ...recorded(1, '2027-01-01', '2026-12-31T16:00:00.000Z', rules(0)).data,
            districtId: 'R-OTHER',
            reason: '区财发〔2026〕12号',
          },
        },
      ]);
  });
});

describe('the transfer chain follows the policy in force at the request', () => {
  const departments = DepartmentDirectory.demo();
  const state = [seeded, recorded(2, '2027-01-01', '2026-12-31T16:00:00.000Z', rules(100_000, ['A02000000']))].reduce(
    evolveApprovalPolicy,
    initialApprovalPolicyState(),
  );
  const within = (valueFen: number, at: string, categoryCode = 'A05000000') =>
    approvalChain({ fromDepartmentId: 'D-SCH1', toDepartmentId: 'D-SCH2', valueFen, categoryCode, at }, departments, state);

  it('before the new date the old threshold files a ¥3,500 transfer; from it, the lower threshold sends it to finance', () => {
    expect(within(350_000, '2026-12-31T15:59:59.999Z')).toMatchObject({
      steps: [{ kind: 'supervisor_review' }, { kind: 'finance_filing' }],
      policyVersion: 1,
    });
    expect(within(350_000, '2026-12-31T16:00:00.000Z')).toMatchObject({
      steps: [{ kind: 'supervisor_review' }, { kind: 'finance_approval' }],
      policyVersion: 2,
    });
    expect(within(50_000, '2027-02-01T00:00:00.000Z').steps[1].kind).toBe('finance_filing');
  });

  it('a named category needs finance approval whatever its value; crossing 主管部门 does too', () => {
    expect(within(50_000, '2027-02-01T00:00:00.000Z', 'A02010100').steps[1].kind).toBe('finance_approval');
    const crossing = approvalChain(
      { fromDepartmentId: 'D-SCH1', toDepartmentId: 'D-HOSP1', valueFen: 1, categoryCode: 'A05000000', at: '2026-06-01T00:00:00.000Z' },
      departments,
      state,
    );
    expect(crossing).toMatchObject({ crossesSupervisors: true, steps: [{ kind: 'supervisor_review' }, { kind: 'finance_approval' }] });
  });

  it('before any policy of the district, every transfer goes to finance approval', () => {
    expect(policyInForce(state, 'R-DEMO', '2019-12-31T00:00:00.000Z')).toBeNull();
    expect(within(1, '2019-12-31T00:00:00.000Z')).toMatchObject({ steps: [{}, { kind: 'finance_approval' }], policyVersion: null });
  });
});
