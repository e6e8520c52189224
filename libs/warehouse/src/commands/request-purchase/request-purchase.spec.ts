import { CategoryCatalog } from '@app/assets';
import { Actor } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { purchaseDecider, PurchaseCommand } from '../../domain/purchase.decider';
import { PurchaseEvent } from '../../domain/warehouse-requests.events';

const manager: Actor = { userId: 'mgr-hosp1', role: 'asset_manager', departmentId: 'D-HOSP1', displayName: 'm' };
const request = (matched: string[], overrideReason: string | null = null): PurchaseCommand => ({
  kind: 'RequestPurchase',
  actor: manager,
  purchaseId: 'p-1',
  categoryCode: 'A02000000',
  quantity: 2,
  estimatedValueFen: 900000,
  purpose: '门诊用',
  matchedListingIds: matched,
  overrideReason,
});
const requested = (matched: string[]): PurchaseEvent => ({
  type: 'purchase.requested.v1',
  data: {
    purchaseId: 'p-1',
    departmentId: 'D-HOSP1',
    categoryCode: 'A02000000',
    quantity: 2,
    estimatedValueFen: 900000,
    purpose: '门诊用',
    matchedListingIds: matched,
  },
});

describe('purchase gate (采购前必先查仓)', () => {
  const spec = deciderSpec(purchaseDecider(CategoryCatalog.standard()));

  it('records a request with no idle stock as clear', () => {
    spec
      .given([])
      .when(request([]))
      .then([requested([])]);
  });

  it('records the idle stock found; going ahead needs a recorded reason', () => {
    spec
      .given([])
      .when(request(['l-1', 'l-2']))
      .then([requested(['l-1', 'l-2'])]);
    spec
      .given([requested(['l-1'])])
      .when({ kind: 'OverridePurchaseGate', actor: manager, purchaseId: 'p-1', reason: '型号不符，需要4K投影' })
      .then([
        { type: 'purchase.gate-overridden.v1', data: { purchaseId: 'p-1', reason: '型号不符，需要4K投影', matchedListingIds: ['l-1'] } },
      ]);
  });

  it('accepts the reason with the request itself', () => {
    spec
      .given([])
      .when(request(['l-1'], '型号不符'))
      .then([
        requested(['l-1']),
        { type: 'purchase.gate-overridden.v1', data: { purchaseId: 'p-1', reason: '型号不符', matchedListingIds: ['l-1'] } },
      ]);
  });

  it('has nothing to override on a clear request, and nothing to do after withdrawal', () => {
    spec
      .given([requested([])])
      .when({ kind: 'OverridePurchaseGate', actor: manager, purchaseId: 'p-1', reason: 'x1' })
      .thenError('PURCHASE_NOT_BLOCKED');
    const withdrawn: PurchaseEvent = { type: 'purchase.withdrawn.v1', data: { purchaseId: 'p-1', reason: '已申领闲置' } };
    spec
      .given([requested(['l-1']), withdrawn])
      .when({ kind: 'OverridePurchaseGate', actor: manager, purchaseId: 'p-1', reason: 'x1' })
      .thenError('PURCHASE_CLOSED');
  });

  it("refuses another department's hand and unknown categories", () => {
    const other: Actor = { ...manager, departmentId: 'D-SCH1' };
    spec
      .given([requested(['l-1'])])
      .when({ kind: 'WithdrawPurchase', actor: other, purchaseId: 'p-1', reason: 'x1' })
      .thenError('NOT_A_PARTY');
    spec
      .given([])
      .when({ ...request([]), categoryCode: 'A09000000' } as PurchaseCommand)
      .thenError('UNKNOWN_CATEGORY');
  });
});
