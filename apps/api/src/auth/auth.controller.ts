import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@app/shared';
import { CurrentActor, Public } from '@app/platform/auth/auth.decorators';
import { claimsFor } from '@app/platform/auth/auth.guard';
import { DEMO_USERS } from '@app/platform/auth/demo-users';
import { ModuleConfig } from '@app/platform/config/module-config';
import { authConfig } from '@app/platform/auth/auth.config';
import { DemoLoginRequestDto } from './demo-login.request.dto';
import { ActorView, DemoLoginResponse } from './actor.view';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly demoEnabled: boolean;

  constructor(
    private readonly jwt: JwtService,
    @Inject(authConfig.KEY) config: ModuleConfig<typeof authConfig>,
  ) {
    this.demoEnabled = config.DEMO_LOGIN === 'true';
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
  @Post('demo-login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Get a bearer token for a seeded demo user (only when DEMO_LOGIN=true)' })
  @ApiOkResponse({ type: DemoLoginResponse })
  async demoLogin(@Body() body: DemoLoginRequestDto): Promise<{ accessToken: string; actor: Actor }> {
    if (!this.demoEnabled) throw new NotFoundException({ code: 'DEMO_LOGIN_DISABLED', message: 'demo login is disabled' });
    const actor = DEMO_USERS.find((u) => u.userId === body.userId);
    if (!actor) throw new NotFoundException({ code: 'UNKNOWN_USER', message: `no demo user ${body.userId}` });
    return { accessToken: await this.jwt.signAsync(claimsFor(actor)), actor };
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the bearer token says you are' })
  @ApiOkResponse({ type: ActorView })
  me(@CurrentActor() actor: Actor): Actor {
    return actor;
  }
}
