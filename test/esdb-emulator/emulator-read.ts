import * as grpc from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { EmulatorLog, StoredEvent } from './emulator-log';
import { rpc, streamName, streamsPb, toReadResp } from './emulator-messages';

type Live = (event: StoredEvent) => void;
const DEFAULT_MAX_SEARCH_WINDOW = 32;

function positionLess(a: { commit: bigint; prepare: bigint }, b: { commit: bigint; prepare: bigint }): boolean {
  return a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);
}

/** Streams.Read: stream and $all reads, catch-up subscriptions with confirmation, caught-up, filters and checkpoints. */
export class EmulatorReads {
  readonly live = new Set<Live>();
  readonly calls = new Set<grpc.ServerWritableStream<unknown, unknown>>();
  invalidPositionReads = 0;

  constructor(private readonly log: EmulatorLog) {
    log.onWritten = (events) => {
      for (const event of events) for (const listener of [...this.live]) listener(event);
    };
  }

  read(call: grpc.ServerWritableStream<any, any>): void {
    const options = call.request.getOptions();
    const backwards = options.getReadDirection() === 1;
    const count = options.hasCount() ? BigInt(options.getCount()) : BigInt(Number.MAX_SAFE_INTEGER);
    const subscribe = options.hasSubscription();
    const matches = this.filterOf(options);
    if (options.hasStream()) return this.readStream(call, options.getStream(), backwards, count, subscribe);

    const ao = options.getAll();
    const at = ao.hasPosition()
      ? { commit: BigInt(ao.getPosition().getCommitPosition()), prepare: BigInt(ao.getPosition().getPreparePosition()) }
      : null;
    // Streams.Read.cs line 366: RpcExceptions.InvalidPositionException, for reads and subscriptions alike.
    if (at && !this.log.isValidPosition(at)) {
      this.invalidPositionReads += 1;
      return void call.emit('error', rpc.invalidPosition());
    }
    if (!subscribe) {
      const log = this.log.all;
      const selected = backwards
        ? log.filter((e) => !at || positionLess(e, at)).reverse()
        : ao.hasEnd()
          ? []
          : log.filter((e) => !at || !positionLess(e, at));
      let sent = 0n;
      for (const event of selected) {
        if (sent >= count) break;
        if (!matches(event)) continue;
        call.write(toReadResp(event));
        sent += 1n;
      }
      return void call.end();
    }
    const endAt = ao.hasEnd() ? this.log.all[this.log.all.length - 1] : undefined;
    // Subscriptions to $all start strictly after the given position.
    const after = at ?? (endAt ? { commit: endAt.commit, prepare: endAt.prepare } : null);
    this.subscribe(call, (e) => !after || positionLess(after, e), matches, this.checkpointEvery(options));
  }

  private readStream(call: grpc.ServerWritableStream<any, any>, so: any, backwards: boolean, count: bigint, subscribe: boolean): void {
    const name = streamName(so.getStreamIdentifier());
    // A tombstoned stream reads as deleted (RpcExceptions.StreamDeleted, Streams.Read.cs).
    if (this.log.isTombstoned(name)) return void call.emit('error', rpc.streamDeleted(name));
    // $tb hides the events before it (StreamMetadata.TruncateBefore); a soft delete hides them all.
    const tb = this.log.truncateBefore(name) ?? 0n;
    const events = this.log.events(name).filter((e) => e.revision >= tb);
    if (!subscribe) {
      if (events.length === 0) {
        const nf = new streamsPb.ReadResp.StreamNotFound();
        nf.setStreamIdentifier(so.getStreamIdentifier());
        const resp = new streamsPb.ReadResp();
        resp.setStreamNotFound(nf);
        call.write(resp);
        return void call.end();
      }
      const last = events[events.length - 1].revision;
      const from = so.hasRevision() ? BigInt(so.getRevision()) : so.hasEnd() || backwards ? last : 0n;
      const selected = backwards ? events.filter((e) => e.revision <= from).reverse() : events.filter((e) => e.revision >= from);
      for (const event of selected.slice(0, Number(count))) call.write(toReadResp(event));
      return void call.end();
    }
    // Subscription to one stream: revision is exclusive, as on the real server.
    const all = this.log.events(name);
    const after = so.hasRevision() ? BigInt(so.getRevision()) : so.hasEnd() ? BigInt(all.length - 1) : -1n;
    this.subscribe(
      call,
      (e) => e.streamId === name && e.revision > after,
      () => true,
    );
  }

  private filterOf(options: any): (e: StoredEvent) => boolean {
    if (!options.hasFilter()) return () => true;
    const f = options.getFilter();
    const expr = f.hasStreamIdentifier() ? f.getStreamIdentifier() : f.getEventType();
    const field = (e: StoredEvent) => (f.hasStreamIdentifier() ? e.streamId : e.type);
    const prefixes: string[] = expr.getPrefixList();
    const regex = expr.getRegex() ? new RegExp(expr.getRegex()) : null;
    return (e) => (prefixes.length === 0 || prefixes.some((p) => field(e).startsWith(p))) && (!regex || regex.test(field(e)));
  }

  private checkpointEvery(options: any): number {
    if (!options.hasFilter()) return 0;
    const f = options.getFilter();
    const window = f.hasMax() ? f.getMax() : DEFAULT_MAX_SEARCH_WINDOW;
    return window * Math.max(1, f.getCheckpointintervalmultiplier());
  }

  private subscribe(
    call: grpc.ServerWritableStream<any, any>,
    inRange: (e: StoredEvent) => boolean,
    matches: (e: StoredEvent) => boolean,
    checkpointEvery = 0,
  ): void {
    this.calls.add(call as grpc.ServerWritableStream<unknown, unknown>);
    const confirmation = new streamsPb.ReadResp.SubscriptionConfirmation();
    confirmation.setSubscriptionId(randomUUID());
    const confirm = new streamsPb.ReadResp();
    confirm.setConfirmation(confirmation);
    call.write(confirm);

    let scanned = 0;
    const deliver = (event: StoredEvent) => {
      if (!inRange(event)) return;
      if (matches(event)) call.write(toReadResp(event));
      scanned += 1;
      if (checkpointEvery > 0 && scanned % checkpointEvery === 0) {
        const cp = new streamsPb.ReadResp.Checkpoint();
        cp.setCommitPosition(event.commit.toString());
        cp.setPreparePosition(event.prepare.toString());
        const resp = new streamsPb.ReadResp();
        resp.setCheckpoint(cp);
        call.write(resp);
      }
    };
    // History and the switch to live happen in one synchronous step: no append can slip between.
    for (const event of this.log.all) deliver(event);
    const caughtUp = new streamsPb.ReadResp();
    caughtUp.setCaughtUp(new streamsPb.ReadResp.CaughtUp());
    call.write(caughtUp);
    this.live.add(deliver);
    const cleanup = () => {
      this.live.delete(deliver);
      this.calls.delete(call as grpc.ServerWritableStream<unknown, unknown>);
    };
    call.on('cancelled', cleanup);
    call.on('close', cleanup);
    call.on('error', cleanup);
  }

  /** Ends every open subscription with the given error (UNAVAILABLE: a server restart or network drop). */
  dropAll(error: Partial<grpc.StatusObject>): void {
    for (const call of [...this.calls]) call.emit('error', error);
    this.calls.clear();
    this.live.clear();
  }
}
