import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@app/shared';

/** Who a token speaks for, as the pages see it. */
export class ActorView {
  @ApiProperty({ example: 'mgr-edu' }) userId!: string;
  @ApiProperty({ enum: ROLES }) role!: (typeof ROLES)[number];
  @ApiProperty({ nullable: true, type: String, example: 'D-EDU', description: 'Null for residents' }) departmentId!: string | null;
  @ApiProperty({ example: '区教育局 资产管理员' }) displayName!: string;
}

export class SignedInView {
  @ApiProperty({ description: 'Bearer token, short-lived (ACCESS_TOKEN_SECONDS, 15 minutes by default)' }) accessToken!: string;
  @ApiProperty({ description: 'Exchange at POST /api/auth/refresh for the next pair; each works once' }) refreshToken!: string;
  @ApiProperty({ description: 'Seconds the access token lives' }) expiresIn!: number;
  @ApiProperty({ type: ActorView }) actor!: ActorView;
  @ApiProperty({ description: 'The initial password must be changed before anything else' }) mustChangePassword!: boolean;
}

/** Kept name for the demo login's answer (same shape as a sign-in). */
export class DemoLoginResponse extends SignedInView {}

export class SignInOptionsView {
  @ApiProperty({ description: 'Demo users may sign in without a password (DEMO_LOGIN=true; never in production)' }) demoLogin!: boolean;
  @ApiProperty({ description: 'Single sign-on through the unified identity platform (OpenID Connect) is configured' }) oidc!: boolean;
  @ApiProperty({ description: 'Residents may sign up and sign in with a mobile number and a code by SMS (an SMS provider is configured)' })
  phone!: boolean;
}

export class CodeSentView {
  @ApiProperty({ description: 'Seconds until another code may be asked for', example: 60 }) resendAfterSeconds!: number;
  @ApiProperty({ description: 'Seconds the code works', example: 300 }) expiresInSeconds!: number;
}
