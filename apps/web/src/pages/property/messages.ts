import { defineMessages } from '../../i18n/messages';

/** Words of the property register shared by its pages (kinds, uses, statuses, fields). */
export const propertyWords = defineMessages({
  'zh-CN': {
    'kind.parcel': '地块',
    'kind.building': '楼栋',
    'kind.floor': '楼层',
    'kind.room': '房间/场地',
    'use.office': '办公用房',
    'use.business': '业务用房',
    'use.school': '学校',
    'use.parking': '停车场',
    'use.sports_venue': '体育场馆',
    'use.under_bridge': '桥下空间',
    'use.residential': '住宅',
    'use.other': '其他',
    'status.in_use': '在用',
    'status.idle': '闲置',
    'status.leased': '出租出借',
    'status.pending_disposal': '待处置',
    propertyNo: '物业编号',
    kind: '类型',
    parent: '上级物业',
    name: '名称',
    address: '地址',
    location: '坐标',
    lng: '经度',
    lat: '纬度',
    system: '坐标系',
    'system.WGS84': 'WGS-84（GPS、天地图）',
    'system.GCJ02': 'GCJ-02（高德、腾讯地图）',
    grossArea: '建筑面积（m²）',
    usableArea: '使用面积（m²）',
    use: '用途',
    ownerUnit: '产权单位',
    occupantUnit: '使用单位',
    occupiedSince: '使用起始日期',
    status: '状态',
    asset: '关联资产卡片',
    eligible: '应开尽开',
    'eligible.yes': '应开放',
    'eligible.no': '不宜开放',
    'eligible.unknown': '未摸底',
    none: '无',
    all: '全部',
    officeRule: '办公用房不得出租、出借（《机关事务管理条例》第二十三条）；部门间调剂通过空间调配办理。',
  },
  'en-US': {
    'kind.parcel': 'Parcel',
    'kind.building': 'Building',
    'kind.floor': 'Floor',
    'kind.room': 'Room / ground',
    'use.office': 'Office space',
    'use.business': 'Business space',
    'use.school': 'School',
    'use.parking': 'Parking',
    'use.sports_venue': 'Sports venue',
    'use.under_bridge': 'Under-bridge space',
    'use.residential': 'Residential',
    'use.other': 'Other',
    'status.in_use': 'In use',
    'status.idle': 'Idle',
    'status.leased': 'Leased or lent',
    'status.pending_disposal': 'Pending disposal',
    propertyNo: 'Property no.',
    kind: 'Kind',
    parent: 'Parent property',
    name: 'Name',
    address: 'Address',
    location: 'Coordinates',
    lng: 'Longitude',
    lat: 'Latitude',
    system: 'Coordinate system',
    'system.WGS84': 'WGS-84 (GPS, Tianditu)',
    'system.GCJ02': 'GCJ-02 (Amap, Tencent maps)',
    grossArea: 'Gross area (m²)',
    usableArea: 'Usable area (m²)',
    use: 'Use',
    ownerUnit: 'Owner unit',
    occupantUnit: 'Occupant unit',
    occupiedSince: 'Occupied since',
    status: 'Status',
    asset: 'Linked asset card',
    eligible: 'Open-to-public survey',
    'eligible.yes': 'Should open',
    'eligible.no': 'Not suitable',
    'eligible.unknown': 'Not surveyed',
    none: 'None',
    all: 'All',
    officeRule:
      'Office space may not be rented out or lent (Regulation on Government Affairs, art. 23); moves between departments go through space allocation.',
  },
});

export const PROPERTY_KINDS = ['parcel', 'building', 'floor', 'room'] as const;
export const PROPERTY_USES = ['office', 'business', 'school', 'parking', 'sports_venue', 'under_bridge', 'residential', 'other'] as const;
export const PROPERTY_STATUSES = ['in_use', 'idle', 'leased', 'pending_disposal'] as const;
export type PropertyKind = (typeof PROPERTY_KINDS)[number];
export type PropertyUse = (typeof PROPERTY_USES)[number];
export type PropertyStatus = (typeof PROPERTY_STATUSES)[number];

/** Which kinds may hold a property of each kind (as the register's rule). */
export const PARENT_KINDS: Record<PropertyKind, readonly PropertyKind[]> = {
  parcel: [],
  building: ['parcel'],
  floor: ['building'],
  room: ['floor', 'building'],
};

/** The 应开尽开 survey covers these uses (and the rooms of a school). */
export const SURVEY_USES: readonly string[] = ['school', 'parking', 'sports_venue'];

/** Areas in m² with one decimal (page conventions). */
export function formatArea(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${value.toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} m²`;
}
