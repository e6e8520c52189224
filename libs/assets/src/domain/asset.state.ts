import { AssetCardFields, AssetEvent } from './asset.events';

export type AssetState =
  | { readonly status: 'unregistered' }
  | ({ readonly status: 'registered'; readonly assetId: string; readonly assetNo: string; readonly departmentId: string } & AssetCardFields);

export const initialAssetState = (): AssetState => ({ status: 'unregistered' });

export function evolveAsset(state: AssetState, event: AssetEvent): AssetState {
  switch (event.type) {
    case 'asset.registered.v1':
      return { status: 'registered', ...event.data };
    case 'asset.corrected.v1':
      return state.status === 'registered' ? { ...state, ...event.data.corrected } : state;
    case 'asset.relocated.v1':
      return state.status === 'registered' ? { ...state, ...event.data.to } : state;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
