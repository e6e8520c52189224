import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DisposalCommandResult } from '../disposal-command.result';
import { DisposalCommandRunner } from '../disposal-command.runner';
import { DecideDisposalStepCommand } from './decide-disposal-step.command';

@CommandHandler(DecideDisposalStepCommand)
export class DecideDisposalStepHandler implements ICommandHandler<DecideDisposalStepCommand, DisposalCommandResult> {
  constructor(private readonly runner: DisposalCommandRunner) {}

  execute({ disposalId, request, context, expectedRevision }: DecideDisposalStepCommand): Promise<DisposalCommandResult> {
    return this.runner.run(
      {
        kind: 'DecideDisposalStep',
        actor: context.actor,
        disposalId,
        now: context.now.toISOString(),
        approve: request.approve,
        comment: request.comment ?? null,
      },
      context,
      { expectedRevision },
    );
  }
}
