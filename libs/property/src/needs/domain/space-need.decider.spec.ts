import { DepartmentDirectory } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { gcj02ToWgs84, roundCoordinate } from '../../domain/coordinates';
import { hospitalManager, NOW, posted, schoolManager, actor } from '../testing/space-need-fixtures';
import { PostSpaceNeed, spaceNeedDecider } from './space-need.decider';
import { SpaceNeedEvent } from './space-need.events';
import { useFitReason, useServes } from './use-fit';

const post = (over: Partial<PostSpaceNeed> = {}): PostSpaceNeed => ({
  kind: 'PostSpaceNeed',
  actor: hospitalManager,
  needId: 'n-1',
  now: NOW,
  title: ' 医务科办公用房 ',
  use: 'office',
  minAreaSqm: 100,
  maxAreaSqm: 150,
  location: { lng: 114.131, lat: 22.548, system: 'WGS84' },
  radiusM: 2000,
  districtId: null,
  neededFrom: '2026-12-01',
  durationMonths: 24,
  purpose: '医务科扩编后办公',
  ...over,
});
const taken: SpaceNeedEvent = { type: 'space-need.match-taken.v1', data: { needId: 'n-1', allocationId: 'al-1', propertyId: 'p-1' } };

describe('space needs (空间使用需求): post, withdraw, and what the allocation carries to them', () => {
  const spec = deciderSpec(spaceNeedDecider({ departments: DepartmentDirectory.demo() }));

  it('posts a need with a point and radius, trimmed, for the poster’s own department', () => {
    spec.given([]).when(post()).then([posted()]);
  });

  it('stores a GCJ-02 point (高德, 腾讯) as WGS-84 and keeps what was entered', () => {
    const entered = { lng: 114.136, lat: 22.545, system: 'GCJ02' as const };
    const wgs = gcj02ToWgs84(entered);
    spec
      .given([])
      .when(post({ location: entered }))
      .then([
        posted({
          location: { lng: roundCoordinate(wgs.lng), lat: roundCoordinate(wgs.lat) },
          enteredLocation: entered,
        }),
      ]);
    expect(Math.abs(wgs.lng - entered.lng)).toBeGreaterThan(0.003);
  });

  it('posts a need for a district instead of a point', () => {
    spec
      .given([])
      .when(post({ location: null, radiusM: null, districtId: 'R-DEMO' }))
      .then([posted({ location: null, enteredLocation: null, radiusM: null, districtId: 'R-DEMO' })]);
  });

  it('refuses a need without a place, with both, or with a place that is not one', () => {
    spec
      .given([])
      .when(post({ location: null, radiusM: null }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'location' });
    spec
      .given([])
      .when(post({ districtId: 'R-DEMO' }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'location' });
    spec
      .given([])
      .when(post({ location: null, radiusM: null, districtId: 'D-SCH1' }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'districtId' });
    spec
      .given([])
      .when(post({ location: { lng: 214, lat: 22, system: 'WGS84' } }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'location' });
    spec
      .given([])
      .when(post({ radiusM: 50 }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'radiusM' });
  });

  it('refuses an area range that is empty, upside down or finer than 0.01 m²', () => {
    spec
      .given([])
      .when(post({ minAreaSqm: 0 }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'minAreaSqm' });
    spec
      .given([])
      .when(post({ maxAreaSqm: 90 }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'maxAreaSqm' });
    spec
      .given([])
      .when(post({ maxAreaSqm: 150.005 }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'maxAreaSqm' });
  });

  it('refuses a start date in the past, a duration out of range, and an unknown use', () => {
    spec
      .given([])
      .when(post({ neededFrom: '2026-11-22' }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'neededFrom' });
    spec
      .given([])
      .when(post({ neededFrom: '2026-02-30' }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'neededFrom' });
    spec
      .given([])
      .when(post({ durationMonths: 0 }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'durationMonths' });
    spec
      .given([])
      .when(post({ use: 'castle' as never }))
      .thenError('INVALID_SPACE_NEED_FIELD', { field: 'use' });
  });

  it('is posted by a department’s asset manager only, once', () => {
    spec
      .given([])
      .when(post({ actor: actor('staff-hosp1', 'department_staff', 'D-HOSP1') }))
      .thenError('NOT_YOUR_DEPARTMENT');
    spec.given([posted()]).when(post()).thenError('SPACE_NEED_ALREADY_EXISTS');
  });

  it('is withdrawn by its department while open, with a reason; not while an allocation is under way', () => {
    const withdraw = { kind: 'WithdrawSpaceNeed', needId: 'n-1', now: NOW, reason: '已自行解决' } as const;
    spec
      .given([posted()])
      .when({ ...withdraw, actor: hospitalManager })
      .then([{ type: 'space-need.withdrawn.v1', data: { needId: 'n-1', reason: '已自行解决', by: 'mgr-hosp1' } }]);
    spec
      .given([posted()])
      .when({ ...withdraw, actor: schoolManager })
      .thenError('NOT_YOUR_DEPARTMENT');
    spec
      .given([posted(), taken])
      .when({ ...withdraw, actor: hospitalManager })
      .thenError('SPACE_NEED_NOT_OPEN', { status: 'allocating' });
    spec
      .given([])
      .when({ ...withdraw, actor: hospitalManager })
      .thenError('SPACE_NEED_NOT_FOUND');
  });

  it('holds one allocation at a time: a second take is refused, the same one carried again writes nothing', () => {
    const reserve = (allocationId: string) =>
      ({ kind: 'ReserveSpaceNeed', actor: hospitalManager, needId: 'n-1', now: NOW, allocationId, propertyId: 'p-1' }) as const;
    spec.given([posted()]).when(reserve('al-1')).then([taken]);
    spec.given([posted(), taken]).when(reserve('al-1')).then([]);
    spec.given([posted(), taken]).when(reserve('al-2')).thenError('SPACE_NEED_NOT_OPEN');
  });

  it('opens again when its allocation is rejected and is fulfilled (once) when it is handed over', () => {
    const base = { actor: hospitalManager, needId: 'n-1', now: NOW, allocationId: 'al-1' } as const;
    const ended: SpaceNeedEvent = {
      type: 'space-need.allocation-ended.v1',
      data: { needId: 'n-1', allocationId: 'al-1', outcome: 'rejected', reason: '面积超标' },
    };
    spec
      .given([posted(), taken])
      .when({ ...base, kind: 'ReleaseSpaceNeed', reason: '面积超标' })
      .then([ended]);
    spec
      .given([posted(), taken, ended])
      .when({ ...base, kind: 'ReleaseSpaceNeed', reason: '面积超标' })
      .then([]);
    const fulfilled: SpaceNeedEvent = {
      type: 'space-need.fulfilled.v1',
      data: { needId: 'n-1', allocationId: 'al-1', propertyId: 'p-1', since: '2026-11-23' },
    };
    const fulfil = { ...base, kind: 'FulfilSpaceNeed', propertyId: 'p-1', since: '2026-11-23' } as const;
    spec.given([posted(), taken]).when(fulfil).then([fulfilled]);
    spec.given([posted(), taken, fulfilled]).when(fulfil).then([]);
    spec.given([posted()]).when(fulfil).thenError('SPACE_NEED_NOT_OPEN');
  });
});

describe('which uses serve which need (a named choice)', () => {
  it('office needs only office space, and office space serves only office needs', () => {
    expect(useServes('office', 'office')).toBe(true);
    expect(useServes('business', 'office')).toBe(false);
    expect(useServes('office', 'business')).toBe(false);
    expect(useServes('office', 'other')).toBe(false);
  });

  it('桥下空间 serves parking and sports needs, with a reason that says so', () => {
    expect(useServes('under_bridge', 'parking')).toBe(true);
    expect(useServes('under_bridge', 'sports_venue')).toBe(true);
    expect(useFitReason('under_bridge', 'parking')).toBe('桥下空间可作停车场使用');
    expect(useFitReason('office', 'office')).toBe('用途相符（办公用房）');
  });
});
