import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { moduleConfig } from '@app/platform/config/module-config';

export class SharingConfig {
  /** No-shows and overstays within the window that suspend a booker. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  SHARING_STRIKE_LIMIT?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  SHARING_STRIKE_WINDOW_DAYS?: number;

  /** How long a suspended booker may not book. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  SHARING_PENALTY_DAYS?: number;
}

export const sharingConfig = moduleConfig('sharing', SharingConfig);
