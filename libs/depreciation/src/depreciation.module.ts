import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { depreciationConfig } from './depreciation.config';
import { CloseDepreciationMonthHandler } from './commands/close-depreciation-month/close-depreciation-month.handler';
import { DepreciationLedgerSource } from './commands/depreciation-ledger.source';
import { LoadLifeTableHandler } from './commands/load-life-table/load-life-table.handler';

/** The depreciation context's command side: the useful-life table and the month close. */
@Module({
  imports: [CqrsModule, ConfigModule.forFeature(depreciationConfig)],
  providers: [DepreciationLedgerSource, CloseDepreciationMonthHandler, LoadLifeTableHandler],
  exports: [DepreciationLedgerSource],
})
export class DepreciationModule {}
