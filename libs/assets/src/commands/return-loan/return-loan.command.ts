import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { ReturnLoanRequestDto } from './return-loan.request.dto';

export class ReturnLoanCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly loanId: string,
    readonly request: ReturnLoanRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
