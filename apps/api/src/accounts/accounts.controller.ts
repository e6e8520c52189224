import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountCommand, AccountRole, Actor, Clock } from '@app/shared';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { AccountService } from '@app/platform/auth/account.service';
import { commandContextFrom } from '@app/platform/http/command-context';
import { AccountChangeView, AccountView } from './account.view';
import {
  CreateAccountRequestDto,
  DisableAccountRequestDto,
  MoveAccountRequestDto,
  ResetPasswordRequestDto,
  RoleRequestDto,
} from './accounts.requests.dto';

type HeaderMap = Record<string, string | undefined>;
type Change = AccountCommand extends infer C ? (C extends AccountCommand ? Omit<C, 'actor' | 'now'> : never) : never;

/** Accounts (账号管理): the 系统管理员 creates them, grants and revokes roles, moves them between units, disables them. */
@ApiTags('accounts')
@ApiBearerAuth()
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('system_admin')
  @ApiOperation({ summary: 'Every account with its roles, unit and state' })
  @ApiOkResponse({ type: [AccountView] })
  list() {
    return this.accounts.list();
  }

  @Post()
  @Roles('system_admin')
  @ApiOperation({ summary: 'Create an account in a unit of the tree, with an initial password to be changed at first sign-in' })
  @ApiCreatedResponse({ type: AccountChangeView })
  create(@Body() body: CreateAccountRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    const departmentId = body.departmentId ?? null;
    return this.run(
      {
        kind: 'CreateAccount',
        username: body.username,
        displayName: body.displayName,
        roles: body.roles as AccountRole[],
        departmentId,
        unit: this.accounts.unitFacts(departmentId),
        initialPassword: body.initialPassword,
        phone: null,
        mustChangePassword: true,
      },
      actor,
      headers,
    );
  }

  @Post(':username/roles')
  @HttpCode(200)
  @Roles('system_admin')
  @ApiOperation({ summary: 'Grant a role' })
  @ApiOkResponse({ type: AccountChangeView })
  grant(@Param('username') username: string, @Body() body: RoleRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    return this.run({ kind: 'GrantRole', username, role: body.role }, actor, headers);
  }

  @Post(':username/role-revocations')
  @HttpCode(200)
  @Roles('system_admin')
  @ApiOperation({ summary: 'Revoke a role (sessions acting in it stop at once)' })
  @ApiOkResponse({ type: AccountChangeView })
  revoke(@Param('username') username: string, @Body() body: RoleRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    return this.run({ kind: 'RevokeRole', username, role: body.role }, actor, headers);
  }

  @Post(':username/unit')
  @HttpCode(200)
  @Roles('system_admin')
  @ApiOperation({ summary: 'Move the account to another unit of the tree' })
  @ApiOkResponse({ type: AccountChangeView })
  move(
    @Param('username') username: string,
    @Body() body: MoveAccountRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: HeaderMap,
  ) {
    return this.run(
      { kind: 'MoveAccount', username, departmentId: body.departmentId, unit: this.accounts.unitFacts(body.departmentId)! },
      actor,
      headers,
    );
  }

  @Post(':username/disabling')
  @HttpCode(200)
  @Roles('system_admin')
  @ApiOperation({ summary: 'Disable the account (its sessions stop at once; history stays)' })
  @ApiOkResponse({ type: AccountChangeView })
  disable(
    @Param('username') username: string,
    @Body() body: DisableAccountRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: HeaderMap,
  ) {
    return this.run({ kind: 'DisableAccount', username, reason: body.reason }, actor, headers);
  }

  @Post(':username/password-reset')
  @HttpCode(200)
  @Roles('system_admin')
  @ApiOperation({ summary: 'Set a new initial password (to be changed at the next sign-in); also ends a lock-out' })
  @ApiOkResponse({ type: AccountChangeView })
  reset(
    @Param('username') username: string,
    @Body() body: ResetPasswordRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: HeaderMap,
  ) {
    return this.run({ kind: 'ResetPassword', username, newPassword: body.newPassword }, actor, headers);
  }

  private async run(change: Change, actor: Actor, headers: HeaderMap) {
    const context = commandContextFrom(actor, headers, this.clock);
    const result = await this.accounts.execute({ ...change, actor, now: context.now.toISOString() } as AccountCommand, context);
    return { username: change.username, revision: String(result.revision), events: result.events.map((e) => e.type) };
  }
}
