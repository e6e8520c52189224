import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { DecideTransferStepCommand } from './decide-transfer-step.command';

@CommandHandler(DecideTransferStepCommand)
export class DecideTransferStepHandler implements ICommandHandler<DecideTransferStepCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, transferId, request, context }: DecideTransferStepCommand): Promise<AssetCommandResult> {
    return this.runner.run(
      {
        kind: 'DecideTransferStep',
        actor: context.actor,
        assetId,
        now: context.now.toISOString(),
        transferId,
        approve: request.approve,
        comment: request.comment ?? null,
      },
      context,
    );
  }
}
