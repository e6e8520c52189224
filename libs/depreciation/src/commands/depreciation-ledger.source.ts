import { Inject, Injectable } from '@nestjs/common';
import { ASSET_STREAM_PREFIX } from '@app/assets/domain/asset.events';
import { EVENT_STORE, EventStore, GlobalPosition, RecordedEvent } from '@app/event-store';
import { evolveLedger, initialLedgerState, LedgerEvent, LedgerState } from '../domain/depreciation-ledger';
import { DEPRECIATION_LEDGER_STREAM, DepreciationEvent, isDepreciationEvent } from '../domain/depreciation.events';

const PAGE = 10_000;

export interface LoadedLedger {
  readonly state: LedgerState;
  /** The ledger stream's revision as read (null: no stream yet): a close appends expecting it. */
  readonly revision: bigint | null;
  /** The ledger's events the command asked about wrote (all of them when none was named), for answering its retry. */
  readonly ledgerEvents: RecordedEvent[];
}

/**
 * The state a month close decides on, folded from the event store (never from a read model): every asset
 * stream and the ledger, in global order, so a correction lands between the charges it falls between.
 */
@Injectable()
export class DepreciationLedgerSource {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Assets and ledger: what a close needs. Reads every asset event once (a monthly job; see BENCHMARKS.md).
   * Only the ledger events `commandId` wrote are kept: every month's charges name every asset, so keeping
   * all of them would grow by a city's worth of charges a month.
   */
  async loadWithAssets(commandId?: string): Promise<LoadedLedger> {
    const state = initialLedgerState();
    const ledgerEvents: RecordedEvent[] = [];
    let lastRevision: bigint | null = null;
    const ledgerEvent = (e: RecordedEvent) => {
      lastRevision = e.revision;
      if (commandId === undefined || e.metadata.commandId === commandId) ledgerEvents.push(e);
    };
    let after: GlobalPosition | undefined;
    for (;;) {
      const page = await this.store.readAll({ after, maxCount: PAGE, streamPrefixes: [ASSET_STREAM_PREFIX, DEPRECIATION_LEDGER_STREAM] });
      for (const e of page) {
        if (e.streamId === DEPRECIATION_LEDGER_STREAM) ledgerEvent(e);
        evolveLedger(state, { type: e.type, data: e.data } as LedgerEvent, e.metadata.occurredAt);
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1].position;
    }
    // readAll shows committed transactions up to the high-water mark; the stream read says where the ledger really is.
    const tail = await this.store.readStream(DEPRECIATION_LEDGER_STREAM, { fromRevision: lastRevision === null ? 0n : lastRevision + 1n });
    for (const e of tail) {
      ledgerEvent(e);
      evolveLedger(state, { type: e.type, data: e.data } as LedgerEvent, e.metadata.occurredAt);
    }
    return { state, revision: lastRevision, ledgerEvents };
  }

  /** The ledger alone (tables and closed months; charges of unknown assets are skipped). */
  async loadLedger(): Promise<LoadedLedger> {
    const ledgerEvents = await this.store.readStream(DEPRECIATION_LEDGER_STREAM);
    const state = initialLedgerState();
    for (const e of ledgerEvents) if (isDepreciationEvent(e)) evolveLedger(state, { type: e.type, data: e.data } as DepreciationEvent);
    const revision = ledgerEvents.length === 0 ? null : ledgerEvents[ledgerEvents.length - 1].revision;
    return { state, revision, ledgerEvents };
  }
}
