import { Module } from '@nestjs/common';
import { ASSET_DECIDER_DEPS, AssetDeciderDeps, AssetsModule } from '@app/assets';
import { DepartmentDirectory } from '@app/shared';
import { AssetRegisterQueries } from './asset-register/asset-register.queries';
import { DemandQueries } from './demands/demand.queries';
import { MarketplaceQueries } from './marketplace/marketplace.queries';
import { ListingVisibility } from './marketplace/listing-visibility';
import { TransferQueries } from './transfers/transfer.queries';
import { SharingQueries } from './sharing/sharing.queries';
import { AuditQueries } from './audit-log/audit.queries';
import { MerkleLogService } from './audit-log/merkle-log.service';
import { AuditExportService } from './audit-log/audit-export.service';
import { ReportQueries } from './reports/reports.queries';
import { SearchQueries } from './search/search.queries';

/** The read side: queries over the projected tables, never the event store. */
@Module({
  imports: [AssetsModule],
  providers: [
    { provide: DepartmentDirectory, useFactory: (deps: AssetDeciderDeps) => deps.departments, inject: [ASSET_DECIDER_DEPS] },
    AssetRegisterQueries,
    MarketplaceQueries,
    ListingVisibility,
    TransferQueries,
    DemandQueries,
    SharingQueries,
    AuditQueries,
    MerkleLogService,
    AuditExportService,
    ReportQueries,
    SearchQueries,
  ],
  exports: [
    DepartmentDirectory,
    AssetRegisterQueries,
    MarketplaceQueries,
    ListingVisibility,
    TransferQueries,
    DemandQueries,
    SharingQueries,
    AuditQueries,
    MerkleLogService,
    AuditExportService,
    ReportQueries,
    SearchQueries,
  ],
})
export class ReadModelsModule {}
