import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { ScheduleModule } from '@nestjs/schedule';
import { AssetsModule, CategoryCatalogModule } from '@app/assets';
import { DepreciationModule } from '@app/depreciation';
import { IdleStock, WarehouseModule } from '@app/warehouse';
import { Clock } from '@app/shared';
import { SharingModule } from '@app/sharing';
import { PropertyModule } from '@app/property';
import { CalendarModule, CalendarSource } from '@app/calendar';
import { ReadModelsModule } from '@app/read-models/read-models.module';
import { MarketplaceQueries } from '@app/read-models/marketplace/marketplace.queries';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { AuthModule } from '@app/platform/auth/auth.module';
import { ClockModule } from '@app/platform/clock/clock.module';
import { AppConfigModule, ModuleConfig } from '@app/platform/config/module-config';
import { DatabaseModule } from '@app/platform/database/database.module';
import { OrganisationModule } from '@app/platform/organisation/organisation.module';
import { EventStoreModule } from '@app/platform/event-store/event-store.module';
import { DomainExceptionFilter } from '@app/platform/http/domain-exception.filter';
import { AssetsController } from './assets/assets.controller';
import { PropertiesController } from './property/properties.controller';
import { AuthController } from './auth/auth.controller';
import { OrganisationController } from './organisation/organisation.controller';
import { ApprovalPoliciesController } from './policies/approval-policies.controller';
import { CategoriesController } from './categories/categories.controller';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { observabilityConfig } from '@app/platform/observability/observability.config';
import { loggingImports } from '@app/platform/observability/json-logging';
import { ErrorsController } from './errors/errors.controller';
import { FilesController } from './files/files.controller';
import { listingExpiryConfig, ListingExpirySweeper } from './warehouse/listing-expiry.sweeper';
import { autoNoShowConfig, NoShowSweeper } from './sharing/no-show.sweeper';
import { ListingsController } from './warehouse/listings.controller';
import { MarketplaceController } from './warehouse/marketplace.controller';
import { TransfersController } from './warehouse/transfers.controller';
import { LoansController } from './loans/loans.controller';
import { StocktakesController } from './stocktakes/stocktakes.controller';
import { DemandsController } from './warehouse/demands.controller';
import { PurchaseRequestsController } from './warehouse/purchase-requests.controller';
import { SpacesController } from './sharing/spaces.controller';
import { VenueSurveyController } from './property-sharing/venue-survey.controller';
import { PropertySpacesController } from './property-sharing/property-spaces.controller';
import { PropertyReportsController } from './reports/property-reports.controller';
import { BookingsController } from './sharing/bookings.controller';
import { CalendarController } from './calendar/calendar.controller';
import { ResidentsController } from './sharing/residents.controller';
import { PersonalDataPresenter } from './sharing/personal-data.presenter';
import { ResidentRetentionJob, residentRetentionConfig } from './sharing/resident-retention.job';
import { bookingReminderConfig, BookingReminderSweeper } from './sharing/booking-reminder.sweeper';
import { PersonalDataModule } from '@app/platform/personal-data/personal-data.module';
import { AuditController } from './audit/audit.controller';
import { TreeHeadScheduler, treeHeadScheduleConfig } from './audit/tree-head.scheduler';
import { httpConfig } from './http.config';
import { hardeningConfig } from './hardening/hardening.config';
import { AppThrottlerGuard, throttlerOptions } from './hardening/throttling';
import { AccountsController } from './accounts/accounts.controller';
import { OidcController } from './auth/oidc.controller';
import { PhoneSignInController } from './auth/phone-sign-in.controller';
import { ReportsController } from './reports/reports.controller';
import { SearchController } from './search/search.controller';
import { DepartmentsController } from './departments/departments.controller';
import { AssetHistoryController } from './assets/asset-history.controller';
import { ApprovalsController } from './approvals/approvals.controller';
import { DisposalsController } from './disposals/disposals.controller';
import { ApprovalInboxQueries } from './approvals/approval-inbox.queries';
import { ApprovalEscalationSweeper, approvalEscalationConfig, WORKING_DAY_CALENDAR } from './approvals/approval-escalation.sweeper';
import { CryptoSuiteModule } from '@app/platform/crypto/crypto-suite.module';
import { ReadYourWritesInterceptor } from './consistency/read-your-writes.interceptor';
import { readYourWritesConfig } from './consistency/read-your-writes.config';
import { DepreciationController } from './depreciation/depreciation.controller';
import { depreciationScheduleConfig, MonthlyDepreciationCloseJob } from './depreciation/monthly-close.job';
import { AssetImportsController } from './imports/asset-imports.controller';
import { PropertyImportsController } from './property-imports/property-imports.controller';
import { PropertyImportReportBuilder } from './property-imports/property-import-report';
import { PropertyImportModule } from '@app/property/import/property-import.module';
import { OutboundController } from './outbound/outbound.controller';
import { SealContactDetailsOnStart } from './outbound/seal-contact-details.on-start';
import { ImportReportBuilder } from './imports/import-report';
import { depreciationConfig } from '@app/depreciation';
import { databaseConfig } from '@app/platform/database/database.config';
import { InboxController } from './inbox/inbox.controller';
import { PropertyMapModule } from './property-map/property-map.module';
import { SpaceNeedsModule } from '@app/property/space-needs.module';
import { SpaceNeedsController } from './space-needs/space-needs.controller';
import { SpaceAllocationsController } from './space-needs/space-allocations.controller';
import { InboxLiveService } from './inbox/inbox-live.service';

/** The HTTP app composes the contexts: their command modules, the read side, and the ports between them. */
@Module({
  imports: [
    AppConfigModule,
    ConfigModule.forFeature(httpConfig),
    ConfigModule.forFeature(treeHeadScheduleConfig),
    ConfigModule.forFeature(hardeningConfig),
    ConfigModule.forFeature(observabilityConfig),
    ThrottlerModule.forRootAsync({
      imports: [ConfigModule.forFeature(hardeningConfig)],
      inject: [hardeningConfig.KEY],
      useFactory: (config: ModuleConfig<typeof hardeningConfig>) => throttlerOptions(config),
    }),
    ConfigModule.forFeature(readYourWritesConfig),
    ConfigModule.forFeature(residentRetentionConfig),
    ConfigModule.forFeature(depreciationScheduleConfig),
    ConfigModule.forFeature(depreciationConfig),
    ConfigModule.forFeature(approvalEscalationConfig),
    ConfigModule.forFeature(listingExpiryConfig),
    ConfigModule.forFeature(bookingReminderConfig),
    ConfigModule.forFeature(autoNoShowConfig),
    ConfigModule.forFeature(databaseConfig),
    ScheduleModule.forRoot(),
    CqrsModule.forRoot(),
    DatabaseModule.forRoot(DATABASE_SCHEMA),
    EventStoreModule,
    PersonalDataModule,
    CryptoSuiteModule,
    AuthModule,
    OrganisationModule,
    CategoryCatalogModule,
    AssetsModule,
    ReadModelsModule,
    // The purchase gate reads idle stock from the warehouse read model: advisory, projector-lag fresh (see IdleStock).
    WarehouseModule.register({
      imports: [ReadModelsModule],
      idleStock: {
        useFactory: (marketplace: MarketplaceQueries): IdleStock => ({
          openListingsOf: (categoryCode, requester, now) => marketplace.openOfCategory(categoryCode, requester, now),
        }),
        inject: [MarketplaceQueries],
      },
    }),
    SharingModule,
    PropertyModule,
    CalendarModule,
    DepreciationModule,
    PropertyImportModule,
    PropertyMapModule,
    SpaceNeedsModule,
  ],
  controllers: [
    OutboundController,
    AuthController,
    AccountsController,
    OidcController,
    PhoneSignInController,
    OrganisationController,
    ApprovalPoliciesController,
    DisposalsController,
    AssetsController,
    AssetImportsController,
    PropertyImportsController,
    CategoriesController,
    HealthController,
    MetricsController,
    ErrorsController,
    FilesController,
    ListingsController,
    LoansController,
    StocktakesController,
    MarketplaceController,
    TransfersController,
    DemandsController,
    PurchaseRequestsController,
    SpacesController,
    VenueSurveyController,
    PropertySpacesController,
    PropertyReportsController,
    PropertiesController,
    BookingsController,
    CalendarController,
    ResidentsController,
    AuditController,
    ReportsController,
    SearchController,
    DepartmentsController,
    AssetHistoryController,
    ApprovalsController,
    DepreciationController,
    InboxController,
    SpaceNeedsController,
    SpaceAllocationsController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AppThrottlerGuard },
    ApprovalInboxQueries,
    ListingExpirySweeper,
    NoShowSweeper,
    ApprovalEscalationSweeper,
    BookingReminderSweeper,
    // Working days on the calendar kept by people: recorded years first, the package's otherwise.
    { provide: WORKING_DAY_CALENDAR, useExisting: CalendarSource },
    TreeHeadScheduler,
    PersonalDataPresenter,
    SealContactDetailsOnStart,
    ResidentRetentionJob,
    MonthlyDepreciationCloseJob,
    ImportReportBuilder,
    PropertyImportReportBuilder,
    InboxLiveService,
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
  ],
})
export class ApiModule {
  /** The app with its clock: the system clock in production, a movable one in end-to-end tests. */
  static forRoot(options: { clock?: Clock } = {}): DynamicModule {
    return { module: ApiModule, imports: [ClockModule.forRoot(options.clock), ...loggingImports()] };
  }
}
