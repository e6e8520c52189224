import { Inject, Injectable } from '@nestjs/common';
import { ASSET_STREAM_PREFIX } from '@app/assets/domain/asset.events';
import { comparePositions, EVENT_STORE, EventStore, GlobalPosition, RecordedEvent } from '@app/event-store';
import { evolveLedger, initialLedgerState, LedgerEvent, LedgerState } from '../domain/depreciation-ledger';
import { DEPRECIATION_LEDGER_STREAM, DepreciationEvent, isDepreciationEvent } from '../domain/depreciation.events';

const PAGE = 10_000;
/** Ledger events per read: 16 charge events of 2,000 assets are a few MiB. */
const LEDGER_PAGE = 16;

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
    let revision: bigint | null = null;
    const fold = (e: RecordedEvent) => {
      if (e.streamId === DEPRECIATION_LEDGER_STREAM) {
        revision = e.revision;
        if (commandId === undefined || e.metadata.commandId === commandId) ledgerEvents.push(e);
      }
      evolveLedger(state, { type: e.type, data: e.data } as LedgerEvent, e.metadata.occurredAt);
    };
    const ledger = this.ledgerPages();
    let nextLedger = await ledger.next();
    // Asset events a page at a time in $all's order, with the ledger's read beside them and merged in by position.
    let after: GlobalPosition | undefined;
    for (;;) {
      const page = await this.store.readAll({ after, maxCount: PAGE, streamPrefixes: [ASSET_STREAM_PREFIX] });
      for (const e of page) {
        while (!nextLedger.done && comparePositions(nextLedger.value.position, e.position) < 0) {
          fold(nextLedger.value);
          nextLedger = await ledger.next();
        }
        fold(e);
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1].position;
    }
    // Ledger events after the last asset event readers can see (readAll stops at the high-water mark; a stream
    // read does not): the ledger is read to its end, so a close appends at its real last revision.
    for (; !nextLedger.done; nextLedger = await ledger.next()) fold(nextLedger.value);
    return { state, revision, ledgerEvents };
  }

  /**
   * The ledger's events one by one, read LEDGER_PAGE at a time: a month's charges at a million assets are
   * hundreds of events of up to 2,000 charges each (about 300 MiB parsed), so a page of $all could not hold them.
   */
  private async *ledgerPages(): AsyncGenerator<RecordedEvent> {
    for (let fromRevision = 0n; ;) {
      const page = await this.store.readStream(DEPRECIATION_LEDGER_STREAM, { fromRevision, maxCount: LEDGER_PAGE });
      yield* page;
      if (page.length < LEDGER_PAGE) return;
      fromRevision = page[page.length - 1].revision + 1n;
    }
  }

  /**
   * The ledger alone (tables and closed months; charges of unknown assets are skipped), read a page at a time
   * as the close reads it, its events not kept: the scheduled close asks it which month is next, and the
   * ledger holds every month's charges.
   */
  async loadLedger(): Promise<Pick<LoadedLedger, 'state' | 'revision'>> {
    const state = initialLedgerState();
    let revision: bigint | null = null;
    for await (const e of this.ledgerPages()) {
      revision = e.revision;
      if (isDepreciationEvent(e)) evolveLedger(state, { type: e.type, data: e.data } as DepreciationEvent);
    }
    return { state, revision };
  }
}
