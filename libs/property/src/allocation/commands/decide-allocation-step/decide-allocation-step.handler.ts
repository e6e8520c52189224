import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SpaceNeedCommandResult } from '../../../needs/commands/space-need-command.result';
import { AllocationRunner } from '../allocation.runner';
import { DecideAllocationStepCommand } from './decide-allocation-step.command';

@CommandHandler(DecideAllocationStepCommand)
export class DecideAllocationStepHandler implements ICommandHandler<DecideAllocationStepCommand, SpaceNeedCommandResult> {
  constructor(private readonly runner: AllocationRunner) {}

  execute({ allocationId, request, context, expectedRevision }: DecideAllocationStepCommand): Promise<SpaceNeedCommandResult> {
    return this.runner.decideStep(allocationId, { approve: request.approve, comment: request.comment ?? null }, context, {
      expectedRevision,
    });
  }
}
