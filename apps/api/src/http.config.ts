import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { moduleConfig } from '@app/platform/config/module-config';

export class HttpConfig {
  @IsOptional()
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  PORT?: number;
}

export const httpConfig = moduleConfig('http', HttpConfig);
