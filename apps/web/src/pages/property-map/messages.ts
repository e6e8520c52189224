import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '物业一张图',
    sub: '辖区公有物业的位置、用途与使用状态；放大地图查看单处物业，点选查看摘要与物业卡片。',
    use: '用途',
    status: '状态',
    unit: '产权/使用单位',
    minArea: '最小建筑面积（m²）',
    maxArea: '最大建筑面积（m²）',
    allUses: '全部用途',
    allStatuses: '全部状态',
    allUnits: '全部单位',
    reset: '清除筛选',
    search: '搜索地点',
    searchPlaceholder: '物业名称、编号、地址或单位名称',
    searchNone: '没有找到“{q}”：只能搜索本系统中的物业和单位',
    places: '搜索结果',
    legend: '图例',
    cluster: '聚合（数字为物业数量）',
    mapLabel: '物业地图：{n} 处物业',
    clusterLabel: '{n} 处物业：{mix}。点击放大',
    total: '当前范围内 {n} 处物业',
    clustered: '当前范围内 {n} 处物业，已按区域聚合，放大查看单处物业',
    noTiles: '未配置底图：显示物业点位与区域轮廓',
    outlinesNote: '虚线为各单位物业分布范围（按登记坐标绘制，非行政区划界线）',
    propertyNo: '物业编号',
    address: '地址',
    grossArea: '建筑面积',
    owner: '产权单位',
    occupant: '使用单位',
    none: '无',
    openCard: '查看物业卡片',
    nearby: '查看周边物业',
    nearbyTitle: '周边 {r} 米内的物业（由近及远）',
    nearbyEmpty: '周边 {r} 米内没有其他物业',
    radius: '半径',
    distance: '{d} 米',
    close: '关闭',
    summary: '物业摘要',
  },
  'en-US': {
    title: 'Property map',
    sub: 'Where the district’s public property is, what it is used for and its status; zoom in for single properties, select one for its summary and card.',
    use: 'Use',
    status: 'Status',
    unit: 'Owner or occupant unit',
    minArea: 'Min. gross area (m²)',
    maxArea: 'Max. gross area (m²)',
    allUses: 'All uses',
    allStatuses: 'All statuses',
    allUnits: 'All units',
    reset: 'Clear filters',
    search: 'Search a place',
    searchPlaceholder: 'Property name, number, address or unit name',
    searchNone: 'Nothing found for “{q}”: only property and units in this system can be searched',
    places: 'Places found',
    legend: 'Legend',
    cluster: 'Cluster (the number is how many properties)',
    mapLabel: 'Property map: {n} properties',
    clusterLabel: '{n} properties: {mix}. Select to zoom in',
    total: '{n} properties in view',
    clustered: '{n} properties in view, grouped by area; zoom in for single properties',
    noTiles: 'No base map configured: property points and outlines only',
    outlinesNote: 'Dashed lines: where each unit’s property lies (drawn from registered coordinates, not administrative boundaries)',
    propertyNo: 'Property no.',
    address: 'Address',
    grossArea: 'Gross area',
    owner: 'Owner unit',
    occupant: 'Occupant unit',
    none: 'None',
    openCard: 'Open the property card',
    nearby: 'Property nearby',
    nearbyTitle: 'Property within {r} m (nearest first)',
    nearbyEmpty: 'No other property within {r} m',
    radius: 'Radius',
    distance: '{d} m',
    close: 'Close',
    summary: 'Property summary',
  },
});

/** 用途 and 状态 in both languages (the register's words). */
export const USE_LABELS = {
  'zh-CN': {
    office: '办公用房',
    business: '业务用房',
    school: '学校',
    parking: '停车场',
    sports_venue: '体育场馆',
    under_bridge: '桥下空间',
    residential: '住宅',
    other: '其他',
  },
  'en-US': {
    office: 'Office',
    business: 'Business',
    school: 'School',
    parking: 'Parking',
    sports_venue: 'Sports venue',
    under_bridge: 'Under-bridge space',
    residential: 'Residential',
    other: 'Other',
  },
} as const;

export const STATUS_LABELS = {
  'zh-CN': { in_use: '在用', idle: '闲置', leased: '出租出借', pending_disposal: '待处置' },
  'en-US': { in_use: 'In use', idle: 'Idle', leased: 'Leased or lent', pending_disposal: 'Pending disposal' },
} as const;

export type PropertyUse = keyof (typeof USE_LABELS)['zh-CN'];
export type PropertyStatus = keyof (typeof STATUS_LABELS)['zh-CN'];
export const USES = Object.keys(USE_LABELS['zh-CN']) as PropertyUse[];
export const STATUSES = Object.keys(STATUS_LABELS['zh-CN']) as PropertyStatus[];

/**
 * Each status has a colour and a one-character mark drawn inside the marker, so the status can be
 * told without colour (WCAG 1.4.1). Colours hold ≥ 4.5:1 against the white mark.
 */
export const STATUS_STYLE: Record<PropertyStatus, { colour: string; mark: Record<'zh-CN' | 'en-US', string> }> = {
  in_use: { colour: '#0958d9', mark: { 'zh-CN': '用', 'en-US': 'U' } },
  idle: { colour: '#ad4e00', mark: { 'zh-CN': '闲', 'en-US': 'I' } },
  leased: { colour: '#531dab', mark: { 'zh-CN': '租', 'en-US': 'L' } },
  pending_disposal: { colour: '#434343', mark: { 'zh-CN': '处', 'en-US': 'D' } },
};
