import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@app/shared';
import { EVENT_STORE, EventStore, eventIdFor, RecordedEvent, WrongExpectedVersionError } from '@app/event-store';
import { metadataFor } from '@app/platform/cqrs/execute-on-stream';
import { ModuleConfig } from '@app/platform/config/module-config';
import { depreciationConfig } from '../../depreciation.config';
import { closeMonthLazily } from '../../domain/depreciation.decider';
import { DEPRECIATION_LEDGER_STREAM, DepreciationEvent, DepreciationMonthClosed } from '../../domain/depreciation.events';
import { DepreciationLedgerSource } from '../depreciation-ledger.source';
import { CloseDepreciationMonthCommand, MonthCloseSummary } from './close-depreciation-month.command';

const MAX_ATTEMPTS = 5;
/** Bytes of event data per append: under EventStoreDB's 1 MiB limit with room for metadata. */
const APPEND_BYTES = 512 * 1024;

/** The decision in appends of at most APPEND_BYTES (an event larger than that goes alone), as it is decided. */
function* pieces<T extends { data: object }>(events: Iterable<T>): Generator<T[]> {
  let piece: T[] = [];
  let size = 0;
  for (const event of events) {
    const bytes = Buffer.byteLength(JSON.stringify(event.data));
    if (piece.length > 0 && size + bytes > APPEND_BYTES) {
      yield piece;
      piece = [];
      size = 0;
    }
    piece.push(event);
    size += bytes;
  }
  if (piece.length > 0) yield piece;
}

const isClose = (e: { type: string }): e is DepreciationMonthClosed => e.type === 'depreciation.month-closed.v1';

function summaryOf(closed: DepreciationMonthClosed | undefined, events: number, replayed: boolean): MonthCloseSummary {
  if (!closed) throw new Error('a month close always ends with depreciation.month-closed.v1');
  const { month, tableVersion, assetsCharged, departments, totalFen, withoutLife } = closed.data;
  return { month, tableVersion, assetsCharged, departments, totalFen, withoutLife, events, replayed };
}

/**
 * Folds every asset and the ledger, decides the month's charges and appends them as they are decided, then the
 * close, to the ledger from the revision read, in appends under the stores' size limit. A concurrent close or table load
 * makes an append fail; the month is then decided again on the new state. A close cut off between appends
 * leaves charges without the close: the next close of the month (this command retried, or another) charges
 * only the rest, so no asset is charged twice and no event is lost.
 */
@CommandHandler(CloseDepreciationMonthCommand)
export class CloseDepreciationMonthHandler implements ICommandHandler<CloseDepreciationMonthCommand, MonthCloseSummary> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ledger: DepreciationLedgerSource,
    @Inject(depreciationConfig.KEY) private readonly config: Pick<ModuleConfig<typeof depreciationConfig>, 'DEPRECIATION_LEDGER_START'>,
  ) {}

  async execute({ month, context }: CloseDepreciationMonthCommand): Promise<MonthCloseSummary> {
    const firstId = eventIdFor(context.commandId, 0);
    for (let attempt = 1; ; attempt++) {
      const { state, revision, ledgerEvents } = await this.ledger.loadWithAssets(context.commandId);
      const mine = ledgerEvents.filter((e: RecordedEvent) => e.metadata.commandId === context.commandId);
      if (mine.some((e) => e.id === firstId) && mine.some((e) => e.type === 'depreciation.month-closed.v1')) {
        context.wrote?.(mine[mine.length - 1].position);
        return summaryOf(mine.find(isClose) as DepreciationMonthClosed | undefined, mine.length, true);
      }
      const decision = closeMonthLazily(
        {
          kind: 'CloseDepreciationMonth',
          actor: context.actor,
          now: context.now.toISOString(),
          month,
          ledgerStart: this.config.DEPRECIATION_LEDGER_START ?? null,
        },
        state,
      );
      if (decision instanceof DomainError) throw decision;
      try {
        const metadata = metadataFor(context);
        // Ids continue after what this command wrote before it was cut off, so a resumed close never reuses one.
        let index = mine.length;
        let expected: bigint | 'no_stream' = revision ?? 'no_stream';
        let closed: DepreciationMonthClosed | undefined;
        let written = 0;
        // Each piece is appended as soon as it is decided: the month's charges are never all held at once.
        for (const piece of pieces(decision)) {
          closed = piece.find(isClose) ?? closed;
          written += piece.length;
          const result = await this.store.append(
            DEPRECIATION_LEDGER_STREAM,
            piece.map((e: DepreciationEvent) => ({
              id: eventIdFor(context.commandId, index++),
              type: e.type,
              data: e.data as unknown as Record<string, unknown>,
              metadata,
            })),
            expected,
          );
          expected = result.nextExpectedRevision;
          context.wrote?.(result.position);
        }
        return summaryOf(closed, written, false);
      } catch (error: unknown) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
