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
    const p = state.profile;
    if (p && p.name === command.name && p.phone === command.phone && p.plateNumber === command.plateNumber) return [];
    return [{ type: 'resident.profile-recorded.v1', data: { ...command } }];
  },
};
