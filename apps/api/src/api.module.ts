import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AssetsModule } from '@app/assets';
import { WarehouseModule } from '@app/warehouse';
import { SharingModule } from '@app/sharing';
import { ReadModelsModule } from '@app/read-models/read-models.module';
import { AuthModule } from '@app/platform/auth/auth.module';
import { DatabaseModule } from '@app/platform/database/database.module';
import { EventStoreModule } from '@app/platform/event-store/event-store.module';
import { DomainExceptionFilter } from '@app/platform/http/domain-exception.filter';
import { AssetsController } from './assets/assets.controller';
import { AuthController } from './auth/auth.controller';
import { CategoriesController } from './categories/categories.controller';
import { HealthController } from './health/health.controller';
import { ErrorsController } from './errors/errors.controller';
import { FilesController } from './files/files.controller';
import { ListingExpirySweeper } from './warehouse/listing-expiry.sweeper';
import { ListingsController } from './warehouse/listings.controller';
import { MarketplaceController } from './warehouse/marketplace.controller';
import { TransfersController } from './warehouse/transfers.controller';
import { DemandsController } from './warehouse/demands.controller';
import { PurchaseRequestsController } from './warehouse/purchase-requests.controller';
import { SpacesController } from './sharing/spaces.controller';
import { BookingsController } from './sharing/bookings.controller';
import { AuditController } from './audit/audit.controller';
import { TreeHeadScheduler } from './audit/tree-head.scheduler';
import { ReportsController } from './reports/reports.controller';
import { SearchController } from './search/search.controller';
import { DepartmentsController } from './departments/departments.controller';
import { AssetHistoryController } from './assets/asset-history.controller';
import { ApprovalsController } from './approvals/approvals.controller';
import { ApprovalInboxQueries } from './approvals/approval-inbox.queries';

@Module({
  imports: [
    CqrsModule.forRoot(),
    DatabaseModule,
    EventStoreModule,
    AuthModule,
    AssetsModule,
    ReadModelsModule,
    WarehouseModule,
    SharingModule,
  ],
  controllers: [
    AuthController,
    AssetsController,
    CategoriesController,
    HealthController,
    ErrorsController,
    FilesController,
    ListingsController,
    MarketplaceController,
    TransfersController,
    DemandsController,
    PurchaseRequestsController,
    SpacesController,
    BookingsController,
    AuditController,
    ReportsController,
    SearchController,
    DepartmentsController,
    AssetHistoryController,
    ApprovalsController,
  ],
  providers: [ApprovalInboxQueries, ListingExpirySweeper, TreeHeadScheduler, { provide: APP_FILTER, useClass: DomainExceptionFilter }],
})
export class ApiModule {}
