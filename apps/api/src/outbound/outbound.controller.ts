import { BadRequestException, Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock } from '@app/shared';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { OutboundSettingsQueries } from '@app/read-models/outbox/outbound-settings.queries';
import { preferenceProblem, webhookUrlProblem } from '@app/read-models/outbox/outbound-address';
import {
  DeadLetterView,
  NotificationPreferencesRequestDto,
  NotificationPreferencesView,
  UnitWebhookRequestDto,
  UnitWebhookSavedView,
  UnitWebhookView,
} from './outbound.dto';

const uuid = new ParseUUIDPipe();
const ALL_ROLES = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident', 'system_admin'] as const;
/** 138****8000: the administrator sees which number, not the number. */
const maskPhone = (to: string) => (/^\d{11}$/.test(to) ? `${to.slice(0, 3)}****${to.slice(-4)}` : to);

/** Outbound channels: each person's choice, the unit's webhook (its asset manager), the dead letters (the administrator). */
@ApiTags('outbound (通知渠道)')
@ApiBearerAuth()
@Controller()
export class OutboundController {
  constructor(
    private readonly settings: OutboundSettingsQueries,
    private readonly clock: Clock,
  ) {}

  @Get('notification-preferences')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'My notification channels (邮件/短信/Webhook) and addresses; residents get SMS by default' })
  @ApiOkResponse({ type: NotificationPreferencesView })
  async mine(@CurrentActor() actor: Actor): Promise<NotificationPreferencesView> {
    const unitWebhook = actor.departmentId !== null && (await this.settings.webhookOf(actor.departmentId)).url !== null;
    return { ...(await this.settings.preferencesOf(actor.userId, actor.role)), unitWebhook };
  }

  @Post('notification-preferences')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Choose my channels; each chosen channel needs its address (the webhook: a unit)' })
  @ApiOkResponse({ type: NotificationPreferencesView })
  async choose(@Body() body: NotificationPreferencesRequestDto, @CurrentActor() actor: Actor): Promise<NotificationPreferencesView> {
    const choice = { channels: body.channels, email: body.email ?? null, phone: body.phone ?? null };
    const problem = preferenceProblem(choice, actor.departmentId);
    if (problem) throw new BadRequestException({ code: problem, message: problem });
    await this.settings.savePreferences(actor.userId, actor.departmentId, choice, this.clock.now());
    return this.mine(actor);
  }

  @Get('my-unit/webhook')
  @Roles('asset_manager')
  @ApiOperation({ summary: 'My unit’s webhook (set by the unit’s asset manager); the secret is never shown again' })
  @ApiOkResponse({ type: UnitWebhookView })
  webhook(@CurrentActor() actor: Actor): Promise<UnitWebhookView> {
    return this.settings.webhookOf(actor.departmentId!);
  }

  @Post('my-unit/webhook')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({
    summary: 'Set my unit’s webhook URL (https; a private-network target is refused in production) with a new signing secret, shown once',
  })
  @ApiOkResponse({ type: UnitWebhookSavedView })
  async setWebhook(@Body() body: UnitWebhookRequestDto, @CurrentActor() actor: Actor): Promise<UnitWebhookSavedView> {
    const url = body.url.trim();
    const problem = webhookUrlProblem(url, this.settings.allowPrivateWebhooks);
    if (problem) throw new BadRequestException({ code: problem, message: problem });
    const secret = await this.settings.saveWebhook(actor.departmentId!, url, actor.userId, this.clock.now());
    return { ...(await this.settings.webhookOf(actor.departmentId!)), secret };
  }

  @Post('my-unit/webhook/removal')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Remove my unit’s webhook (messages still due to it end as dead letters)' })
  @ApiOkResponse({ type: UnitWebhookView })
  async removeWebhook(@CurrentActor() actor: Actor): Promise<UnitWebhookView> {
    await this.settings.removeWebhook(actor.departmentId!);
    return this.settings.webhookOf(actor.departmentId!);
  }

  @Get('outbox/dead-letters')
  @Roles('system_admin')
  @ApiOperation({ summary: 'Messages that could not be sent after their last try (死信), newest first, with the reason' })
  @ApiOkResponse({ type: [DeadLetterView] })
  async deadLetters(): Promise<DeadLetterView[]> {
    return (await this.settings.deadLetters()).map((d) => ({
      messageId: d.messageId,
      notificationId: d.notificationId,
      channel: d.channel,
      userId: d.userId,
      recipient: d.channel === 'sms' ? maskPhone(d.recipient) : d.recipient,
      subject: d.subject,
      attempts: d.attempts,
      lastError: d.lastError,
      createdAt: d.createdAt,
      deadAt: d.deadAt,
    }));
  }

  @Post('outbox/dead-letters/:messageId/retry')
  @HttpCode(200)
  @Roles('system_admin')
  @ApiOperation({ summary: 'Send a dead letter again: a fresh round of tries, starting now' })
  async retry(@Param('messageId', uuid) messageId: string, @CurrentActor() actor: Actor): Promise<{ messageId: string }> {
    if (!(await this.settings.retryDeadLetter(messageId, actor.userId, this.clock.now())))
      throw new NotFoundException({ code: 'DEAD_LETTER_NOT_FOUND', message: `no dead letter ${messageId}` });
    return { messageId };
  }
}
