import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@app/shared';
import { EVENT_STORE, EventStore, eventIdFor, RecordedEvent, WrongExpectedVersionError } from '@app/event-store';
import { metadataFor } from '@app/platform/cqrs/execute-on-stream';
import { ModuleConfig } from '@app/platform/config/module-config';
import { depreciationConfig } from '../../depreciation.config';
import { decideDepreciation } from '../../domain/depreciation.decider';
import { DEPRECIATION_LEDGER_STREAM, DepreciationEvent, DepreciationMonthClosed } from '../../domain/depreciation.events';
import { DepreciationLedgerSource } from '../depreciation-ledger.source';
import { CloseDepreciationMonthCommand, MonthCloseSummary } from './close-depreciation-month.command';

const MAX_ATTEMPTS = 5;
/** Bytes of event data per append: under EventStoreDB's 1 MiB limit with room for metadata. */
const APPEND_BYTES = 512 * 1024;

/** The decision in appends of at most APPEND_BYTES (an event larger than that goes alone). */
function pieces<T extends { data: object }>(events: readonly T[]): T[][] {
  const out: T[][] = [];
  let size = 0;
  for (const event of events) {
    const bytes = Buffer.byteLength(JSON.stringify(event.data));
    if (out.length === 0 || size + bytes > APPEND_BYTES) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(event);
    size += bytes;
  }
  return out;
}

function summaryOf(events: readonly { type: string; data: object }[], replayed: boolean): MonthCloseSummary {
  const closed = events.find((e): e is DepreciationMonthClosed => e.type === 'depreciation.month-closed.v1');
  if (!closed) throw new Error('a month close always ends with depreciation.month-closed.v1');
  const { month, tableVersion, assetsCharged, departments, totalFen, withoutLife } = closed.data;
  return { month, tableVersion, assetsCharged, departments, totalFen, withoutLife, events: events.length, replayed };
}

/**
 * Folds every asset and the ledger, decides the month's charges and appends them, then the close, to the
 * ledger from the revision read, in appends under the stores' size limit. A concurrent close or table load
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
        return summaryOf(mine, true);
      }
      const decision = decideDepreciation(
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
        for (const piece of pieces(decision)) {
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
        return summaryOf(decision, false);
      } catch (error: unknown) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
