import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { depreciationDecider } from '../../domain/depreciation.decider';
import { DEPRECIATION_LEDGER_STREAM } from '../../domain/depreciation.events';
import { LoadLifeTableCommand, LoadLifeTableResult } from './load-life-table.command';

/** Tables and closes share the ledger stream: a table can never slip under a month being closed. */
@CommandHandler(LoadLifeTableCommand)
export class LoadLifeTableHandler implements ICommandHandler<LoadLifeTableCommand, LoadLifeTableResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ request, context }: LoadLifeTableCommand): Promise<LoadLifeTableResult> {
    const result = await executeOnStream(
      this.store,
      DEPRECIATION_LEDGER_STREAM,
      depreciationDecider,
      {
        kind: 'LoadLifeTable',
        actor: context.actor,
        now: context.now.toISOString(),
        effectiveFrom: request.effectiveFrom,
        rows: request.rows.map((r) => ({ prefix: r.prefix, name: r.name, years: r.years ?? null, basis: r.basis })),
        source: request.source,
        reason: request.reason,
      },
      context,
    );
    const loaded = result.events.find((e) => e.type === 'depreciation.life-table-loaded.v1');
    return {
      version: loaded?.type === 'depreciation.life-table-loaded.v1' ? loaded.data.version : null,
      effectiveFrom: request.effectiveFrom,
      replayed: result.replayed,
    };
  }
}
