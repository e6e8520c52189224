import { evolveAllocationRow, evolveNeedRow } from './space-needs.projection';

/*
 * Stored values a date column would refuse must fold to the neutral date, never reach the insert: a
 * refused batch would stop the projector for every later event.
 */
const AT = new Date('2026-11-20T02:00:00Z');
const NEED_ID = '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8';
const ALLOCATION_ID = '1c2d3e4f-5061-4b72-8c83-a4b5c6d7e8f9';
const PROPERTY_ID = '2d3e4f50-6172-4c83-9d94-b5c6d7e8f90a';
const IMPOSSIBLE_DATES = ['2026-02-30', '0000-01-01', 'x'];

const posted = (neededFrom: unknown) => ({
  needId: NEED_ID,
  departmentId: 'D-HOSP1',
  title: '门诊扩容',
  use: 'business',
  minAreaSqm: 100,
  maxAreaSqm: 300,
  location: null,
  radiusM: null,
  districtId: 'DIST-A',
  neededFrom,
  durationMonths: 12,
  purpose: '门诊',
  postedBy: 'u-1',
});

const startedRow = () =>
  evolveAllocationRow(
    null,
    'space-allocation.started.v1',
    {
      allocationId: ALLOCATION_ID,
      needId: NEED_ID,
      needTitle: '门诊扩容',
      property: { propertyId: PROPERTY_ID, propertyNo: 'WH-1', name: '101', use: 'business', grossAreaSqm: 120 },
      fromUnitId: 'D-EDU',
      toDepartmentId: 'D-HOSP1',
      steps: [],
      policyVersion: null,
      requestedBy: 'u-1',
    },
    AT,
  );

describe('space needs projection, stored dates', () => {
  it.each(IMPOSSIBLE_DATES)('given a need posted with neededFrom %p, when folded, then it reads as the day it was posted', (stored) => {
    expect(evolveNeedRow(null, 'space-need.posted.v1', posted(stored), AT)?.neededFrom).toBe('2026-11-20');
  });

  it('given a need posted with a real date, when folded, then the date is kept', () => {
    expect(evolveNeedRow(null, 'space-need.posted.v1', posted('2026-12-01'), AT)?.neededFrom).toBe('2026-12-01');
  });

  it.each(IMPOSSIBLE_DATES)('given a handover stored with since %p, when folded, then it reads as the day it was recorded', (stored) => {
    const row = evolveAllocationRow(startedRow(), 'space-allocation.handed-over.v1', { allocationId: ALLOCATION_ID, since: stored }, AT);
    expect(row?.handedOverOn).toBe('2026-11-20');
    expect(row?.status).toBe('handed_over');
  });
});
