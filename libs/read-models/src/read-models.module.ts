import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { auditConfig } from './audit-log/audit.config';
import { AssetRegisterQueries } from './asset-register/asset-register.queries';
import { PropertyImportQueries } from './property-imports/property-import.queries';
import { DemandQueries } from './demands/demand.queries';
import { MarketplaceQueries } from './marketplace/marketplace.queries';
import { ListingVisibility } from './marketplace/listing-visibility';
import { TransferQueries } from './transfers/transfer.queries';
import { LoanQueries } from './loans/loan.queries';
import { SharingQueries } from './sharing/sharing.queries';
import { AuditQueries } from './audit-log/audit.queries';
import { MerkleLogService } from './audit-log/merkle-log.service';
import { AuditExportService } from './audit-log/audit-export.service';
import { ReportQueries } from './reports/reports.queries';
import { SearchQueries } from './search/search.queries';
import { AssetHistoryQueries } from './asset-history/asset-history.queries';
import { DisposalQueries } from './disposals/disposal.queries';
import { DepreciationQueries } from './depreciation/depreciation.queries';
import { StocktakeQueries } from './stocktakes/stocktake.queries';
import { InboxQueries } from './inbox/inbox.queries';
import { OutboundSettingsQueries } from './outbox/outbound-settings.queries';
import { SpaceNeedQueries } from './space-needs/space-needs.queries';
import { outboxConfig } from './outbox/outbox.config';
import { VenueSurveyQueries } from './property-sharing/venue-survey.queries';
import { VacancyQueries } from './property-sharing/vacancy.queries';
import { OpenSpacesNearbyQueries } from './property-sharing/open-spaces-nearby.queries';
import { PropertySpacesQueries } from './property-sharing/property-spaces.queries';
import { PropertyQueries } from './property/property.queries';

/**
 * The read side: queries over the projected tables, never the event store.
 * Needs the app's database, department directory and category catalog modules.
 */
@Module({
  imports: [ConfigModule.forFeature(auditConfig), ConfigModule.forFeature(outboxConfig)],
  providers: [
    AssetRegisterQueries,
    PropertyImportQueries,
    MarketplaceQueries,
    ListingVisibility,
    TransferQueries,
    LoanQueries,
    DemandQueries,
    SharingQueries,
    AuditQueries,
    MerkleLogService,
    AuditExportService,
    ReportQueries,
    SearchQueries,
    AssetHistoryQueries,
    DisposalQueries,
    DepreciationQueries,
    StocktakeQueries,
    InboxQueries,
    OutboundSettingsQueries,
    VenueSurveyQueries,
    VacancyQueries,
    OpenSpacesNearbyQueries,
    PropertySpacesQueries,
    PropertyQueries,
    SpaceNeedQueries,
  ],
  exports: [
    AssetRegisterQueries,
    PropertyImportQueries,
    MarketplaceQueries,
    ListingVisibility,
    TransferQueries,
    LoanQueries,
    DemandQueries,
    SharingQueries,
    AuditQueries,
    MerkleLogService,
    AuditExportService,
    ReportQueries,
    SearchQueries,
    AssetHistoryQueries,
    DisposalQueries,
    DepreciationQueries,
    StocktakeQueries,
    InboxQueries,
    OutboundSettingsQueries,
    VenueSurveyQueries,
    VacancyQueries,
    OpenSpacesNearbyQueries,
    PropertySpacesQueries,
    PropertyQueries,
    SpaceNeedQueries,
  ],
})
export class ReadModelsModule {}
