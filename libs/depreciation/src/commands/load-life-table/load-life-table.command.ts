import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { LoadLifeTableRequestDto } from './load-life-table.request.dto';

export interface LoadLifeTableResult {
  readonly version: number | null;
  readonly effectiveFrom: string;
  readonly replayed: boolean;
}

/** A new version of the useful-life table (折旧年限表), governing the months from its date; nothing earlier changes. */
export class LoadLifeTableCommand extends Command<LoadLifeTableResult> {
  constructor(
    readonly request: LoadLifeTableRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
