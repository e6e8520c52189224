import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Actor, Clock, ERASED_LABEL, maskName, maskPhone, maskPlate, PersonalDataVault, SealedValue } from '@app/shared';
import type { ResidentPersonalFields } from '@app/sharing';

/** How a reader may see a resident's personal fields. */
export type Exposure = 'full' | 'masked';

export interface ShownPerson {
  readonly name: string | null;
  readonly phone: string | null;
  readonly plateNumber: string | null;
  /** The person's data was erased: name, phone and plate read 已注销. */
  readonly erased: boolean;
}

const ERASED: ShownPerson = { name: ERASED_LABEL, phone: ERASED_LABEL, plateNumber: ERASED_LABEL, erased: true };

/**
 * Opens residents' sealed fields for a read, full for those entitled and masked for everyone
 * else; a staff read of full fields is itself recorded (`privacy.personal-data-read.v1`, in the audit log).
 */
@Injectable()
export class PersonalDataPresenter {
  constructor(
    private readonly vault: PersonalDataVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async person(profile: SealedValue | null, plate: SealedValue | null, erased: boolean, exposure: Exposure): Promise<ShownPerson> {
    if (erased) return ERASED;
    const fields = profile ? await this.vault.open<ResidentPersonalFields>(profile) : null;
    // A plate only where the booking needed one (parking): the profile's own plate is not shown with other bookings.
    const plateNumber = plate ? await this.vault.open<string>(plate) : null;
    // A destroyed key reads as erased even before the projector has caught up with the erasure event.
    if ((profile && !fields) || (plate && plateNumber === null)) return ERASED;
    if (!fields && plateNumber === null) return { name: null, phone: null, plateNumber: null, erased: false };
    if (exposure === 'full') return { name: fields?.name ?? null, phone: fields?.phone ?? null, plateNumber, erased: false };
    return {
      name: fields ? maskName(fields.name) : null,
      phone: fields ? maskPhone(fields.phone) : null,
      plateNumber: plateNumber === null ? null : maskPlate(plateNumber),
      erased: false,
    };
  }

  /** A resident's own profile, in full (null when none or erased): for the resident themself only. */
  ownProfile(profile: SealedValue): Promise<ResidentPersonalFields | null> {
    return this.vault.open<ResidentPersonalFields>(profile);
  }

  /** Records that a member of staff read these subjects' personal data in full, and why. */
  async recordStaffRead(reader: Actor, subjectIds: readonly string[], purpose: string, request: string): Promise<void> {
    if (subjectIds.length === 0) return;
    const id = randomUUID();
    await this.store.append(
      `personal-data-reads-${reader.userId}`,
      [
        {
          id,
          type: 'privacy.personal-data-read.v1',
          data: {
            readerId: reader.userId,
            subjectIds: [...new Set(subjectIds)].sort(),
            fields: ['name', 'phone', 'plateNumber'],
            purpose,
            request,
          },
          metadata: {
            actorId: reader.userId,
            actorRole: reader.role,
            departmentId: reader.departmentId,
            correlationId: id,
            causationId: id,
            occurredAt: this.clock.now().toISOString(),
          },
        },
      ],
      'any',
    );
  }
}
