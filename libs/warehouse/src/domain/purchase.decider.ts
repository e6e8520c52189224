import { Actor, Decision } from '@app/shared';
import { CategoryCatalog } from '@app/assets';
import { WarehouseRequestError } from './warehouse-requests.errors';
import { PurchaseEvent } from './warehouse-requests.events';

/** clear: no idle stock found; blocked: idle stock found, waiting for a reason or a withdrawal. */
export type PurchaseState =
  | { readonly status: 'none' }
  | {
      readonly status: 'clear' | 'blocked' | 'overridden' | 'withdrawn';
      readonly purchaseId: string;
      readonly departmentId: string;
      readonly matchedListingIds: readonly string[];
    };

export type PurchaseCommand =
  | {
      readonly kind: 'RequestPurchase';
      readonly actor: Actor;
      readonly purchaseId: string;
      readonly categoryCode: string;
      readonly quantity: number;
      readonly estimatedValueFen: number;
      readonly purpose: string;
      /** What the gate found in the warehouse when the request was made. */
      readonly matchedListingIds: readonly string[];
      /** Given up front, it records why the purchase goes ahead despite idle stock. */
      readonly overrideReason: string | null;
    }
  | { readonly kind: 'OverridePurchaseGate'; readonly actor: Actor; readonly purchaseId: string; readonly reason: string }
  | { readonly kind: 'WithdrawPurchase'; readonly actor: Actor; readonly purchaseId: string; readonly reason: string };

export const initialPurchaseState = (): PurchaseState => ({ status: 'none' });

export function evolvePurchase(state: PurchaseState, event: PurchaseEvent): PurchaseState {
  switch (event.type) {
    case 'purchase.requested.v1': {
      const { purchaseId, departmentId, matchedListingIds } = event.data;
      return { status: matchedListingIds.length > 0 ? 'blocked' : 'clear', purchaseId, departmentId, matchedListingIds };
    }
    case 'purchase.gate-overridden.v1':
      return state.status === 'none' ? state : { ...state, status: 'overridden' };
    case 'purchase.withdrawn.v1':
      return state.status === 'none' ? state : { ...state, status: 'withdrawn' };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export function decidePurchase(command: PurchaseCommand, state: PurchaseState, categories: CategoryCatalog): Decision<PurchaseEvent> {
  switch (command.kind) {
    case 'RequestPurchase': {
      if (state.status !== 'none')
        return new WarehouseRequestError('PURCHASE_ALREADY_EXISTS', `purchase request ${command.purchaseId} exists`);
      if (!command.actor.departmentId) return new WarehouseRequestError('NOT_A_PARTY', 'only departments request purchases');
      if (!categories.resolve(command.categoryCode)) {
        return new WarehouseRequestError('UNKNOWN_CATEGORY', `categoryCode ${command.categoryCode} is not a GB/T 14885-2022 category`, {
          field: 'categoryCode',
        });
      }
      // What the purchase-requests read model stores, re-checked whatever the HTTP layer let through.
      if (!Number.isSafeInteger(command.quantity) || command.quantity < 1)
        return new WarehouseRequestError('INVALID_REQUEST_FIELD', 'quantity must be a whole number of at least 1', { field: 'quantity' });
      if (!Number.isSafeInteger(command.estimatedValueFen) || command.estimatedValueFen < 0)
        return new WarehouseRequestError('INVALID_REQUEST_FIELD', 'estimatedValueFen must be whole fen', { field: 'estimatedValueFen' });
      if (typeof command.purpose !== 'string' || command.purpose.trim() === '')
        return new WarehouseRequestError('INVALID_REQUEST_FIELD', 'a purchase request needs a purpose', { field: 'purpose' });
      const { purchaseId, categoryCode, quantity, estimatedValueFen, purpose, matchedListingIds } = command;
      const requested: PurchaseEvent = {
        type: 'purchase.requested.v1',
        data: {
          purchaseId,
          departmentId: command.actor.departmentId,
          categoryCode,
          quantity,
          estimatedValueFen,
          purpose,
          matchedListingIds,
        },
      };
      if (matchedListingIds.length === 0 || command.overrideReason === null) return [requested];
      return [requested, { type: 'purchase.gate-overridden.v1', data: { purchaseId, reason: command.overrideReason, matchedListingIds } }];
    }
    case 'OverridePurchaseGate':
    case 'WithdrawPurchase': {
      if (state.status === 'none') return new WarehouseRequestError('PURCHASE_NOT_FOUND', `no purchase request ${command.purchaseId}`);
      if (state.departmentId !== command.actor.departmentId)
        return new WarehouseRequestError('NOT_A_PARTY', 'only the requesting department acts on its purchase request');
      if (state.status === 'withdrawn' || state.status === 'overridden')
        return new WarehouseRequestError('PURCHASE_CLOSED', `the request is already ${state.status}`);
      if (command.kind === 'WithdrawPurchase')
        return [{ type: 'purchase.withdrawn.v1', data: { purchaseId: command.purchaseId, reason: command.reason } }];
      if (state.status !== 'blocked')
        return new WarehouseRequestError('PURCHASE_NOT_BLOCKED', 'no idle stock blocked this request: nothing to override');
      return [
        {
          type: 'purchase.gate-overridden.v1',
          data: { purchaseId: command.purchaseId, reason: command.reason, matchedListingIds: state.matchedListingIds },
        },
      ];
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export const purchaseDecider = (categories: CategoryCatalog) => ({
  decide: (command: PurchaseCommand, state: PurchaseState) => decidePurchase(command, state, categories),
  evolve: evolvePurchase,
  initialState: initialPurchaseState,
});
