import { Actor, Decision, isCalendarDate } from '@app/shared';
import { CategoryCatalog } from '@app/assets';
import { WarehouseRequestError } from './warehouse-requests.errors';
import { DemandEvent } from './warehouse-requests.events';

export type DemandState =
  { readonly status: 'none' } | { readonly status: 'open' | 'closed'; readonly demandId: string; readonly departmentId: string };

export type DemandCommand =
  | {
      readonly kind: 'PostDemand';
      readonly actor: Actor;
      readonly demandId: string;
      readonly categoryCode: string;
      readonly quantity: number;
      readonly purpose: string;
      readonly neededBy: string | null;
    }
  | { readonly kind: 'CloseDemand'; readonly actor: Actor; readonly demandId: string; readonly reason: string };

export const initialDemandState = (): DemandState => ({ status: 'none' });

export function evolveDemand(state: DemandState, event: DemandEvent): DemandState {
  switch (event.type) {
    case 'demand.posted.v1':
      return { status: 'open', demandId: event.data.demandId, departmentId: event.data.departmentId };
    case 'demand.closed.v1':
      return state.status === 'none' ? state : { ...state, status: 'closed' };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export function decideDemand(command: DemandCommand, state: DemandState, categories: CategoryCatalog): Decision<DemandEvent> {
  switch (command.kind) {
    case 'PostDemand': {
      if (state.status !== 'none') return new WarehouseRequestError('DEMAND_ALREADY_EXISTS', `demand ${command.demandId} exists`);
      if (!command.actor.departmentId) return new WarehouseRequestError('NOT_A_PARTY', 'only departments post demands');
      if (!categories.resolve(command.categoryCode)) {
        return new WarehouseRequestError('UNKNOWN_CATEGORY', `categoryCode ${command.categoryCode} is not a GB/T 14885-2022 category`, {
          field: 'categoryCode',
        });
      }
      // What the demands read model stores, re-checked whatever the HTTP layer let through.
      if (!Number.isSafeInteger(command.quantity) || command.quantity < 1)
        return new WarehouseRequestError('INVALID_REQUEST_FIELD', 'quantity must be a whole number of at least 1', { field: 'quantity' });
      if (typeof command.purpose !== 'string' || command.purpose.trim() === '')
        return new WarehouseRequestError('INVALID_REQUEST_FIELD', 'a demand needs a purpose', { field: 'purpose' });
      if (command.neededBy !== null && command.neededBy !== undefined && !isCalendarDate(command.neededBy))
        return new WarehouseRequestError('INVALID_REQUEST_FIELD', 'neededBy must be a real date', { field: 'neededBy' });
      const { demandId, categoryCode, quantity, purpose, neededBy } = command;
      return [
        {
          type: 'demand.posted.v1',
          data: { demandId, departmentId: command.actor.departmentId, categoryCode, quantity, purpose, neededBy },
        },
      ];
    }
    case 'CloseDemand': {
      if (state.status === 'none') return new WarehouseRequestError('DEMAND_NOT_FOUND', `no demand ${command.demandId}`);
      if (state.departmentId !== command.actor.departmentId)
        return new WarehouseRequestError('NOT_A_PARTY', 'only the posting department closes its demand');
      if (state.status === 'closed') return new WarehouseRequestError('DEMAND_CLOSED', 'the demand is already closed');
      return [{ type: 'demand.closed.v1', data: { demandId: command.demandId, reason: command.reason } }];
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export const demandDecider = (categories: CategoryCatalog) => ({
  decide: (command: DemandCommand, state: DemandState) => decideDemand(command, state, categories),
  evolve: evolveDemand,
  initialState: initialDemandState,
});
