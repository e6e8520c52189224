import { CategoryCodesNineCharacters1732300001720 } from './migrations/1732300001720-category-codes-nine-characters';
import { EventStoreHighWaterMark1732300001250, EventStoreSchema1732300000000 } from '@app/event-store';
import type { SchemaDefinition } from '@app/platform/database/migrate';
import { AssetRegisterRow } from './asset-register/asset-register.entity';
import { ProjectionCheckpoint } from './checkpoints/projection-checkpoint.entity';
import { ProjectionFailureRow } from './checkpoints/projection-failure.entity';
import { ListingClaimRow } from './marketplace/listing-claim.entity';
import { MarketplaceListingRow } from './marketplace/marketplace-listing.entity';
import { TransferRow } from './transfers/transfer.entity';
import { DemandRow } from './demands/demand.entity';
import { PurchaseRequestRow } from './purchase-requests/purchase-request.entity';
import { AuditLogEpochRow, AuditLogNodeRow, AuditLogRow, AuditTreeHeadRow } from './audit-log/audit-log.entity';
import { SearchItemRow } from './search/search-item.entity';
import { SharingBookerRow, SharingBookingRow, SharingResidentRow, SharingSpaceRow } from './sharing/sharing.entities';
import { AssetRegister1732300000100 } from './migrations/1732300000100-asset-register';
import { Warehouse1732300000200 } from './migrations/1732300000200-warehouse';
import { DemandsAndPurchases1732300000300 } from './migrations/1732300000300-demands-and-purchases';
import { Sharing1732300000400 } from './migrations/1732300000400-sharing';
import { AuditLog1732300000500 } from './migrations/1732300000500-audit-log';
import { SearchItems1732300000600 } from './migrations/1732300000600-search-items';
import { ProjectionFailures1732300000700 } from './migrations/1732300000700-projection-failures';
import { AuditSuites1732300000800 } from './migrations/1732300000800-audit-suites';
import { PersonalDataErasureRow, PersonalDataKeyRow } from '@app/platform/personal-data/personal-data-key.entity';
import { PersonalDataKeys1732300000900 } from '@app/platform/personal-data/personal-data-keys.migration';
import { ResidentPersonalData1732300001000 } from './migrations/1732300001000-resident-personal-data';
import { Credentials1732300001100 } from '@app/platform/auth/credentials.migration';
import { AuditLogNodes1732300001230 } from './migrations/1732300001230-audit-log-nodes';
import { AssetHistory1732300001300 } from './migrations/1732300001300-asset-history';
import { AssetHistoryChangeRow, AssetHistoryRow, AssetHistoryStreamRow } from './asset-history/asset-history.entity';
import { AssetHistoryChanges1732300001400 } from './migrations/1732300001400-asset-history-changes';
import { ListingInternalWindow1732300001500 } from './migrations/1732300001500-listing-internal-window';
import { ProjectionStopped1732300001600 } from './migrations/1732300001600-projection-stopped';
import { DisposalRow } from './disposals/disposal.entity';
import { Disposals1732300001700 } from './migrations/1732300001700-disposals';
import { Loans1732300001710 } from './migrations/1732300001710-loans';
import { LoanRow } from './loans/loan.entity';
import { SearchCategoryCode1732300001775 } from './migrations/1732300001775-search-category-code';
import { Depreciation1732300001770 } from './migrations/1732300001770-depreciation';
import { AssetRegisterChargedDepreciation1732300001790 } from './migrations/1732300001790-asset-register-charged-depreciation';
import { DepreciationCardValues1732300001795 } from './migrations/1732300001795-depreciation-card-values';
import { Stocktakes1732300001810 } from './migrations/1732300001810-stocktakes';
import { ListingExpiryWarning1732300001820 } from './migrations/1732300001820-listing-expiry-warning';
import { BookingReminders1732300001830 } from './migrations/1732300001830-booking-reminders';
import { Outbox1732300001930 } from './migrations/1732300001930-outbox';
import { SealedContactDetails1732300001940 } from './migrations/1732300001940-sealed-contact-details';
import { Properties1732300002000 } from './migrations/1732300002000-properties';
import { PropertyMapGeoIndex1732300002100 } from './migrations/1732300002100-property-map-geo-index';
import { PropertyOccupancyRow, PropertyRow } from './property/property.entities';
import { SharingSpaceProperty1732300002300 } from './migrations/1732300002300-sharing-space-property';
import { DepartmentWebhookRow, NotificationPreferenceRow, OutboxMessageRow } from './outbox/outbox.entities';
import { StocktakeItemRow, StocktakeRow } from './stocktakes/stocktake.entities';
import { Inbox1732300001850 } from './migrations/1732300001850-inbox';
import { InboxAccountRow, InboxNotificationRow, InboxReadMarkRow, InboxRefRow, InboxTodoRow } from './inbox/inbox.entities';
import {
  DepreciationAssetRow,
  DepreciationCardValueRow,
  DepreciationChargeRow,
  DepreciationLifeTableRow,
  DepreciationMonthRow,
} from './depreciation/depreciation.entities';
import { AssetImportJobRow, AssetImportRowRow } from '@app/assets/import/asset-import.entities';
import { SpaceNeeds1732300002200 } from './migrations/1732300002200-space-needs';
import { SpaceAllocationRow, SpaceNeedRow } from './space-needs/space-needs.entities';
import { AssetImports1732300001800 } from '@app/assets/import/asset-imports.migration';
import { PropertyImportJobRow, PropertyImportRowRow } from '@app/property/import/property-import.entities';
import { PropertyImports1732300002400 } from './migrations/1732300002400-property-imports';

/** Every table the system owns: the PostgreSQL event store, the read models and the credential store, in migration order. */
export const DATABASE_SCHEMA: SchemaDefinition = {
  entities: [
    ProjectionCheckpoint,
    ProjectionFailureRow,
    AssetRegisterRow,
    MarketplaceListingRow,
    ListingClaimRow,
    TransferRow,
    DemandRow,
    PurchaseRequestRow,
    SharingSpaceRow,
    SharingBookingRow,
    SharingResidentRow,
    SharingBookerRow,
    AuditLogRow,
    AuditTreeHeadRow,
    AuditLogEpochRow,
    AuditLogNodeRow,
    SearchItemRow,
    AssetHistoryRow,
    AssetHistoryStreamRow,
    AssetHistoryChangeRow,
    DisposalRow,
    PersonalDataKeyRow,
    PersonalDataErasureRow,
    LoanRow,
    DepreciationAssetRow,
    DepreciationCardValueRow,
    DepreciationChargeRow,
    DepreciationMonthRow,
    DepreciationLifeTableRow,
    AssetImportJobRow,
    AssetImportRowRow,
    PropertyImportJobRow,
    PropertyImportRowRow,
    StocktakeRow,
    StocktakeItemRow,
    InboxAccountRow,
    InboxRefRow,
    InboxTodoRow,
    InboxNotificationRow,
    InboxReadMarkRow,
    OutboxMessageRow,
    NotificationPreferenceRow,
    DepartmentWebhookRow,
    PropertyRow,
    PropertyOccupancyRow,
    SpaceNeedRow,
    SpaceAllocationRow,
  ],
  migrations: [
    EventStoreSchema1732300000000,
    AssetRegister1732300000100,
    Warehouse1732300000200,
    DemandsAndPurchases1732300000300,
    Sharing1732300000400,
    AuditLog1732300000500,
    SearchItems1732300000600,
    ProjectionFailures1732300000700,
    AuditSuites1732300000800,
    PersonalDataKeys1732300000900,
    ResidentPersonalData1732300001000,
    Credentials1732300001100,
    AuditLogNodes1732300001230,
    EventStoreHighWaterMark1732300001250,
    AssetHistory1732300001300,
    AssetHistoryChanges1732300001400,
    ListingInternalWindow1732300001500,
    ProjectionStopped1732300001600,
    Disposals1732300001700,
    Loans1732300001710,
    CategoryCodesNineCharacters1732300001720,
    Depreciation1732300001770,
    SearchCategoryCode1732300001775,
    AssetRegisterChargedDepreciation1732300001790,
    DepreciationCardValues1732300001795,
    AssetImports1732300001800,
    Stocktakes1732300001810,
    ListingExpiryWarning1732300001820,
    BookingReminders1732300001830,
    Inbox1732300001850,
    Outbox1732300001930,
    SealedContactDetails1732300001940,
    Properties1732300002000,
    PropertyMapGeoIndex1732300002100,
    SpaceNeeds1732300002200,
    SharingSpaceProperty1732300002300,
    PropertyImports1732300002400,
  ],
};
