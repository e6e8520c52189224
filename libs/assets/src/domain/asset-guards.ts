import { Actor } from '@app/shared';
import { AssetError } from './asset.errors';
import { AssetState, RegisteredAsset } from './asset.state';

/** The asset a command acts on, or ASSET_NOT_FOUND. */
export function registeredAsset(command: { readonly assetId: string }, state: AssetState): RegisteredAsset | AssetError {
  if (state.status === 'registered') return state;
  if (state.status === 'written_off') {
    return new AssetError('ASSET_WRITTEN_OFF', `资产 ${state.assetNo} 已核销 (written off by disposal ${state.disposalId})`, {
      disposalId: state.disposalId,
    });
  }
  return new AssetError('ASSET_NOT_FOUND', `asset ${command.assetId} is not registered`);
}

/** Only the holding department acts on its asset's card and listing: NOT_YOUR_DEPARTMENT otherwise, null when it may. */
export function notOwnedBy(actor: Actor, asset: RegisteredAsset): AssetError | null {
  return actor.departmentId === asset.departmentId
    ? null
    : new AssetError('NOT_YOUR_DEPARTMENT', `asset ${asset.assetNo} belongs to department ${asset.departmentId}`);
}
