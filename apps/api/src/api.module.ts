import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AssetsModule } from '@app/assets';
import { AssetRegisterQueries } from '@app/read-models';
import { AuthModule } from '@app/platform/auth/auth.module';
import { DatabaseModule } from '@app/platform/database/database.module';
import { EventStoreModule } from '@app/platform/event-store/event-store.module';
import { DomainExceptionFilter } from '@app/platform/http/domain-exception.filter';
import { AssetsController } from './assets/assets.controller';
import { AuthController } from './auth/auth.controller';
import { CategoriesController } from './categories/categories.controller';
import { HealthController } from './health/health.controller';

@Module({
  imports: [CqrsModule.forRoot(), DatabaseModule, EventStoreModule, AuthModule, AssetsModule],
  controllers: [AuthController, AssetsController, CategoriesController, HealthController],
  providers: [AssetRegisterQueries, { provide: APP_FILTER, useClass: DomainExceptionFilter }],
})
export class ApiModule {}
