import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SpaceNeedCommandResult } from '../../../needs/commands/space-need-command.result';
import { AllocationRunner } from '../allocation.runner';
import { ConfirmAllocationHandoverCommand } from './confirm-allocation-handover.command';

@CommandHandler(ConfirmAllocationHandoverCommand)
export class ConfirmAllocationHandoverHandler implements ICommandHandler<ConfirmAllocationHandoverCommand, SpaceNeedCommandResult> {
  constructor(private readonly runner: AllocationRunner) {}

  execute({ allocationId, request, context, expectedRevision }: ConfirmAllocationHandoverCommand): Promise<SpaceNeedCommandResult> {
    return this.runner.handover(allocationId, { since: request.since ?? null, note: request.note ?? null }, context, {
      expectedRevision,
    });
  }
}
