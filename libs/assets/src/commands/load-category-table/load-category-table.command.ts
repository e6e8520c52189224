import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { LoadCategoryTableRequestDto } from './load-category-table.request.dto';

export interface LoadCategoryTableResult {
  /** The version now in force (unchanged when the same table was already loaded). */
  readonly version: number;
  readonly contentHash: string;
  readonly rowCount: number;
  /** True when this table was already in force: nothing new was written. */
  readonly unchanged: boolean;
}

/** 载入分类表: the 系统管理员 loads or replaces the category table from a CSV of the official table. */
export class LoadCategoryTableCommand extends Command<LoadCategoryTableResult> {
  constructor(
    readonly request: LoadCategoryTableRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
