import { AssetRegisterProjection } from '@app/read-models/asset-register/asset-register.projection';
import { Projection } from '@app/read-models/projection';

/** Every read model the projector keeps. A new read model is one more entry here. */
export function allProjections(): Projection[] {
  return [new AssetRegisterProjection()];
}
