/** 需求广场: a department says what it needs; it is matched to idle stock of the same category. */
export interface DemandPosted {
  readonly type: 'demand.posted.v1';
  readonly data: {
    readonly demandId: string;
    readonly departmentId: string;
    readonly categoryCode: string;
    readonly quantity: number;
    readonly purpose: string;
    readonly neededBy: string | null;
  };
}

export interface DemandClosed {
  readonly type: 'demand.closed.v1';
  readonly data: { readonly demandId: string; readonly reason: string };
}

export type DemandEvent = DemandPosted | DemandClosed;

/** 采购前必先查仓: a purchase request records the idle stock found for its category when it was made. */
export interface PurchaseRequested {
  readonly type: 'purchase.requested.v1';
  readonly data: {
    readonly purchaseId: string;
    readonly departmentId: string;
    readonly categoryCode: string;
    readonly quantity: number;
    readonly estimatedValueFen: number;
    readonly purpose: string;
    /** Open listings of the same category (other departments') found by the gate. */
    readonly matchedListingIds: readonly string[];
  };
}

/** Going ahead despite idle stock needs a recorded reason. */
export interface PurchaseGateOverridden {
  readonly type: 'purchase.gate-overridden.v1';
  readonly data: { readonly purchaseId: string; readonly reason: string; readonly matchedListingIds: readonly string[] };
}

export interface PurchaseWithdrawn {
  readonly type: 'purchase.withdrawn.v1';
  readonly data: { readonly purchaseId: string; readonly reason: string };
}

export type PurchaseEvent = PurchaseRequested | PurchaseGateOverridden | PurchaseWithdrawn;

export const demandStreamId = (demandId: string) => `demand-${demandId}`;
export const purchaseStreamId = (purchaseId: string) => `purchase-${purchaseId}`;

export const DEMAND_EVENT_TYPES: readonly DemandEvent['type'][] = ['demand.posted.v1', 'demand.closed.v1'];
export const PURCHASE_EVENT_TYPES: readonly PurchaseEvent['type'][] = [
  'purchase.requested.v1',
  'purchase.gate-overridden.v1',
  'purchase.withdrawn.v1',
];

export function isDemandEvent(event: { type: string }): event is DemandEvent {
  return (DEMAND_EVENT_TYPES as readonly string[]).includes(event.type);
}

export function isPurchaseEvent(event: { type: string }): event is PurchaseEvent {
  return (PURCHASE_EVENT_TYPES as readonly string[]).includes(event.type);
}
