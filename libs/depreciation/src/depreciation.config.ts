import { IsOptional, Matches } from 'class-validator';
import { moduleConfig } from '@app/platform/config/module-config';
import { MONTH_PATTERN } from './domain/months';

export class DepreciationConfig {
  /**
   * The month the depreciation ledger starts (YYYY-MM): its first close. For a district whose cards were
   * registered before it kept the ledger here (their 累计折旧 typed up to then). Unset: the month the first
   * depreciating card entered the books.
   */
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'DEPRECIATION_LEDGER_START must be a month YYYY-MM' })
  DEPRECIATION_LEDGER_START?: string;
}

export const depreciationConfig = moduleConfig('depreciation', DepreciationConfig);
