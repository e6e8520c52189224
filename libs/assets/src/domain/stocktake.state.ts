import { StocktakeAsset, StocktakeEvent } from './stocktake.events';

export type Settlement = 'counted' | 'surplus' | 'shortage';

const SETTLEMENT = {
  'stocktake.counted.v1': 'counted',
  'stocktake.surplus-recorded.v1': 'surplus',
  'stocktake.shortage-recorded.v1': 'shortage',
} as const;

export interface OpenStocktakeState {
  readonly status: 'open' | 'closed';
  readonly stocktakeId: string;
  readonly departmentId: string;
  readonly location: string | null;
  readonly expected: Readonly<Record<string, StocktakeAsset>>;
  /** How each asset already settled on this task was settled (each at most once). */
  readonly settled: Readonly<Record<string, Settlement>>;
}

export type StocktakeState = { readonly status: 'none' } | OpenStocktakeState;

export const initialStocktakeState = (): StocktakeState => ({ status: 'none' });

export function evolveStocktake(state: StocktakeState, event: StocktakeEvent): StocktakeState {
  switch (event.type) {
    case 'stocktake.opened.v1': {
      const { stocktakeId, departmentId, location, expected } = event.data;
      return {
        status: 'open',
        stocktakeId,
        departmentId,
        location,
        expected: Object.fromEntries(expected.map((a) => [a.assetId, a])),
        settled: {},
      };
    }
    case 'stocktake.counted.v1':
    case 'stocktake.surplus-recorded.v1':
    case 'stocktake.shortage-recorded.v1':
      if (state.status === 'none') return state;
      return { ...state, settled: { ...state.settled, [event.data.asset.assetId]: SETTLEMENT[event.type] } };
    case 'stocktake.closed.v1':
      return state.status === 'none' ? state : { ...state, status: 'closed' };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
