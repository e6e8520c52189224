import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PersonalDataVault, SealedValue } from '@app/shared';
import { residentDecider, ResidentState, subjectOf } from '../domain/resident.decider';
import { ResidentEvent, ResidentPersonalFields, residentStreamId } from '../domain/sharing.events';

/** A resident's stream folded, and their personal fields opened or sealed through the personal-data port. */
@Injectable()
export class ResidentRecords {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    readonly vault: PersonalDataVault,
  ) {}

  async state(residentId: string): Promise<ResidentState> {
    const events = await this.store.readStream(residentStreamId(residentId));
    return events.reduce(
      (s, e) => residentDecider.evolve(s, { type: e.type, data: e.data } as ResidentEvent),
      residentDecider.initialState(),
    );
  }

  /** The current profile in plain text (null when none, or when its key is gone). */
  async fields(state: ResidentState): Promise<ResidentPersonalFields | null> {
    if (!state.profile) return null;
    if (state.profile.kind === 'plain') return state.profile.fields;
    return this.vault.open<ResidentPersonalFields>(state.profile.personal);
  }

  get eventStore(): EventStore {
    return this.store;
  }

  seal(residentId: string, state: ResidentState, value: unknown): Promise<SealedValue> {
    return this.vault.seal(subjectOf(residentId, state), value);
  }
}
