import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@app/shared';
import { EVENT_STORE, EventStore, eventIdFor, RecordedEvent, WrongExpectedVersionError } from '@app/event-store';
import { metadataFor } from '@app/platform/cqrs/execute-on-stream';
import { decideDepreciation } from '../../domain/depreciation.decider';
import { DEPRECIATION_LEDGER_STREAM, DepreciationEvent, DepreciationMonthClosed } from '../../domain/depreciation.events';
import { DepreciationLedgerSource } from '../depreciation-ledger.source';
import { CloseDepreciationMonthCommand, MonthCloseSummary } from './close-depreciation-month.command';

const MAX_ATTEMPTS = 5;

function summaryOf(events: readonly { type: string; data: object }[], replayed: boolean): MonthCloseSummary {
  const closed = events.find((e): e is DepreciationMonthClosed => e.type === 'depreciation.month-closed.v1');
  if (!closed) throw new Error('a month close always ends with depreciation.month-closed.v1');
  const { month, tableVersion, assetsCharged, departments, totalFen, withoutLife } = closed.data;
  return { month, tableVersion, assetsCharged, departments, totalFen, withoutLife, events: events.length, replayed };
}

/**
 * Folds every asset and the ledger, decides the month's charges and appends them with the close in one
 * append to the ledger at the revision read: all of the month or none of it. A concurrent close or table
 * load makes the append fail; the month is then decided again on the new state (already closed: refused).
 */
@CommandHandler(CloseDepreciationMonthCommand)
export class CloseDepreciationMonthHandler implements ICommandHandler<CloseDepreciationMonthCommand, MonthCloseSummary> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ledger: DepreciationLedgerSource,
  ) {}

  async execute({ month, context }: CloseDepreciationMonthCommand): Promise<MonthCloseSummary> {
    const firstId = eventIdFor(context.commandId, 0);
    for (let attempt = 1; ; attempt++) {
      const { state, revision, ledgerEvents } = await this.ledger.loadWithAssets();
      const mine = ledgerEvents.filter((e: RecordedEvent) => e.metadata.commandId === context.commandId);
      if (mine.some((e) => e.id === firstId)) {
        context.wrote?.(mine[mine.length - 1].position);
        return summaryOf(mine, true);
      }
      const decision = decideDepreciation(
        { kind: 'CloseDepreciationMonth', actor: context.actor, now: context.now.toISOString(), month },
        state,
      );
      if (decision instanceof DomainError) throw decision;
      try {
        const metadata = metadataFor(context);
        const result = await this.store.append(
          DEPRECIATION_LEDGER_STREAM,
          decision.map((e: DepreciationEvent, i) => ({
            id: eventIdFor(context.commandId, i),
            type: e.type,
            data: e.data as unknown as Record<string, unknown>,
            metadata,
          })),
          revision ?? 'no_stream',
        );
        context.wrote?.(result.position);
        return summaryOf(decision, false);
      } catch (error: unknown) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
