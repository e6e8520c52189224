import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DisposalCommandResult } from '../disposal-command.result';
import { DisposalCommandRunner } from '../disposal-command.runner';
import { WithdrawDisposalCommand } from './withdraw-disposal.command';

@CommandHandler(WithdrawDisposalCommand)
export class WithdrawDisposalHandler implements ICommandHandler<WithdrawDisposalCommand, DisposalCommandResult> {
  constructor(private readonly runner: DisposalCommandRunner) {}

  execute({ disposalId, request, context }: WithdrawDisposalCommand): Promise<DisposalCommandResult> {
    return this.runner.run(
      { kind: 'WithdrawDisposal', actor: context.actor, disposalId, now: context.now.toISOString(), reason: request.reason },
      context,
    );
  }
}
