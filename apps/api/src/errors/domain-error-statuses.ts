import { ASSET_ERROR_KIND } from '@app/assets';
import { PROPERTY_ERROR_KIND } from '@app/property';
import { SPACE_NEED_ERROR_KIND } from '@app/property/needs/domain/space-need.errors';
import { DEPRECIATION_ERROR_KIND } from '@app/depreciation/domain/depreciation.errors';
import { CALENDAR_ERROR_KIND } from '@app/calendar/domain/calendar.errors';
import { ACCOUNT_ERROR_KIND, ErrorKind, PHONE_SIGN_IN_ERROR_KIND, REST_DAY_CALENDAR_ERROR_KIND } from '@app/shared';
import { SHARING_ERROR_KIND } from '@app/sharing/domain/sharing.errors';
import { WAREHOUSE_REQUEST_ERROR_KIND } from '@app/warehouse/domain/warehouse-requests.errors';
import { STATUS_OF_KIND } from '@app/platform/http/domain-exception.filter';

/** Every domain error code of the contexts this app composes, with the status its kind maps to (for GET /api/errors). */
export const DOMAIN_ERROR_STATUS: Readonly<Record<string, number>> = {
  VALIDATION_FAILED: 400,
  ...Object.fromEntries(
    Object.entries({
      ...ASSET_ERROR_KIND,
      ...WAREHOUSE_REQUEST_ERROR_KIND,
      ...SHARING_ERROR_KIND,
      ...PROPERTY_ERROR_KIND,
      ...SPACE_NEED_ERROR_KIND,
      ...ACCOUNT_ERROR_KIND,
      ...PHONE_SIGN_IN_ERROR_KIND,
      ...DEPRECIATION_ERROR_KIND,
      ...CALENDAR_ERROR_KIND,
      ...REST_DAY_CALENDAR_ERROR_KIND,
    } as Record<string, ErrorKind>).map(([code, kind]) => [code, STATUS_OF_KIND[kind]]),
  ),
};
