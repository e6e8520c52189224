import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandContext } from '@app/shared';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { StocktakeCommand, stocktakeDecider } from '../domain/stocktake.decider';
import { stocktakeStreamId } from '../domain/stocktake.events';
import { StocktakeCommandResult } from './stocktake-command.result';

/** Runs one command against the stocktake's own stream. */
@Injectable()
export class StocktakeCommandRunner {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async run(
    command: StocktakeCommand,
    context: CommandContext,
    extra: Partial<StocktakeCommandResult> = {},
  ): Promise<StocktakeCommandResult> {
    const result = await executeOnStream(this.store, stocktakeStreamId(command.stocktakeId), stocktakeDecider, command, context);
    const counted = result.events.find((e) => e.type === 'stocktake.counted.v1');
    return {
      stocktakeId: command.stocktakeId,
      revision: result.revision.toString(),
      events: result.events.map((e) => e.type),
      replayed: result.replayed || result.events.length === 0,
      ...(counted ? { outcome: counted.data.outcome } : {}),
      ...extra,
    };
  }
}
