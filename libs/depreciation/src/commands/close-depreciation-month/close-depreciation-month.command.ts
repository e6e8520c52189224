import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';

export interface MonthCloseSummary {
  readonly month: string;
  readonly tableVersion: number;
  readonly assetsCharged: number;
  readonly departments: number;
  readonly totalFen: number;
  readonly withoutLife: readonly { readonly prefix: string; readonly assets: number }[];
  /** Ledger events written (charges in parts, then the close). */
  readonly events: number;
  /** True when this command had already closed the month: nothing new was written. */
  readonly replayed: boolean;
}

/** 月末计提: charge every asset's depreciation for one ended month and close it. */
export class CloseDepreciationMonthCommand extends Command<MonthCloseSummary> {
  constructor(
    readonly month: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
