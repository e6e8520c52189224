import { deciderSpec } from '@app/shared/testing/decider-spec';
import { residentDecider, ResidentProfileCommand } from '../../domain/resident.decider';
import { ResidentProfileRecorded } from '../../domain/sharing.events';

const profile: ResidentProfileCommand = { residentId: 'resident-1', name: '王五', phone: '13800001111', plateNumber: '沪A12345' };
const recorded = (data = profile): ResidentProfileRecorded => ({ type: 'resident.profile-recorded.v1', data });

describe("a resident's profile (name, phone, plate only)", () => {
  const spec = deciderSpec(residentDecider);

  it('records a first profile', () => {
    spec.given([]).when(profile).then([recorded()]);
  });

  it('writes nothing when nothing changed', () => {
    spec.given([recorded()]).when(profile).then([]);
  });

  it('records a change of plate, or dropping it', () => {
    spec
      .given([recorded()])
      .when({ ...profile, plateNumber: '沪B54321' })
      .then([recorded({ ...profile, plateNumber: '沪B54321' })]);
    spec
      .given([recorded()])
      .when({ ...profile, plateNumber: null })
      .then([recorded({ ...profile, plateNumber: null })]);
  });

  it('compares with the latest profile, not the first', () => {
    const changed = { ...profile, phone: '13900002222' };
    spec
      .given([recorded(), recorded(changed)])
      .when(changed)
      .then([]);
  });
});
