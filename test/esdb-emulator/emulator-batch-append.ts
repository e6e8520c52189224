import * as grpc from '@grpc/grpc-js';
import { ANY, EmulatorLog, NO_STREAM, Proposed, STREAM_EXISTS } from './emulator-log';
import { batchStatus, empty, proposedOf, rpc, sizeOnDisk, streamIdentifier, streamName, streamsPb, uuidOf } from './emulator-messages';

const statusPb = require('@eventstore/db-client/generated/status_pb');
const anyPb = require('google-protobuf/google/protobuf/any_pb');

/** What of the node a BatchAppend call needs (EsdbEmulator). */
export interface BatchAppendNode {
  readonly log: EmulatorLog;
  readonly host: string;
  readonly port: number;
  readonly maxAppendSize: number;
  readonly writeTimeoutMs: number;
  readonly appends: { batchAppend: number };
  refusal(metadata: grpc.Metadata, operation: 'write', stream: string): Partial<grpc.StatusObject> | null;
  takeFault(on: 'append'): 'not_leader' | 'unavailable' | 'deadline' | null;
}

interface Pending {
  streamId: string;
  expected: bigint;
  events: Proposed[];
  size: number;
  timer: NodeJS.Timeout;
}

/**
 * Streams.BatchAppend as src/KurrentDB.Core/Services/Transport/Grpc/Streams.BatchAppend.cs (v25.1.4) runs it: one
 * duplex call carries many appends told apart by correlation id; options come first, events may follow in several
 * requests, `is_final` commits. Each append gets its own answer (success, or an error status with a packed detail);
 * its time limit is min(requested deadline, the server's write timeout) and a write still pending then is answered
 * Timeout. A NotLeader answer with leader info is thrown inside the response callback and completes the whole
 * response channel with it (ConvertMessage, lines 236-241): the call ends NotFound + `exception: not-leader`, and
 * every append pending on the call fails with it (the 6.2.1 client rejects every promise it holds, batchAppend.js).
 * NotReady is answered per append with a status of code 0 and an Empty detail ("Server Is Not Ready").
 */
export function batchAppendHandler(emulator: BatchAppendNode) {
  return (call: grpc.ServerDuplexStream<any, any>) => {
    const pending = new Map<string, Pending>();
    let outstanding = 0;
    let ended = false;
    let failed = false;
    const finish = () => {
      if (ended && outstanding === 0 && !failed) call.end();
    };
    const respond = (correlation: any, stream: string, fill: (resp: any) => void) => {
      if (failed) return;
      const resp = new streamsPb.BatchAppendResp();
      resp.setCorrelationId(correlation);
      resp.setStreamIdentifier(streamIdentifier(stream));
      fill(resp);
      call.write(resp);
    };
    call.on('error', () => undefined);
    // A call the client cancelled answers nothing more: no timer may outlive it.
    call.on('cancelled', () => {
      failed = true;
      for (const write of pending.values()) clearTimeout(write.timer);
      pending.clear();
    });
    call.on('end', () => {
      ended = true;
      finish();
    });
    call.on('data', (req: any) => {
      if (failed) return;
      const correlation = req.getCorrelationId();
      const key = uuidOf(correlation);
      if (req.hasOptions()) {
        const o = req.getOptions();
        const stream = streamName(o.getStreamIdentifier());
        const refusal = emulator.refusal(call.metadata, 'write', stream);
        if (refusal?.code === grpc.status.UNAUTHENTICATED) {
          failed = true;
          return void call.emit('error', refusal);
        }
        // CheckAccessAsync refused: this append is answered AccessDenied, the call goes on.
        if (refusal) return respond(correlation, stream, (r) => r.setError(batchStatus.accessDenied()));
        const requested = o.hasDeadline()
          ? o.getDeadline().getSeconds() * 1000 + o.getDeadline().getNanos() / 1e6 - Date.now()
          : Number.MAX_SAFE_INTEGER;
        const timeout = Math.min(requested, emulator.writeTimeoutMs);
        if (timeout <= 0) return respond(correlation, stream, (r) => r.setError(batchStatus.timeout()));
        const expected = o.hasStreamPosition()
          ? BigInt(o.getStreamPosition())
          : o.hasNoStream()
            ? NO_STREAM
            : o.hasStreamExists()
              ? STREAM_EXISTS
              : ANY;
        if (!pending.has(key)) {
          outstanding += 1;
          const timer = setTimeout(() => {
            if (!pending.delete(key)) return;
            outstanding -= 1;
            respond(correlation, stream, (r) => r.setError(batchStatus.timeout()));
            finish();
          }, timeout);
          pending.set(key, { streamId: stream, expected, events: [], size: 0, timer });
        }
      }
      const write = pending.get(key);
      if (!write) return;
      for (const p of req.getProposedMessagesList()) {
        const proposed = proposedOf(p);
        write.events.push(proposed);
        write.size += sizeOnDisk(proposed);
      }
      const drop = () => {
        clearTimeout(write.timer);
        pending.delete(key);
        outstanding -= 1;
      };
      if (write.size > emulator.maxAppendSize) {
        drop();
        respond(correlation, write.streamId, (r) => r.setError(batchStatus.maxAppendSize(emulator.maxAppendSize)));
        return finish();
      }
      if (!req.getIsFinal()) return;
      emulator.appends.batchAppend += 1;
      const fault = emulator.takeFault('append');
      if (fault === 'deadline') return; // never completes: the timer answers Timeout
      drop();
      if (fault === 'not_leader') {
        failed = true;
        for (const other of pending.values()) clearTimeout(other.timer);
        call.emit('error', rpc.notLeader(emulator.host, emulator.port));
        return;
      }
      if (fault === 'unavailable') {
        respond(correlation, write.streamId, (r) => {
          const any = new anyPb.Any();
          any.pack(empty().serializeBinary(), 'google.protobuf.Empty');
          const s = new statusPb.Status();
          s.setMessage('Server Is Not Ready');
          s.setDetails(any);
          r.setError(s);
        });
        return finish();
      }
      const result = emulator.log.commit(write.streamId, write.expected, write.events);
      respond(correlation, write.streamId, (r) => {
        if (result.kind === 'wrong_expected_version') r.setError(batchStatus.wrongExpectedVersion(result.current, write.expected));
        else if (result.kind === 'stream_deleted') r.setError(batchStatus.streamDeleted(write.streamId));
        else {
          // BatchAppendResp.Success.Completed (src/KurrentDB.Core/Services/Transport/Grpc/BatchAppendResp.cs).
          const success = new streamsPb.BatchAppendResp.Success();
          if (result.lastRevision >= 0n) success.setCurrentRevision(result.lastRevision.toString());
          else success.setNoStream(empty());
          if (result.position) {
            const pos = new sharedPosition();
            pos.setCommitPosition(result.position.commit.toString());
            pos.setPreparePosition(result.position.prepare.toString());
            success.setPosition(pos);
          } else success.setNoPosition(empty());
          r.setSuccess(success);
        }
      });
      finish();
    });
  };
}

const sharedPosition = require('@eventstore/db-client/generated/shared_pb').AllStreamPosition;
