import { deciderSpec } from '@app/shared/testing/decider-spec';
import { residentDecider } from '../../domain/resident.decider';
import { erased, fields, legacy, record, recorded } from '../../domain/resident.fixtures';

describe("a resident's profile (name, phone, plate only, sealed under the resident's key)", () => {
  const spec = deciderSpec(residentDecider);

  it('given nothing, when a profile is recorded, then only the sealed value and the subject id are written', () => {
    spec.given([]).when(record()).then([recorded()]);
  });

  it('given a profile, when another is recorded, then it is sealed for the same subject', () => {
    spec
      .given([recorded()])
      .when(record('r-1/1', { ...fields, plateNumber: null }))
      .then([recorded()]);
  });

  it('given an erased profile, when a new one is recorded, then it belongs to a fresh subject (the old key stays destroyed)', () => {
    spec
      .given([recorded(), erased()])
      .when(record('r-1/2'))
      .then([recorded('r-1/2')]);
  });

  it('given a profile erased meanwhile, when a value sealed for the old subject arrives, then it is refused', () => {
    spec.given([recorded(), erased()]).when(record('r-1/1')).thenError('PROFILE_CHANGED');
  });

  it('given a plain-text profile from before encryption, when a new profile is recorded, then it is sealed for the first subject', () => {
    spec.given([legacy()]).when(record('r-1/1')).then([recorded()]);
  });

  it('given nothing, when a profile lacks a name or phone, then it is refused', () => {
    spec
      .given([])
      .when(record('r-1/1', { ...fields, name: ' ' }))
      .thenError('INVALID_PROFILE');
    spec
      .given([])
      .when(record('r-1/1', { ...fields, phone: '' }))
      .thenError('INVALID_PROFILE');
  });

  it('given an upcast of a plain-text profile, when the resident has recorded a sealed one since, then the sealed one stays current', () => {
    const state = [legacy(), recorded('r-1/1'), recorded('r-1/1', 'old-event-id')].reduce(
      residentDecider.evolve,
      residentDecider.initialState(),
    );
    expect(state.profile).toEqual({ kind: 'sealed', subjectId: 'r-1/1', personal: recorded().data.personal });
    const upcast = [legacy(), recorded('r-1/1', 'old-event-id')].reduce(residentDecider.evolve, residentDecider.initialState());
    expect(upcast.profile?.kind).toBe('sealed');
  });
});
