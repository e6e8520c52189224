import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock } from '@app/shared';
import {
  EraseMyDataRequestDto,
  EraseResidentCommand,
  EraseResidentRequestDto,
  GiveConsentCommand,
  GiveConsentRequestDto,
  PRIVACY_NOTICE,
  RecordResidentProfileCommand,
  RecordResidentProfileRequestDto,
  SharingCommandResult,
  WithdrawConsentCommand,
} from '@app/sharing';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, RawHeaders } from '@app/platform/http/command-context';
import { PersonalDataPresenter } from './personal-data.presenter';
import { MyPrivacyView, PrivacyNoticeView, ResidentView } from './residents.views';

const EVERYONE = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident', 'system_admin'] as const;
const ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Residents' personal information: profile, consent to the notice, erasure (《个人信息保护法》). */
@ApiTags('residents (个人信息)')
@ApiBearerAuth()
@Controller('residents')
export class ResidentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly sharing: SharingQueries,
    private readonly people: PersonalDataPresenter,
    private readonly clock: Clock,
  ) {}

  @Get('privacy-notice')
  @Roles(...EVERYONE)
  @ApiOkResponse({ type: PrivacyNoticeView })
  @ApiOperation({ summary: 'The personal-information notice in force: what is collected, why, how long, and how to erase it' })
  notice(): PrivacyNoticeView {
    return { version: PRIVACY_NOTICE.version, purposes: [...PRIVACY_NOTICE.purposes], text: { ...PRIVACY_NOTICE.text } };
  }

  @Post('me')
  @HttpCode(200)
  @Roles('resident')
  @ApiOperation({ summary: 'Record your name, phone and plate: only what a booking needs, stored encrypted under your own key' })
  @ApiOkResponse({ type: SharingCommandResult })
  recordProfile(@Body() body: RecordResidentProfileRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new RecordResidentProfileCommand(body, commandContextFrom(actor, h, this.clock)));
  }

  @Get('me')
  @Roles('resident')
  @ApiOkResponse({ type: ResidentView })
  @ApiOperation({ summary: 'Your profile in full (only you see it so)' })
  async profile(@CurrentActor() actor: Actor): Promise<ResidentView> {
    const row = await this.sharing.resident(actor.userId);
    const own = row?.personal && !row.erasedAt ? await this.people.ownProfile(row.personal) : null;
    if (!own) throw new NotFoundException({ code: 'RESIDENT_PROFILE_REQUIRED', message: 'no profile recorded yet' });
    return { residentId: actor.userId, name: own.name, phone: own.phone, plateNumber: own.plateNumber };
  }

  @Get('me/privacy')
  @Roles('resident')
  @ApiOkResponse({ type: MyPrivacyView })
  @ApiOperation({ summary: 'The notice in force, your consent to it, and whether your personal data is held or was erased' })
  async privacy(@CurrentActor() actor: Actor): Promise<MyPrivacyView> {
    const row = await this.sharing.resident(actor.userId);
    return {
      notice: this.notice(),
      consent:
        row?.consentVersion && row.consentedAt
          ? {
              noticeVersion: row.consentVersion,
              givenAt: row.consentedAt.toISOString(),
              current: row.consentVersion === PRIVACY_NOTICE.version,
            }
          : null,
      profileRecorded: Boolean(row?.personal),
      erasedAt: row?.erasedAt?.toISOString() ?? null,
      erasedBy: row?.erasedBy ? row.erasedBy.split(':')[0] : null,
    };
  }

  @Post('me/consent')
  @HttpCode(200)
  @Roles('resident')
  @ApiOperation({ summary: 'Agree to the notice you read (its version); booking needs consent to the version in force' })
  @ApiOkResponse({ type: SharingCommandResult })
  consent(@Body() body: GiveConsentRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new GiveConsentCommand(body.noticeVersion, commandContextFrom(actor, h, this.clock)));
  }

  @Post('me/consent/withdrawal')
  @HttpCode(200)
  @Roles('resident')
  @ApiOperation({ summary: 'Withdraw your consent: bookings made stand, new ones need consent again' })
  @ApiOkResponse({ type: SharingCommandResult })
  withdraw(@CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new WithdrawConsentCommand(commandContextFrom(actor, h, this.clock)));
  }

  @Post('me/erasure')
  @HttpCode(200)
  @Roles('resident')
  @ApiOperation({
    summary:
      'Erase your personal data (注销): your key is destroyed, name, phone and plate read 已注销 everywhere; bookings and figures remain',
  })
  @ApiOkResponse({ type: SharingCommandResult })
  eraseMine(@Body() body: EraseMyDataRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(
      new EraseResidentCommand(actor.userId, 'resident', body.reason ?? '', commandContextFrom(actor, h, this.clock)),
    );
  }

  @Post(':residentId/erasure')
  @HttpCode(200)
  @Roles('asset_manager', 'system_admin')
  @ApiOperation({ summary: "Erase a resident's personal data on their request (the reason names the request)" })
  @ApiOkResponse({ type: SharingCommandResult })
  erase(
    @Param('residentId') residentId: string,
    @Body() body: EraseResidentRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    if (!ACCOUNT_ID.test(residentId)) throw new NotFoundException({ code: 'RESIDENT_NOT_FOUND', message: `no resident ${residentId}` });
    return this.commands.execute(
      new EraseResidentCommand(residentId, 'administrator', body.reason, commandContextFrom(actor, h, this.clock)),
    );
  }
}
