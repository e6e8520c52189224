import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { ConfirmHandoverCommand } from './confirm-handover.command';

@CommandHandler(ConfirmHandoverCommand)
export class ConfirmHandoverHandler implements ICommandHandler<ConfirmHandoverCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, transferId, request, context }: ConfirmHandoverCommand): Promise<AssetCommandResult> {
    const { custodian, location } = request;
    // Half a pair is passed on as given: the decider names what is missing.
    const receivedAs = custodian === undefined && location === undefined ? null : { custodian: custodian ?? '', location: location ?? '' };
    return this.runner.run(
      { kind: 'ConfirmHandover', actor: context.actor, assetId, now: context.now.toISOString(), transferId, receivedAs },
      context,
    );
  }
}
