import { IsIn, IsOptional, MinLength } from 'class-validator';
import { moduleConfig } from '../config/module-config';

export class AuthConfig {
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  /** Enables POST /api/auth/demo-login with the seeded demo users. Never on in production. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'DEMO_LOGIN must be true or false' })
  DEMO_LOGIN?: 'true' | 'false';
}

export const authConfig = moduleConfig('auth', AuthConfig);
