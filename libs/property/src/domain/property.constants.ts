/** 地块, 楼栋, 楼层, 房间/场地: a building sits on a parcel, a floor in a building, a room on a floor or in a building. */
export const PROPERTY_KINDS = ['parcel', 'building', 'floor', 'room'] as const;
export type PropertyKind = (typeof PROPERTY_KINDS)[number];

export const PROPERTY_USES = ['office', 'business', 'school', 'parking', 'sports_venue', 'under_bridge', 'residential', 'other'] as const;
export type PropertyUse = (typeof PROPERTY_USES)[number];

export const PROPERTY_STATUSES = ['in_use', 'idle', 'leased', 'pending_disposal'] as const;
export type PropertyStatus = (typeof PROPERTY_STATUSES)[number];

export const PROPERTY_KIND_LABELS: Readonly<Record<PropertyKind, string>> = {
  parcel: '地块',
  building: '楼栋',
  floor: '楼层',
  room: '房间/场地',
};

export const PROPERTY_USE_LABELS: Readonly<Record<PropertyUse, string>> = {
  office: '办公用房',
  business: '业务用房',
  school: '学校',
  parking: '停车场',
  sports_venue: '体育场馆',
  under_bridge: '桥下空间',
  residential: '住宅',
  other: '其他',
};

export const PROPERTY_STATUS_LABELS: Readonly<Record<PropertyStatus, string>> = {
  in_use: '在用',
  idle: '闲置',
  leased: '出租出借',
  pending_disposal: '待处置',
};

/** Which kinds may hold which: the parent a property of each kind may have (null: none). */
export const PARENT_KINDS: Readonly<Record<PropertyKind, readonly PropertyKind[]>> = {
  parcel: [],
  building: ['parcel'],
  floor: ['building'],
  room: ['floor', 'building'],
};

/** Kinds that must sit in a parent (a floor outside any building is not a thing). */
export const PARENT_REQUIRED: ReadonlySet<PropertyKind> = new Set<PropertyKind>(['floor', 'room']);

/** Uses the 应开尽开 venue survey covers; rooms and parcels of a school are covered through their school. */
export const SHARING_SURVEY_USES: ReadonlySet<PropertyUse> = new Set<PropertyUse>(['school', 'parking', 'sports_venue']);

/** 《机关事务管理条例》第二十三条, named in every refusal it causes. */
export const PROPERTY_OFFICE_RULE =
  '《机关事务管理条例》第二十三条：党政机关不得出租、出借办公用房 (departments may not rent out or lend office space)';
