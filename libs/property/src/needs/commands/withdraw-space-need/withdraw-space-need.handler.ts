import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SpaceNeedCommandResult } from '../space-need-command.result';
import { SpaceNeedStreams } from '../space-need.streams';
import { WithdrawSpaceNeedCommand } from './withdraw-space-need.command';

@CommandHandler(WithdrawSpaceNeedCommand)
export class WithdrawSpaceNeedHandler implements ICommandHandler<WithdrawSpaceNeedCommand, SpaceNeedCommandResult> {
  constructor(private readonly streams: SpaceNeedStreams) {}

  execute({ needId, request, context, expectedRevision }: WithdrawSpaceNeedCommand): Promise<SpaceNeedCommandResult> {
    return this.streams.run(
      { kind: 'WithdrawSpaceNeed', actor: context.actor, needId, now: context.now.toISOString(), reason: request.reason },
      context,
      { expectedRevision },
    );
  }
}
