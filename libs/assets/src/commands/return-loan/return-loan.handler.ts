import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { ReturnLoanCommand } from './return-loan.command';

@CommandHandler(ReturnLoanCommand)
export class ReturnLoanHandler implements ICommandHandler<ReturnLoanCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, loanId, request, context }: ReturnLoanCommand): Promise<AssetCommandResult> {
    return this.runner.run(
      { kind: 'ReturnLoan', actor: context.actor, assetId, today: chinaDate(context.now), loanId, note: request.note ?? null },
      context,
    );
  }
}
