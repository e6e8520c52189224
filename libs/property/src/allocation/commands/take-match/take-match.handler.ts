import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SpaceNeedCommandResult } from '../../../needs/commands/space-need-command.result';
import { AllocationRunner } from '../allocation.runner';
import { TakeMatchCommand } from './take-match.command';

@CommandHandler(TakeMatchCommand)
export class TakeMatchHandler implements ICommandHandler<TakeMatchCommand, SpaceNeedCommandResult> {
  constructor(private readonly runner: AllocationRunner) {}

  execute({ needId, propertyId, context }: TakeMatchCommand): Promise<SpaceNeedCommandResult> {
    return this.runner.take(needId, propertyId, context);
  }
}
