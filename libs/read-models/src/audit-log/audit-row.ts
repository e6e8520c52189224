import { leafEntryJson, merkleOf } from '@app/audit';
import { CryptoSuite } from '@app/crypto';
import { RecordedEvent } from '@app/event-store';
import { JsonText } from '../bulk-copy';
import { AuditLogRow } from './audit-log.entity';

const DEPARTMENT_FIELDS = ['departmentId', 'fromDepartmentId', 'toDepartmentId', 'claimantDepartmentId'];

/** The event's Merkle leaf in the suite's hash. */
export function leafFor(event: RecordedEvent, suite: CryptoSuite): Buffer {
  return leafOf(event, suite).hash;
}

/** The leaf hash, and the canonical JSON of the event's data and metadata it was hashed over. */
function leafOf(event: RecordedEvent, suite: CryptoSuite): { hash: Buffer; data: string | undefined; metadata: string | undefined } {
  const json = leafEntryJson({
    streamId: event.streamId,
    revision: event.revision.toString(),
    eventId: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
  });
  return { hash: merkleOf(suite).leafHash(Buffer.from(json.entry, 'utf8')), data: json.data, metadata: json.metadata };
}

export function departmentsOf(event: RecordedEvent): string[] {
  const found = new Set<string>();
  if (typeof event.metadata.departmentId === 'string') found.add(event.metadata.departmentId);
  const data = event.data as Record<string, unknown>;
  for (const field of DEPARTMENT_FIELDS) if (typeof data[field] === 'string') found.add(data[field] as string);
  const asset = data.asset as Record<string, unknown> | undefined;
  if (asset && typeof asset.departmentId === 'string') found.add(asset.departmentId);
  return [...found].sort();
}

/** The event's row in the log as leaf `leafIndex`, hashed in `suite` (its epoch's). */
export function auditRowOf(event: RecordedEvent, leafIndex: number, suite: CryptoSuite): AuditLogRow {
  const leaf = leafOf(event, suite);
  return {
    leafIndex: String(leafIndex),
    eventId: event.id,
    streamId: event.streamId,
    streamRevision: event.revision.toString(),
    commitPosition: event.position.commit.toString(),
    preparePosition: event.position.prepare.toString(),
    eventType: event.type,
    actorId: String(event.metadata.actorId ?? ''),
    departmentIds: departmentsOf(event),
    occurredAt: new Date(String(event.metadata.occurredAt ?? event.recordedAt.toISOString())),
    // Stored as the very JSON the leaf was hashed over (the same value as the event's; encoded once).
    data: leaf.data === undefined ? event.data : new JsonText(leaf.data),
    metadata: leaf.metadata === undefined ? event.metadata : new JsonText(leaf.metadata),
    leafHash: leaf.hash,
  };
}
