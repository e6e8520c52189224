import { v5 as uuidv5 } from 'uuid';
import { EventStore, GlobalPosition, RecordedEvent } from '@app/event-store';
import { PersonalDataVault } from '@app/shared';
import {
  BookingPlacedV1,
  BookingPlacedV2,
  BookingPlateSealed,
  ResidentProfileRecorded,
  ResidentProfileRecordedV1,
  residentStreamId,
} from '../../domain/sharing.events';

const UPCAST = '6f1d2c1e-0b7a-4c55-9f3e-2a8b9c7d4e10';
const BATCH = 1000;

export interface UpcastReport {
  readonly profilesSealed: number;
  readonly platesSealed: number;
  /** Plain-text events of people erased since: nothing is sealed for them (their plain text stays only in those old events). */
  readonly skippedErased: number;
  readonly alreadyDone: number;
}

interface Legacy {
  readonly event: RecordedEvent;
  readonly residentId: string;
  /** Erasures of the resident before this event: the generation (subject) it belongs to. */
  readonly erasuresBefore: number;
}

/**
 * One-off migration of residents' personal data written in plain text before sealing: each
 * `resident.profile-recorded.v1` gets a `resident.profile-recorded.v2` and each plain plate of a
 * `booking.placed.v1/v2` a `booking.plate-sealed.v1`, sealed under the resident's key and naming
 * the event they supersede. History stays append-only: the old events keep their plain text
 * (the note on issue 17 says how operators purge it from backups). Safe to run again: event ids
 * derive from the superseded event, and events already superseded are skipped.
 */
export class PersonalDataUpcaster {
  constructor(
    private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly now: () => Date,
  ) {}

  async run(): Promise<UpcastReport> {
    const legacy: Legacy[] = [];
    const superseded = new Set<string>();
    const erasures = new Map<string, number>();
    for (let after: GlobalPosition | undefined; ;) {
      const batch = await this.store.readAll({ after, maxCount: BATCH, streamPrefixes: ['resident-', 'slot-'] });
      if (batch.length === 0) break;
      for (const e of batch) {
        const data = e.data as Record<string, unknown>;
        if (e.type === 'resident.erased.v1') erasures.set(String(data.residentId), (erasures.get(String(data.residentId)) ?? 0) + 1);
        if ((e.type === 'resident.profile-recorded.v2' || e.type === 'booking.plate-sealed.v1') && typeof data.supersedes === 'string')
          superseded.add(data.supersedes);
        if (e.type === 'resident.profile-recorded.v1')
          legacy.push({ event: e, residentId: String(data.residentId), erasuresBefore: erasures.get(String(data.residentId)) ?? 0 });
        if (
          (e.type === 'booking.placed.v1' || e.type === 'booking.placed.v2') &&
          data.bookerKind === 'resident' &&
          typeof data.plateNumber === 'string'
        )
          legacy.push({ event: e, residentId: String(data.bookerId), erasuresBefore: erasures.get(String(data.bookerId)) ?? 0 });
      }
      after = batch[batch.length - 1].position;
    }
    let profilesSealed = 0;
    let platesSealed = 0;
    let skippedErased = 0;
    let alreadyDone = 0;
    for (const item of legacy) {
      if (superseded.has(item.event.id)) {
        alreadyDone += 1;
        continue;
      }
      // Erased after it was written: its generation's key is gone, and nothing new is sealed for an erased person.
      if ((erasures.get(item.residentId) ?? 0) > item.erasuresBefore) {
        skippedErased += 1;
        continue;
      }
      const subjectId = `${item.residentId}/${item.erasuresBefore + 1}`;
      if (item.event.type === 'resident.profile-recorded.v1') {
        const { residentId, name, phone, plateNumber } = (item.event as unknown as ResidentProfileRecordedV1 & { id: string }).data;
        const sealed: ResidentProfileRecorded = {
          type: 'resident.profile-recorded.v2',
          data: {
            residentId,
            subjectId,
            personal: await this.vault.seal(subjectId, { name, phone, plateNumber }),
            supersedes: item.event.id,
          },
        };
        await this.append(residentStreamId(residentId), sealed, item.event);
        profilesSealed += 1;
      } else {
        const data = (item.event as unknown as BookingPlacedV1 | BookingPlacedV2).data;
        const sealed: BookingPlateSealed = {
          type: 'booking.plate-sealed.v1',
          data: {
            bookingId: data.bookingId,
            subjectId,
            plate: await this.vault.seal(subjectId, data.plateNumber),
            supersedes: item.event.id,
          },
        };
        await this.append(item.event.streamId, sealed, item.event);
        platesSealed += 1;
      }
    }
    return { profilesSealed, platesSealed, skippedErased, alreadyDone };
  }

  private async append(streamId: string, event: { type: string; data: object }, supersedes: RecordedEvent): Promise<void> {
    const id = uuidv5(`upcast:${supersedes.id}`, UPCAST);
    await this.store.append(
      streamId,
      [
        {
          id,
          type: event.type,
          data: event.data as Record<string, unknown>,
          metadata: {
            actorId: 'operator',
            actorRole: 'system',
            departmentId: null,
            correlationId: id,
            causationId: supersedes.id,
            occurredAt: this.now().toISOString(),
            commandId: id,
          },
        },
      ],
      'any',
    );
  }
}
