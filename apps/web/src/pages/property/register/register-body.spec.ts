import { RegisterValues, toRegisterBody } from './register-body';

const base: RegisterValues = {
  kind: 'room',
  parentId: '0b6c8f7e-3d1a-4c2b-9e8f-1a2b3c4d5e6f',
  propertyNo: ' LH-B-001-301 ',
  name: '301 会议室',
  address: '  ',
  system: 'GCJ02',
  grossAreaSqm: 85.5,
  use: 'office',
  status: 'idle',
};

describe('the 物业登记 request from the form', () => {
  it('leaves out empty fields and trims text', () => {
    expect(toRegisterBody(base)).toEqual({
      propertyNo: 'LH-B-001-301',
      kind: 'room',
      parentId: '0b6c8f7e-3d1a-4c2b-9e8f-1a2b3c4d5e6f',
      name: '301 会议室',
      grossAreaSqm: 85.5,
      use: 'office',
      status: 'idle',
    });
  });

  it('sends coordinates only when both are given, with the system they were read in', () => {
    expect(toRegisterBody({ ...base, lng: 114.136, lat: 22.5452 }).location).toEqual({ lng: 114.136, lat: 22.5452, system: 'GCJ02' });
    expect(toRegisterBody({ ...base, lng: 114.136, lat: null }).location).toBeUndefined();
  });

  it('sends the occupation date only with an occupant', () => {
    expect(toRegisterBody({ ...base, occupiedSince: '2020-01-01' }).occupiedSince).toBeUndefined();
    expect(toRegisterBody({ ...base, occupantUnitId: 'D-EDU', occupiedSince: '2020-01-01' })).toMatchObject({
      occupantUnitId: 'D-EDU',
      occupiedSince: '2020-01-01',
    });
  });
});
