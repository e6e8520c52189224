import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DisposalCommandResult } from '../disposal-command.result';
import { DisposalCommandRunner } from '../disposal-command.runner';
import { WriteOffDisposalCommand } from './write-off-disposal.command';

@CommandHandler(WriteOffDisposalCommand)
export class WriteOffDisposalHandler implements ICommandHandler<WriteOffDisposalCommand, DisposalCommandResult> {
  constructor(private readonly runner: DisposalCommandRunner) {}

  execute({ disposalId, request, context, expectedRevision }: WriteOffDisposalCommand): Promise<DisposalCommandResult> {
    return this.runner.run(
      {
        kind: 'WriteOffDisposal',
        actor: context.actor,
        disposalId,
        now: context.now.toISOString(),
        proceedsFen: request.proceedsFen ?? 0,
        treasuryVoucher: request.treasuryVoucher ?? null,
        replyRef: request.replyRef ?? null,
      },
      context,
      { expectedRevision },
    );
  }
}
