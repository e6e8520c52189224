import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { moduleConfig } from '@app/platform/config/module-config';

export class ReadYourWritesConfig {
  /** The longest a read carrying X-Read-After waits for the read models to apply the caller's own writes. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30000)
  READ_AFTER_MAX_WAIT_MS?: number;
}

export const readYourWritesConfig = moduleConfig('readYourWrites', ReadYourWritesConfig);
