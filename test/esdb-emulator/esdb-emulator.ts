import * as grpc from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';

// The client package ships the generated gRPC service definitions and message classes.
// Using the same files on the server side keeps the wire format exactly what the client expects.
const streamsGrpc = require('@eventstore/db-client/generated/streams_grpc_pb');
const streamsPb = require('@eventstore/db-client/generated/streams_pb');
const sharedPb = require('@eventstore/db-client/generated/shared_pb');
const featuresGrpc = require('@eventstore/db-client/generated/serverfeatures_grpc_pb');
const featuresPb = require('@eventstore/db-client/generated/serverfeatures_pb');

interface StoredEvent {
  streamId: string;
  revision: bigint;
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
  createdTicks: bigint;
  commit: bigint;
  prepare: bigint;
}

type Live = (event: StoredEvent) => void;

// Real servers report positions as byte offsets in the transaction log; we mimic growing offsets.
const RECORD_OVERHEAD = 128n;
const DEFAULT_MAX_SEARCH_WINDOW = 32;

function streamName(identifier: { getStreamName_asU8(): Uint8Array }): string {
  return Buffer.from(identifier.getStreamName_asU8()).toString('utf8');
}

function uuidOf(id: {
  hasString(): boolean;
  getString(): string;
  hasStructured(): boolean;
  getStructured(): { getMostSignificantBits(): string; getLeastSignificantBits(): string };
}): string {
  if (id.hasString()) return id.getString();
  const s = id.getStructured();
  const hex = (v: string) => BigInt.asUintN(64, BigInt(v)).toString(16).padStart(16, '0');
  const h = hex(s.getMostSignificantBits()) + hex(s.getLeastSignificantBits());
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function positionLess(a: { commit: bigint; prepare: bigint }, b: { commit: bigint; prepare: bigint }): boolean {
  return a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);
}

/**
 * An in-memory EventStoreDB emulator speaking the real gRPC protocol (Streams.Append, Streams.Read,
 * ServerFeatures.GetSupportedMethods). It reproduces the documented server semantics the product
 * relies on: expected-revision checks with wrong-expected-version answers, idempotent retries by
 * event id, stream-not-found, $all positions, catch-up subscriptions with confirmation, caught-up,
 * filters and checkpoints. It is a test double for CI, not a database: nothing is persisted.
 */
export class EsdbEmulator {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly live = new Set<Live>();
  private readonly calls = new Set<grpc.ServerWritableStream<unknown, unknown>>();
  private server: grpc.Server | null = null;
  private nextOffset = 0n;
  port = 0;

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  async start(port = 0): Promise<this> {
    const server = new grpc.Server();
    server.addService(streamsGrpc.StreamsService, {
      append: this.append,
      read: this.read,
      batchAppend: (call: grpc.ServerDuplexStream<unknown, unknown>) =>
        call.emit('error', { code: grpc.status.UNIMPLEMENTED, details: 'BatchAppend is not emulated' }),
      delete: (_: unknown, cb: grpc.sendUnaryData<unknown>) => cb({ code: grpc.status.UNIMPLEMENTED }),
      tombstone: (_: unknown, cb: grpc.sendUnaryData<unknown>) => cb({ code: grpc.status.UNIMPLEMENTED }),
    });
    server.addService(featuresGrpc.ServerFeaturesService, { getSupportedMethods: this.supportedMethods });
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))),
    );
    this.server = server;
    return this;
  }

  /** Ends every open subscription with UNAVAILABLE, as a server restart or network drop would. */
  dropSubscriptions(): void {
    for (const call of [...this.calls]) {
      // grpc-js turns an 'error' emitted on a server stream into the call's final status.
      call.emit('error', { code: grpc.status.UNAVAILABLE, details: 'emulated drop' });
    }
    this.calls.clear();
    this.live.clear();
  }

  async stop(): Promise<void> {
    this.dropSubscriptions();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  }

  private readonly supportedMethods = (_call: unknown, callback: grpc.sendUnaryData<unknown>) => {
    const methods = [
      ['event_store.client.streams.streams', 'read'],
      ['event_store.client.streams.streams', 'append'],
    ].map(([service, method]) => {
      const m = new featuresPb.SupportedMethod();
      m.setServiceName(service);
      m.setMethodName(method);
      return m;
    });
    const reply = new featuresPb.SupportedMethods();
    reply.setMethodsList(methods);
    reply.setEventStoreServerVersion('emulator');
    callback(null, reply);
  };

  private readonly append = (call: grpc.ServerReadableStream<any, any>, callback: grpc.sendUnaryData<any>) => {
    let options: any = null;
    const proposed: any[] = [];
    call.on('data', (req: any) => {
      if (req.hasOptions()) options = req.getOptions();
      else if (req.hasProposedMessage()) proposed.push(req.getProposedMessage());
    });
    call.on('error', () => undefined);
    call.on('end', () => {
      if (!options) return callback({ code: grpc.status.INVALID_ARGUMENT, details: 'missing options' });
      try {
        callback(null, this.commit(options, proposed));
      } catch (error: unknown) {
        callback({ code: grpc.status.INTERNAL, details: String(error) });
      }
    });
  };

  private commit(options: any, proposed: any[]): any {
    const stream = streamName(options.getStreamIdentifier());
    const existing = this.streams.get(stream) ?? [];
    const current = existing.length === 0 ? null : BigInt(existing.length - 1);
    const ids = proposed.map((p) => uuidOf(p.getId()));
    const resp = new streamsPb.AppendResp();

    // Idempotent retry: the same ids already written consecutively to this stream.
    const firstIndex = ids.length > 0 ? existing.findIndex((e) => e.id === ids[0]) : -1;
    if (firstIndex >= 0 && ids.every((id, i) => existing[firstIndex + i]?.id === id)) {
      const last = existing[firstIndex + ids.length - 1];
      return this.success(resp, last.revision, last);
    }

    const ok = options.hasAny()
      ? true
      : options.hasNoStream()
        ? current === null
        : options.hasStreamExists()
          ? current !== null
          : current !== null && current === BigInt(options.getRevision());
    if (!ok) {
      const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
      if (current === null) wrong.setCurrentNoStream(new sharedPb.Empty());
      else wrong.setCurrentRevision(current.toString());
      if (options.hasAny()) wrong.setExpectedAny(new sharedPb.Empty());
      else if (options.hasNoStream()) wrong.setExpectedNoStream(new sharedPb.Empty());
      else if (options.hasStreamExists()) wrong.setExpectedStreamExists(new sharedPb.Empty());
      else wrong.setExpectedRevision(options.getRevision());
      resp.setWrongExpectedVersion(wrong);
      return resp;
    }

    const created = BigInt(Date.now()) * 10000n;
    const written: StoredEvent[] = proposed.map((p, i) => {
      const metadata = p.getMetadataMap();
      const data = p.getData_asU8();
      const prepare = this.nextOffset;
      this.nextOffset += RECORD_OVERHEAD + BigInt(data.length);
      return {
        streamId: stream,
        revision: BigInt(existing.length + i),
        id: ids[i],
        type: metadata.get('type'),
        contentType: metadata.get('content-type') ?? 'application/octet-stream',
        data,
        customMetadata: p.getCustomMetadata_asU8(),
        createdTicks: created,
        commit: prepare,
        prepare,
      };
    });
    for (const event of written) {
      existing.push(event);
      this.log.push(event);
    }
    this.streams.set(stream, existing);
    for (const event of written) for (const listener of [...this.live]) listener(event);
    const last = written[written.length - 1];
    return this.success(resp, last ? last.revision : (current ?? -1n), last);
  }

  private success(resp: any, revision: bigint, last: StoredEvent | undefined): any {
    const success = new streamsPb.AppendResp.Success();
    if (revision < 0n) success.setNoStream(new sharedPb.Empty());
    else success.setCurrentRevision(revision.toString());
    if (last) {
      const pos = new streamsPb.AppendResp.Position();
      pos.setCommitPosition(last.commit.toString());
      pos.setPreparePosition(last.prepare.toString());
      success.setPosition(pos);
    } else success.setNoPosition(new sharedPb.Empty());
    resp.setSuccess(success);
    return resp;
  }

  private toReadResp(event: StoredEvent): any {
    const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent();
    const id = new sharedPb.UUID();
    id.setString(event.id);
    recorded.setId(id);
    const identifier = new sharedPb.StreamIdentifier();
    identifier.setStreamName(Uint8Array.from(Buffer.from(event.streamId, 'utf8')));
    recorded.setStreamIdentifier(identifier);
    recorded.setStreamRevision(event.revision.toString());
    recorded.setCommitPosition(event.commit.toString());
    recorded.setPreparePosition(event.prepare.toString());
    const map = recorded.getMetadataMap();
    map.set('type', event.type);
    map.set('content-type', event.contentType);
    map.set('created', event.createdTicks.toString());
    recorded.setCustomMetadata(event.customMetadata);
    recorded.setData(event.data);
    const readEvent = new streamsPb.ReadResp.ReadEvent();
    readEvent.setEvent(recorded);
    readEvent.setCommitPosition(event.commit.toString());
    const resp = new streamsPb.ReadResp();
    resp.setEvent(readEvent);
    return resp;
  }

  private readonly read = (call: grpc.ServerWritableStream<any, any>) => {
    const options = call.request.getOptions();
    const backwards = options.getReadDirection() === 1;
    const count = options.hasCount() ? BigInt(options.getCount()) : BigInt(Number.MAX_SAFE_INTEGER);
    const subscribe = options.hasSubscription();
    const matches = this.filterOf(options);

    if (options.hasStream()) {
      const so = options.getStream();
      const name = streamName(so.getStreamIdentifier());
      const events = this.streams.get(name) ?? [];
      if (!subscribe) {
        if (events.length === 0) {
          const nf = new streamsPb.ReadResp.StreamNotFound();
          nf.setStreamIdentifier(so.getStreamIdentifier());
          const resp = new streamsPb.ReadResp();
          resp.setStreamNotFound(nf);
          call.write(resp);
          return call.end();
        }
        const from = so.hasRevision()
          ? BigInt(so.getRevision())
          : so.hasEnd()
            ? BigInt(events.length - 1)
            : backwards
              ? BigInt(events.length - 1)
              : 0n;
        const selected = backwards ? events.filter((e) => e.revision <= from).reverse() : events.filter((e) => e.revision >= from);
        for (const event of selected.slice(0, Number(count))) call.write(this.toReadResp(event));
        return call.end();
      }
      // Subscription to one stream: revision is exclusive, as on the real server.
      const after = so.hasRevision() ? BigInt(so.getRevision()) : so.hasEnd() ? BigInt(events.length - 1) : -1n;
      return this.runSubscription(
        call,
        (e) => e.streamId === name && e.revision > after,
        () => true,
      );
    }

    const ao = options.getAll();
    if (!subscribe) {
      let selected: StoredEvent[];
      if (backwards) {
        const before = ao.hasPosition()
          ? { commit: BigInt(ao.getPosition().getCommitPosition()), prepare: BigInt(ao.getPosition().getPreparePosition()) }
          : null;
        selected = this.log.filter((e) => !before || positionLess(e, before)).reverse();
      } else {
        const from = ao.hasPosition()
          ? { commit: BigInt(ao.getPosition().getCommitPosition()), prepare: BigInt(ao.getPosition().getPreparePosition()) }
          : null;
        selected = ao.hasEnd() ? [] : this.log.filter((e) => !from || !positionLess(e, from));
      }
      let sent = 0n;
      for (const event of selected) {
        if (sent >= count) break;
        if (!matches(event)) continue;
        call.write(this.toReadResp(event));
        sent += 1n;
      }
      return call.end();
    }
    const start = ao.hasPosition()
      ? { commit: BigInt(ao.getPosition().getCommitPosition()), prepare: BigInt(ao.getPosition().getPreparePosition()) }
      : null;
    const endAt = ao.hasEnd() ? this.log[this.log.length - 1] : undefined;
    // Subscriptions to $all start strictly after the given position.
    const after = start ?? (endAt ? { commit: endAt.commit, prepare: endAt.prepare } : null);
    return this.runSubscription(call, (e) => !after || positionLess(after, e), matches, this.checkpointEvery(options));
  };

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

  private runSubscription(
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
      if (matches(event)) call.write(this.toReadResp(event));
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
    for (const event of this.log) deliver(event);
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
}
