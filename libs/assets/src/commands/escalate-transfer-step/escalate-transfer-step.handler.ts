import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { EscalateTransferStepCommand } from './escalate-transfer-step.command';

@CommandHandler(EscalateTransferStepCommand)
export class EscalateTransferStepHandler implements ICommandHandler<EscalateTransferStepCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ request, context }: EscalateTransferStepCommand): Promise<AssetCommandResult> {
    return this.runner.run({ kind: 'EscalateTransferStep', actor: context.actor, now: context.now.toISOString(), ...request }, context);
  }
}
