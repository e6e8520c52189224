import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { ConfirmHandoverCommand } from './confirm-handover.command';

@CommandHandler(ConfirmHandoverCommand)
export class ConfirmHandoverHandler implements ICommandHandler<ConfirmHandoverCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, transferId, context }: ConfirmHandoverCommand): Promise<AssetCommandResult> {
    return this.runner.run({ kind: 'ConfirmHandover', actor: context.actor, assetId, now: context.now.toISOString(), transferId }, context);
  }
}
