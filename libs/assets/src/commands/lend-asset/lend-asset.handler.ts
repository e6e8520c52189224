import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner, derivedId } from '../asset-command.runner';
import { LendAssetCommand } from './lend-asset.command';

@CommandHandler(LendAssetCommand)
export class LendAssetHandler implements ICommandHandler<LendAssetCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, request, context }: LendAssetCommand): Promise<AssetCommandResult> {
    return this.runner.run(
      {
        kind: 'LendAsset',
        actor: context.actor,
        assetId,
        today: chinaDate(context.now),
        loanId: derivedId(context, 'loan'),
        borrowerDepartmentId: request.borrowerDepartmentId,
        borrower: request.borrower,
        purpose: request.purpose,
        dueOn: request.dueOn,
      },
      context,
    );
  }
}
