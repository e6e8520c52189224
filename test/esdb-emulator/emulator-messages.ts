import * as grpc from '@grpc/grpc-js';
import { NO_STREAM, Proposed, StoredEvent } from './emulator-log';

// The client package ships the generated gRPC service definitions and message classes.
// Using the same files on the server side keeps the wire format exactly what the client expects.
export const streamsGrpc = require('@eventstore/db-client/generated/streams_grpc_pb');
export const streamsPb = require('@eventstore/db-client/generated/streams_pb');
export const sharedPb = require('@eventstore/db-client/generated/shared_pb');
const statusPb = require('@eventstore/db-client/generated/status_pb');
const anyPb = require('google-protobuf/google/protobuf/any_pb');
const emptyPb = require('google-protobuf/google/protobuf/empty_pb');

export function streamName(identifier: { getStreamName_asU8(): Uint8Array }): string {
  return Buffer.from(identifier.getStreamName_asU8()).toString('utf8');
}

export function streamIdentifier(name: string): any {
  const identifier = new sharedPb.StreamIdentifier();
  identifier.setStreamName(Uint8Array.from(Buffer.from(name, 'utf8')));
  return identifier;
}

export function uuidOf(id: {
  hasString(): boolean;
  getString(): string;
  getStructured(): { getMostSignificantBits(): string; getLeastSignificantBits(): string };
}): string {
  if (id.hasString()) return id.getString();
  const s = id.getStructured();
  const hex = (v: string) => BigInt.asUintN(64, BigInt(v)).toString(16).padStart(16, '0');
  const h = hex(s.getMostSignificantBits()) + hex(s.getLeastSignificantBits());
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function proposedOf(p: any): Proposed {
  const metadata = p.getMetadataMap();
  return {
    id: uuidOf(p.getId()),
    type: metadata.get('type'),
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: p.getData_asU8(),
    customMetadata: p.getCustomMetadata_asU8(),
  };
}

/** Event.SizeOnDisk (src/KurrentDB.Core/Data/Event.cs, v25.0.0 line 23): data + metadata + 2 bytes per type character. */
export function sizeOnDisk(p: Proposed): number {
  return p.data.length + p.customMetadata.length + p.type.length * 2;
}

export function toReadResp(event: StoredEvent): any {
  const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent();
  const id = new sharedPb.UUID();
  id.setString(event.id);
  recorded.setId(id);
  recorded.setStreamIdentifier(streamIdentifier(event.streamId));
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

/** A gRPC error with the `exception` trailer the client sorts errors by (src/KurrentDB.Core/Services/Transport/Grpc/RpcExceptions.cs). */
export function rpcError(code: grpc.status, details: string, trailers: Record<string, string> = {}): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return { code, details, metadata };
}

export const rpc = {
  // RpcExceptions.LeaderInfo: NotFound with the leader's endpoint, which the client reconnects to.
  notLeader: (host: string, port: number) =>
    rpcError(grpc.status.NOT_FOUND, 'Leader info available', {
      exception: 'not-leader',
      'leader-endpoint-host': host,
      'leader-endpoint-port': String(port),
    }),
  // RpcExceptions.ServerNotReady.
  notReady: () => rpcError(grpc.status.UNAVAILABLE, 'Server Is Not Ready'),
  // RpcExceptions.Timeout: a commit/prepare/forward timeout on the Append call.
  timeout: (message: string) => rpcError(grpc.status.ABORTED, `Operation timed out: ${message}`),
  accessDenied: () => rpcError(grpc.status.PERMISSION_DENIED, 'Access Denied', { exception: 'access-denied' }),
  streamDeleted: (name: string) =>
    rpcError(grpc.status.FAILED_PRECONDITION, `Event stream '${name}' is deleted.`, { exception: 'stream-deleted', 'stream-name': name }),
  invalidPosition: () => rpcError(grpc.status.INVALID_ARGUMENT, 'Trying to read from an invalid position.'),
  maxAppendSize: (max: number) =>
    rpcError(grpc.status.INVALID_ARGUMENT, `Maximum Append Size of ${max} Exceeded.`, {
      exception: 'maximum-append-size-exceeded',
      'maximum-append-size': String(max),
    }),
};

/** google.rpc.Status with a packed detail, as src/KurrentDB.Core/Services/Transport/Grpc/Status.cs builds them for BatchAppend. */
function status(code: grpc.status, message: string, typeName: string, detail: { serializeBinary(): Uint8Array }): any {
  const any = new anyPb.Any();
  any.pack(detail.serializeBinary(), typeName);
  const s = new statusPb.Status();
  s.setCode(code);
  s.setMessage(message);
  s.setDetails(any);
  return s;
}

export const batchStatus = {
  wrongExpectedVersion(current: bigint, expected: bigint): any {
    // shared.WrongExpectedVersion.Create(currentStreamRevision, expectedVersion).
    const detail = new sharedPb.WrongExpectedVersion();
    if (current < 0n) detail.setCurrentNoStream(new emptyPb.Empty());
    else detail.setCurrentStreamRevision(current.toString());
    if (expected >= 0n) detail.setExpectedStreamPosition(expected.toString());
    else if (expected === NO_STREAM) detail.setExpectedNoStream(new emptyPb.Empty());
    else if (expected === -4n) detail.setExpectedStreamExists(new emptyPb.Empty());
    else detail.setExpectedAny(new emptyPb.Empty());
    return status(grpc.status.ALREADY_EXISTS, 'WrongExpectedVersion', 'event_store.client.WrongExpectedVersion', detail);
  },
  streamDeleted(name: string): any {
    const detail = new sharedPb.StreamDeleted();
    detail.setStreamIdentifier(streamIdentifier(name));
    return status(grpc.status.NOT_FOUND, 'StreamDeleted', 'event_store.client.StreamDeleted', detail);
  },
  accessDenied: () => status(grpc.status.PERMISSION_DENIED, 'AccessDenied', 'event_store.client.AccessDenied', new sharedPb.AccessDenied()),
  timeout: () => status(grpc.status.DEADLINE_EXCEEDED, 'Timeout', 'event_store.client.Timeout', new sharedPb.Timeout()),
  maxAppendSize(max: number): any {
    const detail = new sharedPb.MaximumAppendSizeExceeded();
    detail.setMaxappendsize(max);
    return status(grpc.status.INVALID_ARGUMENT, 'MaximumAppendSizeExceeded', 'event_store.client.MaximumAppendSizeExceeded', detail);
  },
};

export const empty = () => new emptyPb.Empty();
