import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DisposalCommandResult } from '../disposal-command.result';
import { DisposalCommandRunner } from '../disposal-command.runner';
import { WriteOffDisposalCommand } from './write-off-disposal.command';

@CommandHandler(WriteOffDisposalCommand)
export class WriteOffDisposalHandler implements ICommandHandler<WriteOffDisposalCommand, DisposalCommandResult> {
  constructor(private readonly runner: DisposalCommandRunner) {}

  async execute({ disposalId, request, context, expectedRevision }: WriteOffDisposalCommand): Promise<DisposalCommandResult> {
    const assetsNotHeld = await this.runner.assetsNotHeldForWriteOff(disposalId, context);
    return this.runner.run(
      {
        kind: 'WriteOffDisposal',
        actor: context.actor,
        disposalId,
        now: context.now.toISOString(),
        proceedsFen: request.proceedsFen ?? 0,
        treasuryVoucher: request.treasuryVoucher ?? null,
        replyRef: request.replyRef ?? null,
        assetsNotHeld,
      },
      context,
      { expectedRevision },
    );
  }
}
