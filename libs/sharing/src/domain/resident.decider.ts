import { Decision, SealedValue } from '@app/shared';
import { SharingError } from './sharing.errors';
import { ErasureRequester, ResidentEvent, ResidentPersonalFields } from './sharing.events';

/** The resident's profile as the stream holds it: sealed, or plain text from before encryption (until upcast). */
export type StoredProfile =
  | { readonly kind: 'sealed'; readonly subjectId: string; readonly personal: SealedValue }
  | { readonly kind: 'plain'; readonly fields: ResidentPersonalFields };

export interface ResidentState {
  readonly known: boolean;
  readonly profile: StoredProfile | null;
  readonly consent: { readonly noticeVersion: string; readonly givenAt: string } | null;
  /** Erasures so far: each erased profile used up one subject id. */
  readonly erasures: number;
}

/** The subject a new value of this resident is sealed for: a fresh one after each erasure. */
export const subjectOf = (residentId: string, state: ResidentState): string =>
  state.profile?.kind === 'sealed' ? state.profile.subjectId : `${residentId}/${state.erasures + 1}`;

export type ResidentCommand =
  | {
      readonly kind: 'RecordProfile';
      readonly residentId: string;
      /** The plain fields, checked here and never written. */
      readonly fields: ResidentPersonalFields;
      /** The same fields sealed by the personal-data port under subjectOf(state). */
      readonly sealed: SealedValue;
    }
  | {
      readonly kind: 'GiveConsent';
      readonly residentId: string;
      readonly noticeVersion: string;
      readonly current: { readonly version: string; readonly purposes: readonly string[] };
      readonly now: string;
    }
  | { readonly kind: 'WithdrawConsent'; readonly residentId: string; readonly now: string }
  | {
      readonly kind: 'Erase';
      readonly residentId: string;
      readonly requestedBy: ErasureRequester;
      readonly byUserId: string;
      readonly reason: string;
    };

const text = (v: unknown, max: number) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

function recordProfile(c: Extract<ResidentCommand, { kind: 'RecordProfile' }>, state: ResidentState): Decision<ResidentEvent> {
  // What a booking needs (name and phone required, plate optional), re-checked whatever the HTTP layer let through.
  const f = c.fields;
  if (!text(f.name, 50) || !text(f.phone, 20) || (f.plateNumber !== null && !text(f.plateNumber, 20)))
    return new SharingError('INVALID_PROFILE', 'a resident profile needs a name and a phone number (and a plate, if any, as text)');
  if (c.sealed.subjectId !== subjectOf(c.residentId, state))
    return new SharingError('PROFILE_CHANGED', 'the profile was erased or changed meanwhile: send it again');
  return [
    {
      type: 'resident.profile-recorded.v2',
      data: { residentId: c.residentId, subjectId: c.sealed.subjectId, personal: c.sealed, supersedes: null },
    },
  ];
}

function erase(c: Extract<ResidentCommand, { kind: 'Erase' }>, state: ResidentState): Decision<ResidentEvent> {
  if (c.requestedBy !== 'resident' && !text(c.reason, 200))
    return new SharingError('INVALID_ERASURE_REASON', 'an erasure on request or by retention names its reason (at most 200 characters)', {
      field: 'reason',
    });
  if (c.reason.length > 200)
    return new SharingError('INVALID_ERASURE_REASON', 'the reason has at most 200 characters', { field: 'reason' });
  if (!state.known) return new SharingError('RESIDENT_NOT_FOUND', `no resident ${c.residentId}`);
  if (!state.profile) {
    if (state.erasures > 0) return new SharingError('ALREADY_ERASED', `the personal data of ${c.residentId} is already erased`);
    return new SharingError('RESIDENT_NOT_FOUND', `${c.residentId} has recorded no personal data`);
  }
  return [
    {
      type: 'resident.erased.v1',
      data: {
        residentId: c.residentId,
        subjectId: subjectOf(c.residentId, state),
        requestedBy: c.requestedBy,
        byUserId: c.byUserId,
        reason: c.reason.trim(),
      },
    },
  ];
}

/**
 * A resident's personal data: one current profile (sealed under the resident's subject key),
 * consent to the notice, and erasure. Pure: the handler seals and the port destroys keys.
 */
export const residentDecider = {
  initialState: (): ResidentState => ({ known: false, profile: null, consent: null, erasures: 0 }),
  evolve: (state: ResidentState, event: ResidentEvent): ResidentState => {
    const known = { ...state, known: true };
    switch (event.type) {
      case 'resident.profile-recorded.v1': {
        const { name, phone, plateNumber } = event.data;
        return { ...known, profile: { kind: 'plain', fields: { name, phone, plateNumber } } };
      }
      case 'resident.profile-recorded.v2':
        // A re-encrypted old profile replaces only a plain one (a profile recorded sealed since then stays).
        if (event.data.supersedes !== null && state.profile?.kind !== 'plain') return known;
        return { ...known, profile: { kind: 'sealed', subjectId: event.data.subjectId, personal: event.data.personal } };
      case 'resident.consent-given.v1':
        return { ...known, consent: { noticeVersion: event.data.noticeVersion, givenAt: event.data.givenAt } };
      case 'resident.consent-withdrawn.v1':
        return { ...known, consent: null };
      case 'resident.erased.v1':
        // A fresh start: a new profile gets a new subject and needs consent again.
        return { ...known, profile: null, consent: null, erasures: state.erasures + 1 };
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  },
  decide: (command: ResidentCommand, state: ResidentState): Decision<ResidentEvent> => {
    switch (command.kind) {
      case 'RecordProfile':
        return recordProfile(command, state);
      case 'GiveConsent': {
        if (command.noticeVersion !== command.current.version)
          return new SharingError('NOTICE_OUTDATED', `the notice is now version ${command.current.version}: read it and agree again`, {
            field: 'noticeVersion',
          });
        if (state.consent?.noticeVersion === command.noticeVersion) return [];
        return [
          {
            type: 'resident.consent-given.v1',
            data: {
              residentId: command.residentId,
              noticeVersion: command.noticeVersion,
              purposes: [...command.current.purposes],
              givenAt: command.now,
            },
          },
        ];
      }
      case 'WithdrawConsent':
        if (!state.consent) return new SharingError('CONSENT_NOT_GIVEN', 'there is no consent to withdraw');
        return [
          {
            type: 'resident.consent-withdrawn.v1',
            data: { residentId: command.residentId, noticeVersion: state.consent.noticeVersion, withdrawnAt: command.now },
          },
        ];
      case 'Erase':
        return erase(command, state);
      default: {
        const unreachable: never = command;
        return unreachable;
      }
    }
  },
};
