import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { WithdrawTransferCommand } from './withdraw-transfer.command';

@CommandHandler(WithdrawTransferCommand)
export class WithdrawTransferHandler implements ICommandHandler<WithdrawTransferCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, transferId, request, context }: WithdrawTransferCommand): Promise<AssetCommandResult> {
    return this.runner.run(
      {
        kind: 'WithdrawTransfer',
        actor: context.actor,
        assetId,
        now: context.now.toISOString(),
        transferId,
        reason: request.reason,
      },
      context,
    );
  }
}
