import { ASSET_ERROR_STATUS } from '@app/assets';

/** Each module's error map, merged. A module adds its map here. */
export const DOMAIN_ERROR_STATUS: Readonly<Record<string, number>> = {
  ...ASSET_ERROR_STATUS,
};
