import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandContext, DomainError } from '@app/shared';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { StocktakeCommand, stocktakeDecider } from '../domain/stocktake.decider';
import { StocktakeEvent, stocktakeStreamId } from '../domain/stocktake.events';
import { StocktakeCommandResult } from './stocktake-command.result';

/** Runs one command against the stocktake's own stream. */
@Injectable()
export class StocktakeCommandRunner {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Decides the command on the task as it stands without writing: a refusal is thrown. For a surplus, so that a
   * task that would refuse the link (closed, another unit's, a counter asking) registers no card either.
   */
  async check(command: StocktakeCommand): Promise<void> {
    const events = await this.store.readStream(stocktakeStreamId(command.stocktakeId));
    const state = events.reduce(
      (s, e) => stocktakeDecider.evolve(s, { type: e.type, data: e.data } as StocktakeEvent),
      stocktakeDecider.initialState(),
    );
    const decision = stocktakeDecider.decide(command, state);
    if (decision instanceof DomainError) throw decision;
  }

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
