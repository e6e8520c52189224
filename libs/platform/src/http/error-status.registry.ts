import { ASSET_ERROR_STATUS } from '@app/assets';
import { WAREHOUSE_REQUEST_ERROR_STATUS } from '@app/warehouse/domain/warehouse-requests.errors';
import { SHARING_ERROR_STATUS } from '@app/sharing/domain/sharing.errors';

/** Each module's error map, merged. A module adds its map here. */
export const DOMAIN_ERROR_STATUS: Readonly<Record<string, number>> = {
  VALIDATION_FAILED: 400,
  ...ASSET_ERROR_STATUS,
  ...WAREHOUSE_REQUEST_ERROR_STATUS,
  ...SHARING_ERROR_STATUS,
};
