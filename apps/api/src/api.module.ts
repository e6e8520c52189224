import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ASSET_DECIDER_DEPS, AssetDeciderDeps, AssetsModule } from '@app/assets';
import { DepartmentDirectory } from '@app/shared';
import { MarketplaceQueries } from '@app/read-models/marketplace/marketplace.queries';
import { TransferQueries } from '@app/read-models/transfers/transfer.queries';
import { AssetRegisterQueries } from '@app/read-models';
import { AuthModule } from '@app/platform/auth/auth.module';
import { DatabaseModule } from '@app/platform/database/database.module';
import { EventStoreModule } from '@app/platform/event-store/event-store.module';
import { DomainExceptionFilter } from '@app/platform/http/domain-exception.filter';
import { AssetsController } from './assets/assets.controller';
import { AuthController } from './auth/auth.controller';
import { CategoriesController } from './categories/categories.controller';
import { HealthController } from './health/health.controller';
import { FilesController } from './files/files.controller';
import { ListingExpirySweeper } from './warehouse/listing-expiry.sweeper';
import { ListingsController } from './warehouse/listings.controller';
import { MarketplaceController } from './warehouse/marketplace.controller';
import { TransfersController } from './warehouse/transfers.controller';

@Module({
  imports: [CqrsModule.forRoot(), DatabaseModule, EventStoreModule, AuthModule, AssetsModule],
  controllers: [AuthController, AssetsController, CategoriesController, HealthController, FilesController, ListingsController, MarketplaceController, TransfersController],
  providers: [
    AssetRegisterQueries,
    MarketplaceQueries,
    TransferQueries,
    ListingExpirySweeper,
    { provide: DepartmentDirectory, useFactory: (deps: AssetDeciderDeps) => deps.departments, inject: [ASSET_DECIDER_DEPS] },
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
  ],
})
export class ApiModule {}
