import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { CATEGORY_TABLE_STREAM_ID, categoryTableDecider, tableInForce } from '../../categories/category-table.decider';
import { CategoryTableSource } from '../category-table.source';
import { LoadCategoryTableCommand, LoadCategoryTableResult } from './load-category-table.command';

@CommandHandler(LoadCategoryTableCommand)
export class LoadCategoryTableHandler implements ICommandHandler<LoadCategoryTableCommand, LoadCategoryTableResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tables: CategoryTableSource,
  ) {}

  async execute({ request, context }: LoadCategoryTableCommand): Promise<LoadCategoryTableResult> {
    const command = {
      kind: 'LoadCategoryTable' as const,
      actor: context.actor,
      now: context.now.toISOString(),
      csv: request.csv,
      source: request.source ?? '',
    };
    const result = await executeOnStream(this.store, CATEGORY_TABLE_STREAM_ID, categoryTableDecider, command, context);
    const inForce = tableInForce(await this.tables.load());
    return {
      version: inForce.version,
      contentHash: inForce.contentHash,
      rowCount: inForce.rows.length,
      unchanged: result.events.length === 0,
    };
  }
}
