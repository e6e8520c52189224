import { Body, Controller, Get, Headers, HttpCode, Inject, NotFoundException, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock } from '@app/shared';
import { CurrentActor, CurrentSessionId, Public, WhilePasswordChangePending } from '@app/platform/auth/auth.decorators';
import { DEMO_USERS } from '@app/platform/auth/demo-users';
import { ModuleConfig } from '@app/platform/config/module-config';
import { authConfig, authSettings } from '@app/platform/auth/auth.config';
import { AccountService } from '@app/platform/auth/account.service';
import { SessionService, SignedIn } from '@app/platform/auth/session.service';
import { OidcService } from '@app/platform/auth/oidc.service';
import { PhoneSignInService } from '@app/platform/auth/phone-sign-in.service';
import { CredentialStore } from '@app/platform/auth/credential-store';
import { verifyPassword } from '@app/platform/auth/password-hash';
import { commandContextFrom } from '@app/platform/http/command-context';
import { SignInThrottle } from '../hardening/throttling';
import { DemoLoginRequestDto } from './demo-login.request.dto';
import { ActorView, DemoLoginResponse, SignedInView, SignInOptionsView } from './actor.view';
import { ChangePasswordRequestDto, RefreshRequestDto, SignInRequestDto } from './auth.requests.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly demoEnabled: boolean;

  constructor(
    private readonly sessions: SessionService,
    private readonly accounts: AccountService,
    private readonly credentials: CredentialStore,
    private readonly clock: Clock,
    private readonly oidc: OidcService,
    private readonly phone: PhoneSignInService,
    @Inject(authConfig.KEY) config: ModuleConfig<typeof authConfig>,
  ) {
    this.demoEnabled = authSettings(config).demoLogin;
  }

  @Public()
  @Get('options')
  @ApiOperation({ summary: 'How one may sign in here: demo users on or off, single sign-on and phone sign-in configured or not' })
  @ApiOkResponse({ type: SignInOptionsView })
  options(): SignInOptionsView {
    return { demoLogin: this.demoEnabled, oidc: this.oidc.enabled, phone: this.phone.enabled };
  }

  @Public()
  @Get('demo-users')
  @ApiOperation({ summary: 'The seeded demo users (only when DEMO_LOGIN=true)' })
  @ApiOkResponse({ type: [ActorView] })
  demoUsers(): readonly Actor[] {
    if (!this.demoEnabled) throw new NotFoundException({ code: 'DEMO_LOGIN_DISABLED', message: 'demo login is disabled' });
    return DEMO_USERS;
  }

  @Public()
  @SignInThrottle()
  @Post('demo-login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in as a seeded demo account without a password (only when DEMO_LOGIN=true)' })
  @ApiOkResponse({ type: DemoLoginResponse })
  async demoLogin(@Body() body: DemoLoginRequestDto): Promise<SignedIn> {
    if (!this.demoEnabled) throw new NotFoundException({ code: 'DEMO_LOGIN_DISABLED', message: 'demo login is disabled' });
    if (!DEMO_USERS.some((u) => u.userId === body.userId))
      throw new NotFoundException({ code: 'UNKNOWN_USER', message: `no demo user ${body.userId}` });
    return this.sessions.signIn(body.userId, { verified: 'demo' });
  }

  @Public()
  @SignInThrottle()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with username and password; repeated failures lock the account for a while (423)' })
  @ApiOkResponse({ type: SignedInView })
  signIn(@Body() body: SignInRequestDto): Promise<SignedIn> {
    return this.sessions.signIn(body.username, { password: body.password }, body.role ?? null);
  }

  @Public()
  @SignInThrottle()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange the refresh token for a new access token and the next refresh token (rotation)' })
  @ApiOkResponse({ type: SignedInView })
  refresh(@Body() body: RefreshRequestDto): Promise<SignedIn> {
    return this.sessions.refresh(body.refreshToken);
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiBearerAuth()
  @WhilePasswordChangePending()
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working at once' })
  async signOut(@CurrentActor() actor: Actor, @CurrentSessionId() sessionId: string): Promise<void> {
    await this.sessions.signOut(actor, sessionId);
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @WhilePasswordChangePending()
  @ApiOperation({ summary: 'Change your own password (required after the first sign-in with an initial password)' })
  async changePassword(
    @Body() body: ChangePasswordRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: Record<string, string | undefined>,
  ) {
    const currentPasswordOk = await verifyPassword(body.currentPassword, await this.credentials.hashOf(actor.userId));
    const context = commandContextFrom(actor, headers, this.clock);
    await this.accounts.execute(
      {
        kind: 'ChangePassword',
        actor,
        now: context.now.toISOString(),
        username: actor.userId,
        currentPasswordOk,
        newPassword: body.newPassword,
      },
      context,
    );
    return { changed: true };
  }

  @Get('me')
  @ApiBearerAuth()
  @WhilePasswordChangePending()
  @ApiOperation({ summary: 'Who the bearer token says you are (role and unit as the account has them now)' })
  @ApiOkResponse({ type: ActorView })
  me(@CurrentActor() actor: Actor): Actor {
    return actor;
  }
}
