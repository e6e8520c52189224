import { SharingError } from './sharing.errors';
import { Decision } from '@app/shared';
import { ResidentEvent } from './sharing.events';

export interface ResidentProfileCommand {
  readonly residentId: string;
  readonly name: string;
  readonly phone: string;
  readonly plateNumber: string | null;
}

type ResidentState = { readonly profile: ResidentProfileCommand | null };

/** A resident keeps one current profile; an unchanged profile writes nothing. */
export const residentDecider = {
  initialState: (): ResidentState => ({ profile: null }),
  evolve: (_: ResidentState, event: ResidentEvent): ResidentState => ({ profile: event.data }),
  decide: (command: ResidentProfileCommand, state: ResidentState): Decision<ResidentEvent> => {
    // What the residents read model stores (name and phone required, plate optional), re-checked whatever the HTTP layer let through.
    const text = (v: unknown, max: number) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
    if (!text(command.name, 50) || !text(command.phone, 20) || (command.plateNumber !== null && !text(command.plateNumber, 20)))
      return new SharingError('INVALID_PROFILE', 'a resident profile needs a name and a phone number (and a plate, if any, as text)');
    const p = state.profile;
    if (p && p.name === command.name && p.phone === command.phone && p.plateNumber === command.plateNumber) return [];
    return [{ type: 'resident.profile-recorded.v1', data: { ...command } }];
  },
};
