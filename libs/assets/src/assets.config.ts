import { IsInt, IsOptional, Min } from 'class-validator';
import { moduleConfig } from '@app/platform/config/module-config';

export class AssetsConfig {
  /**
   * 分 above which a transfer within one 主管部门 still needs the finance bureau's approval, in the demo
   * district's seeded initial policy only; afterwards the finance bureau records policies as data.
   */
  @IsOptional()
  @IsInt({ message: 'TRANSFER_FINANCE_APPROVAL_THRESHOLD_FEN must be a whole number of fen (分)' })
  @Min(0)
  TRANSFER_FINANCE_APPROVAL_THRESHOLD_FEN?: number;
}

export const assetsConfig = moduleConfig('assets', AssetsConfig);
