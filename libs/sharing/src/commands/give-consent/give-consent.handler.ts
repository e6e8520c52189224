import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Inject } from '@nestjs/common';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { PRIVACY_NOTICE } from '../../domain/privacy-notice';
import { residentDecider } from '../../domain/resident.decider';
import { residentStreamId } from '../../domain/sharing.events';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { GiveConsentCommand } from './give-consent.command';

@CommandHandler(GiveConsentCommand)
export class GiveConsentHandler implements ICommandHandler<GiveConsentCommand, SharingCommandResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ noticeVersion, context }: GiveConsentCommand): Promise<SharingCommandResult> {
    const residentId = context.actor.userId;
    const result = await executeOnStream(
      this.store,
      residentStreamId(residentId),
      residentDecider,
      { kind: 'GiveConsent', residentId, noticeVersion, current: PRIVACY_NOTICE, now: context.now.toISOString() },
      context,
    );
    return toSharingResult(residentId, result);
  }
}
