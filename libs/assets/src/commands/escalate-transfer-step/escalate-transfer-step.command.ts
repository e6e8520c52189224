import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import type { TransferStepKind } from '../../domain/reallocation.events';

/** 超时督办 of the step a transfer waits on; raised by the escalation sweep as the system. */
export class EscalateTransferStepCommand extends Command<AssetCommandResult> {
  constructor(
    readonly request: {
      readonly assetId: string;
      readonly transferId: string;
      readonly step: TransferStepKind;
      readonly pendingSince: string;
      readonly workingDaysWaited: number;
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}
