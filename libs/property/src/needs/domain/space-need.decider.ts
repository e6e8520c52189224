import { Actor, chinaDate, Decision, DepartmentDirectory, isCalendarDate } from '@app/shared';
import { gcj02ToWgs84, LngLat, roundCoordinate } from '../../domain/coordinates';
import { PROPERTY_USES, PropertyUse } from '../../domain/property.constants';
import { SpaceNeedError } from './space-need.errors';
import { EnteredLocation, SpaceNeedEvent } from './space-need.events';
import { evolveSpaceNeed, initialSpaceNeedState, PostedNeed, SpaceNeedState } from './space-need.state';

interface OnNeed {
  readonly actor: Actor;
  readonly needId: string;
  /** ISO time the command is decided at. */
  readonly now: string;
}

export interface PostSpaceNeed extends OnNeed {
  readonly kind: 'PostSpaceNeed';
  readonly title: string;
  readonly use: PropertyUse;
  readonly minAreaSqm: number;
  readonly maxAreaSqm: number;
  readonly location: EnteredLocation | null;
  readonly radiusM: number | null;
  readonly districtId: string | null;
  readonly neededFrom: string;
  readonly durationMonths: number;
  readonly purpose: string;
}

export interface WithdrawSpaceNeed extends OnNeed {
  readonly kind: 'WithdrawSpaceNeed';
  readonly reason: string;
}

/** Sent by the allocation process (调配), not by a person's request: it carries the allocation's outcome to the need. */
export interface ReserveSpaceNeed extends OnNeed {
  readonly kind: 'ReserveSpaceNeed';
  readonly allocationId: string;
  readonly propertyId: string;
}

export interface ReleaseSpaceNeed extends OnNeed {
  readonly kind: 'ReleaseSpaceNeed';
  readonly allocationId: string;
  readonly reason: string;
}

export interface FulfilSpaceNeed extends OnNeed {
  readonly kind: 'FulfilSpaceNeed';
  readonly allocationId: string;
  readonly propertyId: string;
  readonly since: string;
}

export type SpaceNeedCommand = PostSpaceNeed | WithdrawSpaceNeed | ReserveSpaceNeed | ReleaseSpaceNeed | FulfilSpaceNeed;

export interface SpaceNeedDeciderDeps {
  readonly departments: DepartmentDirectory;
}

/** Largest area a need may ask for (m²): a whole campus, not a typo of a few zeros more. */
export const MAX_NEED_AREA_SQM = 1_000_000;
export const MIN_RADIUS_M = 100;
export const MAX_RADIUS_M = 50_000;
export const MAX_DURATION_MONTHS = 240;

const invalid = (field: string, message: string) => new SpaceNeedError('INVALID_SPACE_NEED_FIELD', message, { field });

const text = (max: number) => (value: unknown) => typeof value === 'string' && value.trim().length > 0 && value.trim().length <= max;

/** m² with at most two decimals, as the register keeps areas. */
function isArea(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= MAX_NEED_AREA_SQM && Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

function isPoint(p: EnteredLocation): boolean {
  return Number.isFinite(p.lng) && Number.isFinite(p.lat) && Math.abs(p.lng) <= 180 && Math.abs(p.lat) <= 90;
}

function storedPoint(entered: EnteredLocation): LngLat {
  const wgs = entered.system === 'GCJ02' ? gcj02ToWgs84(entered) : entered;
  return { lng: roundCoordinate(wgs.lng), lat: roundCoordinate(wgs.lat) };
}

function isDepartmentManager(actor: Actor): actor is Actor & { departmentId: string } {
  return actor.role === 'asset_manager' && actor.departmentId !== null;
}

/** Where the need is: a point with a radius, or a district; exactly one of them. */
function placeProblem(c: PostSpaceNeed, deps: SpaceNeedDeciderDeps): SpaceNeedError | null {
  if ((c.location === null) === (c.districtId === null)) {
    return invalid('location', '请给出位置及半径，或选择所在区（二者选一）');
  }
  if (c.location !== null) {
    if (!isPoint(c.location)) return invalid('location', '坐标无效：经度 −180～180，纬度 −90～90');
    if (c.radiusM === null || !Number.isInteger(c.radiusM) || c.radiusM < MIN_RADIUS_M || c.radiusM > MAX_RADIUS_M) {
      return invalid('radiusM', `半径须为 ${MIN_RADIUS_M}–${MAX_RADIUS_M} 米的整数`);
    }
    return null;
  }
  if (c.radiusM !== null) return invalid('radiusM', '按区域发布的需求不设半径');
  const district = deps.departments.get(c.districtId as string);
  if (!district || (district.level !== 'district' && district.level !== 'city')) {
    return invalid('districtId', `${c.districtId} 不是一个区`);
  }
  return null;
}

function post(c: PostSpaceNeed, state: SpaceNeedState, deps: SpaceNeedDeciderDeps): Decision<SpaceNeedEvent> {
  if (state.status !== 'none') return new SpaceNeedError('SPACE_NEED_ALREADY_EXISTS', `需求 ${c.needId} 已存在`);
  if (!isDepartmentManager(c.actor)) return new SpaceNeedError('NOT_YOUR_DEPARTMENT', '空间使用需求由单位的资产管理员发布');
  if (!text(100)(c.title)) return invalid('title', '需求名称须为 1–100 个字');
  if (!PROPERTY_USES.includes(c.use)) return invalid('use', '用途不在物业用途之列');
  if (!isArea(c.minAreaSqm)) return invalid('minAreaSqm', `面积下限须大于 0、不超过 ${MAX_NEED_AREA_SQM} ㎡，至多两位小数`);
  if (!isArea(c.maxAreaSqm)) return invalid('maxAreaSqm', `面积上限须大于 0、不超过 ${MAX_NEED_AREA_SQM} ㎡，至多两位小数`);
  if (c.maxAreaSqm < c.minAreaSqm) return invalid('maxAreaSqm', '面积上限不能小于下限');
  const place = placeProblem(c, deps);
  if (place) return place;
  if (!isCalendarDate(c.neededFrom)) return invalid('neededFrom', '起用日期须为 YYYY-MM-DD');
  if (c.neededFrom < chinaDate(new Date(c.now))) return invalid('neededFrom', '起用日期不能早于今天');
  if (!Number.isInteger(c.durationMonths) || c.durationMonths < 1 || c.durationMonths > MAX_DURATION_MONTHS) {
    return invalid('durationMonths', `使用期限须为 1–${MAX_DURATION_MONTHS} 个月`);
  }
  if (!text(1000)(c.purpose)) return invalid('purpose', '请说明用途（1–1000 字）');
  return [
    {
      type: 'space-need.posted.v1',
      data: {
        needId: c.needId,
        departmentId: c.actor.departmentId,
        title: c.title.trim(),
        use: c.use,
        minAreaSqm: c.minAreaSqm,
        maxAreaSqm: c.maxAreaSqm,
        location: c.location === null ? null : storedPoint(c.location),
        enteredLocation: c.location === null ? null : { lng: c.location.lng, lat: c.location.lat, system: c.location.system },
        radiusM: c.location === null ? null : c.radiusM,
        districtId: c.location === null ? c.districtId : null,
        neededFrom: c.neededFrom,
        durationMonths: c.durationMonths,
        purpose: c.purpose.trim(),
        postedBy: c.actor.userId,
      },
    },
  ];
}

function posted(c: SpaceNeedCommand, state: SpaceNeedState): PostedNeed | SpaceNeedError {
  return state.status === 'none' ? new SpaceNeedError('SPACE_NEED_NOT_FOUND', `没有需求 ${c.needId}`) : state;
}

function withdraw(c: WithdrawSpaceNeed, need: PostedNeed): Decision<SpaceNeedEvent> {
  if (c.actor.role !== 'asset_manager' || c.actor.departmentId !== need.departmentId) {
    return new SpaceNeedError('NOT_YOUR_DEPARTMENT', `需求属于 ${need.departmentId}，只能由该单位撤回`);
  }
  if (need.status !== 'open') {
    const why = { allocating: '正在调配中', fulfilled: '已满足', withdrawn: '已撤回' }[need.status];
    return new SpaceNeedError('SPACE_NEED_NOT_OPEN', `需求${why}，不能撤回`, { status: need.status });
  }
  if (!text(500)(c.reason)) return invalid('reason', '撤回须说明原因');
  return [{ type: 'space-need.withdrawn.v1', data: { needId: need.needId, reason: c.reason.trim(), by: c.actor.userId } }];
}

function reserve(c: ReserveSpaceNeed, need: PostedNeed): Decision<SpaceNeedEvent> {
  // The same allocation carried again (a retried take) finds its reservation in place.
  if (need.status === 'allocating' && need.allocationId === c.allocationId) return [];
  if (need.status !== 'open') {
    const why = { allocating: '已有一项调配在办理中', fulfilled: '已满足', withdrawn: '已撤回' }[need.status];
    return new SpaceNeedError('SPACE_NEED_NOT_OPEN', `需求${why}，不能再选用匹配物业`, { status: need.status });
  }
  return [{ type: 'space-need.match-taken.v1', data: { needId: need.needId, allocationId: c.allocationId, propertyId: c.propertyId } }];
}

function release(c: ReleaseSpaceNeed, need: PostedNeed): Decision<SpaceNeedEvent> {
  if (need.status !== 'allocating' || need.allocationId !== c.allocationId) return [];
  return [
    {
      type: 'space-need.allocation-ended.v1',
      data: { needId: need.needId, allocationId: c.allocationId, outcome: 'rejected', reason: c.reason },
    },
  ];
}

function fulfil(c: FulfilSpaceNeed, need: PostedNeed): Decision<SpaceNeedEvent> {
  if (need.status === 'fulfilled' && need.allocationId === c.allocationId) return [];
  if (need.status !== 'allocating' || need.allocationId !== c.allocationId) {
    return new SpaceNeedError('SPACE_NEED_NOT_OPEN', `需求 ${need.needId} 不在调配 ${c.allocationId} 中`);
  }
  return [
    {
      type: 'space-need.fulfilled.v1',
      data: { needId: need.needId, allocationId: c.allocationId, propertyId: c.propertyId, since: c.since },
    },
  ];
}

export function decideSpaceNeed(c: SpaceNeedCommand, state: SpaceNeedState, deps: SpaceNeedDeciderDeps): Decision<SpaceNeedEvent> {
  if (c.kind === 'PostSpaceNeed') return post(c, state, deps);
  const need = posted(c, state);
  if (need instanceof SpaceNeedError) return need;
  switch (c.kind) {
    case 'WithdrawSpaceNeed':
      return withdraw(c, need);
    case 'ReserveSpaceNeed':
      return reserve(c, need);
    case 'ReleaseSpaceNeed':
      return release(c, need);
    case 'FulfilSpaceNeed':
      return fulfil(c, need);
    default: {
      const unreachable: never = c;
      return unreachable;
    }
  }
}

export const spaceNeedDecider = (deps: SpaceNeedDeciderDeps) => ({
  decide: (command: SpaceNeedCommand, state: SpaceNeedState) => decideSpaceNeed(command, state, deps),
  evolve: evolveSpaceNeed,
  initialState: initialSpaceNeedState,
});
