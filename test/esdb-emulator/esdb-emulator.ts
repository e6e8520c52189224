import * as grpc from '@grpc/grpc-js';
import { batchAppendHandler } from './emulator-batch-append';
import { ANY, DEFAULT_RECENT_WRITES, EmulatorLog, jsonProposed, NO_STREAM, Proposed, STREAM_EXISTS } from './emulator-log';
import { proposedOf, rpc, sizeOnDisk, streamName, streamsGrpc, streamsPb, sharedPb } from './emulator-messages';
import { EmulatorReads } from './emulator-read';
import { EmulatorSecurity, Operation } from './emulator-security';

const featuresGrpc = require('@eventstore/db-client/generated/serverfeatures_grpc_pb');
const featuresPb = require('@eventstore/db-client/generated/serverfeatures_pb');

export type EmulatorFault = 'not_leader' | 'unavailable' | 'deadline';
type FaultTarget = 'append' | 'read';

export interface EmulatorOptions {
  /** Answer BatchAppend and advertise it (every server since 21.6). Off: the client falls back to Append. */
  batchAppend?: boolean;
  /** Write `$ce-`/`$et-` links as the standard projections do, and a `$stats-` event at start. */
  systemEvents?: boolean;
  /** MaxAppendSize: 1 MiB up to v25.0 (ClusterVNodeOptions.cs, v25.0.0 line 156), 256 MiB from v25.1. */
  maxAppendSize?: number;
  /** WriteTimeoutMs (default 2000): how long a write may stay pending before it is answered Timeout. */
  writeTimeoutMs?: number;
  /** Entries of the recent-writes cache the idempotency check of any/stream_exists consults. */
  recentWrites?: number;
  /** A secure node: TLS, users and stream ACLs (see emulator-security.ts). Off: an `--insecure` node. */
  secure?: boolean;
}

/**
 * An in-memory EventStoreDB emulator speaking the real gRPC protocol (Streams.Append, BatchAppend, Read, Delete,
 * Tombstone; ServerFeatures.GetSupportedMethods), following the server's source where the product depends on it:
 * see emulator-log.ts (commit decisions, idempotency, system projections), emulator-batch-append.ts and
 * emulator-read.ts. Faults (NotLeader, not ready, a write that times out) can be switched on by a test.
 * It is a test double for CI, not a database: nothing is persisted.
 */
export class EsdbEmulator {
  readonly log: EmulatorLog;
  readonly maxAppendSize: number;
  readonly writeTimeoutMs: number;
  readonly host = '127.0.0.1';
  port = 0;
  /** Appends answered per RPC: tests check which path the client took. */
  readonly appends = { append: 0, batchAppend: 0 };
  private readonly reads: EmulatorReads;
  private readonly batch: boolean;
  private readonly faults: { fault: EmulatorFault; on: FaultTarget; times: number }[] = [];
  private server: grpc.Server | null = null;
  readonly security: EmulatorSecurity | null;
  /** Calls refused for want of rights (tests watch a subscriber that keeps trying). */
  denied = 0;

  constructor(options: EmulatorOptions = {}) {
    this.batch = options.batchAppend ?? true;
    this.maxAppendSize = options.maxAppendSize ?? 1024 * 1024;
    this.writeTimeoutMs = options.writeTimeoutMs ?? 2000;
    this.log = new EmulatorLog(options.recentWrites ?? DEFAULT_RECENT_WRITES, options.systemEvents ?? true);
    this.reads = new EmulatorReads(this.log);
    this.security = options.secure ? new EmulatorSecurity() : null;
    if (options.systemEvents ?? true) this.writeStats();
  }

  /** Signed in as `admin` on a secure node. */
  get connectionString(): string {
    return this.security ? this.connectionStringAs('admin', 'changeit') : `esdb://${this.host}:${this.port}?tls=false`;
  }

  connectionStringAs(login: string, password: string): string {
    if (!this.security) throw new Error('credentials need a secure emulator (the client ignores them without TLS)');
    return `esdb://${login}:${password}@localhost:${this.port}?tls=true&tlsCAFile=${encodeURIComponent(this.security.caFile)}`;
  }

  addUser(login: string, password: string, groups: string[] = []): void {
    if (!this.security) throw new Error('users need a secure emulator');
    this.security.users.set(login, { password, groups });
  }

  async start(port = 0): Promise<this> {
    const server = new grpc.Server();
    server.addService(streamsGrpc.StreamsService, {
      append: this.append,
      read: (call: grpc.ServerWritableStream<any, any>) => {
        const options = call.request.getOptions();
        const stream = options.hasStream() ? streamName(options.getStream().getStreamIdentifier()) : '$all';
        const refusal = this.refusal(call.metadata, 'read', stream);
        if (refusal) return call.emit('error', refusal);
        const fault = this.takeFault('read');
        if (fault) return call.emit('error', this.faultError(fault));
        this.reads.read(call);
      },
      batchAppend: this.batch
        ? batchAppendHandler(this)
        : (call: grpc.ServerDuplexStream<unknown, unknown>) => call.emit('error', { code: grpc.status.UNIMPLEMENTED }),
      delete: this.remove(false),
      tombstone: this.remove(true),
    });
    server.addService(featuresGrpc.ServerFeaturesService, { getSupportedMethods: this.supportedMethods });
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`${this.host}:${port}`, this.security?.credentials() ?? grpc.ServerCredentials.createInsecure(), (err, bound) =>
        err ? reject(err) : resolve(bound),
      ),
    );
    this.server = server;
    return this;
  }

  /** Ends every open subscription with UNAVAILABLE, as a server restart or network drop would. */
  dropSubscriptions(): void {
    this.reads.dropAll({ code: grpc.status.UNAVAILABLE, details: 'emulated drop' });
  }

  /** Reads of $all refused because they started at no record's position. */
  get invalidPositionReads(): number {
    return this.reads.invalidPositionReads;
  }

  /** The next `times` calls of the kind fail with the fault (Infinity: until cleared). */
  injectFault(fault: EmulatorFault, on: FaultTarget = 'append', times = 1): void {
    this.faults.push({ fault, on, times });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  takeFault(on: FaultTarget): EmulatorFault | null {
    const found = this.faults.find((f) => f.on === on && f.times > 0);
    if (!found) return null;
    found.times -= 1;
    return found.fault;
  }

  /** The committed-events cache lives in memory: a restarted node starts with it empty. */
  restartNode(): void {
    this.log.forgetRecentWrites();
    this.dropSubscriptions();
  }

  /**
   * MonitoringService writes `$statsCollected` (SystemEventTypes.StatsCollection) to `$stats-<node endpoint>` and,
   * before the first, the stream's `$metadata` (src/KurrentDB.Core/Services/Monitoring/MonitoringService.cs, 95-235).
   */
  writeStats(): void {
    const stream = `$stats-${this.host}:2113`;
    if (this.log.events(stream).length === 0) this.log.writeMetadata(stream, { $maxAge: 86400 });
    this.log.append(stream, [jsonProposed('$statsCollected', { 'proc-id': process.pid, 'sys-cpu': 3.5 })]);
  }

  /** Sets stream metadata as a client would (a `$metadata` event in `$$<stream>`), e.g. `{ $tb: 2 }` to truncate. */
  setStreamMetadata(streamId: string, metadata: Record<string, unknown>): void {
    this.log.writeMetadata(streamId, metadata);
  }

  /** Why the call may not go on (wrong credentials, access denied), or null. Always null on an insecure node. */
  refusal(metadata: grpc.Metadata, operation: Operation, stream: string): Partial<grpc.StatusObject> | null {
    if (!this.security) return null;
    const user = this.security.authenticate(metadata);
    const refusal =
      user === 'unauthenticated'
        ? { code: grpc.status.UNAUTHENTICATED, details: 'Bad HTTP authentication header' }
        : this.security.allowed(user, operation, stream)
          ? null
          : rpc.accessDenied();
    if (refusal) this.denied += 1;
    return refusal;
  }

  async stop(): Promise<void> {
    this.dropSubscriptions();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
    this.security?.dispose();
  }

  private faultError(fault: EmulatorFault): Partial<grpc.StatusObject> {
    if (fault === 'not_leader') return rpc.notLeader(this.host, this.port);
    if (fault === 'unavailable') return rpc.notReady();
    return rpc.timeout('CommitTimeout');
  }

  private readonly supportedMethods = (_call: unknown, callback: grpc.sendUnaryData<unknown>) => {
    const names = ['read', 'append', 'delete', 'tombstone', ...(this.batch ? ['batchappend'] : [])];
    const methods = names.map((method) => {
      const m = new featuresPb.SupportedMethod();
      m.setServiceName('event_store.client.streams.streams');
      m.setMethodName(method);
      return m;
    });
    const reply = new featuresPb.SupportedMethods();
    reply.setMethodsList(methods);
    reply.setEventStoreServerVersion('24.10.0');
    callback(null, reply);
  };

  /** Streams.Append (src/KurrentDB.Core/Services/Transport/Grpc/Streams.Append.cs, v25.1.4). */
  private readonly append = (call: grpc.ServerReadableStream<any, any>, callback: grpc.sendUnaryData<any>) => {
    let options: any = null;
    const proposed: Proposed[] = [];
    let size = 0;
    let refused: Partial<grpc.StatusObject> | null = null;
    call.on('data', (req: any) => {
      if (req.hasOptions()) options = req.getOptions();
      else if (req.hasProposedMessage() && !refused) {
        const p = proposedOf(req.getProposedMessage());
        size += sizeOnDisk(p);
        // The running total is checked after each event (lines 66-72).
        if (size > this.maxAppendSize) refused = rpc.maxAppendSize(this.maxAppendSize);
        proposed.push(p);
      }
    });
    call.on('error', () => undefined);
    call.on('end', () => {
      if (!options) return callback({ code: grpc.status.INVALID_ARGUMENT, details: 'missing options' });
      if (refused) return callback(refused);
      const stream = streamName(options.getStreamIdentifier());
      const denied = this.refusal(call.metadata, 'write', stream);
      if (denied) return callback(denied);
      this.appends.append += 1;
      const fault = this.takeFault('append');
      if (fault === 'deadline') return void setTimeout(() => callback(this.faultError(fault)), this.writeTimeoutMs);
      if (fault) return callback(this.faultError(fault));
      const expected = options.hasRevision()
        ? BigInt(options.getRevision())
        : options.hasNoStream()
          ? NO_STREAM
          : options.hasStreamExists()
            ? STREAM_EXISTS
            : ANY;
      const result = this.log.commit(stream, expected, proposed);
      if (result.kind === 'stream_deleted') return callback(rpc.streamDeleted(stream));
      const resp = new streamsPb.AppendResp();
      if (result.kind === 'wrong_expected_version') {
        const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
        if (result.current < 0n) wrong.setCurrentNoStream(new sharedPb.Empty());
        else wrong.setCurrentRevision(result.current.toString());
        if (options.hasAny()) wrong.setExpectedAny(new sharedPb.Empty());
        else if (options.hasNoStream()) wrong.setExpectedNoStream(new sharedPb.Empty());
        else if (options.hasStreamExists()) wrong.setExpectedStreamExists(new sharedPb.Empty());
        else wrong.setExpectedRevision(options.getRevision());
        resp.setWrongExpectedVersion(wrong);
        return callback(null, resp);
      }
      const success = new streamsPb.AppendResp.Success();
      if (result.lastRevision < 0n) success.setNoStream(new sharedPb.Empty());
      else success.setCurrentRevision(result.lastRevision.toString());
      if (result.position) {
        const pos = new streamsPb.AppendResp.Position();
        pos.setCommitPosition(result.position.commit.toString());
        pos.setPreparePosition(result.position.prepare.toString());
        success.setPosition(pos);
      } else success.setNoPosition(new sharedPb.Empty());
      resp.setSuccess(success);
      callback(null, resp);
    });
  };

  /**
   * Streams.Delete / Tombstone (src/KurrentDB.Core/Services/Transport/Grpc/Streams.Delete.cs). A soft delete is
   * `$tb` = long.MaxValue in the stream's metadata; a tombstone deletes the stream for good.
   */
  private remove(hard: boolean) {
    return (call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      const options = call.request.getOptions();
      const stream = streamName(options.getStreamIdentifier());
      const denied = this.refusal(call.metadata, 'delete', stream);
      if (denied) return callback(denied);
      if (this.log.isTombstoned(stream)) return callback(rpc.streamDeleted(stream));
      const current = this.log.lastEventNumber(stream);
      const expected = options.hasRevision()
        ? BigInt(options.getRevision())
        : options.hasNoStream()
          ? NO_STREAM
          : options.hasStreamExists()
            ? STREAM_EXISTS
            : ANY;
      const ok = expected === ANY || (expected === STREAM_EXISTS ? current >= 0n : expected === current);
      if (!ok) {
        return callback(rpcError(stream, expected, current));
      }
      const position = hard
        ? this.log.tombstone(stream)
        : this.log.writeMetadata(stream, { ...this.log.metadata(stream), $tb: Number.MAX_SAFE_INTEGER })[0];
      const resp = hard ? new streamsPb.TombstoneResp() : new streamsPb.DeleteResp();
      const pos = hard ? new streamsPb.TombstoneResp.Position() : new streamsPb.DeleteResp.Position();
      pos.setCommitPosition(position.commit.toString());
      pos.setPreparePosition(position.prepare.toString());
      resp.setPosition(pos);
      callback(null, resp);
    };
  }
}

// RpcExceptions.WrongExpectedVersion: FailedPrecondition with the versions in trailers.
function rpcError(stream: string, expected: bigint, current: bigint): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  metadata.set('exception', 'wrong-expected-version');
  metadata.set('stream-name', stream);
  metadata.set('expected-version', expected.toString());
  metadata.set('actual-version', current < 0n ? '' : current.toString());
  return { code: grpc.status.FAILED_PRECONDITION, details: `Delete failed due to WrongExpectedVersion. Stream: ${stream}`, metadata };
}
