import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '物业登记',
    required: '请填写{field}',
    parentHint: '楼栋属于地块，楼层属于楼栋，房间/场地属于楼层或楼栋',
    parentSearch: '输入编号或名称查找',
    coordinatesHint: '从高德、腾讯地图取得的坐标选 GCJ-02，系统按 WGS-84 保存；不知道坐标可留空',
    usableHint: '不超过建筑面积',
    ownerHint: '默认为本单位',
    assetHint: '房屋和构筑物门类（A01）的资产卡片',
    assetSearch: '输入资产编号或名称查找',
    submit: '登记',
    clearDraft: '清空',
    draftKept: '已恢复上次未提交的内容',
  },
  'en-US': {
    title: 'Register a property',
    required: 'Enter {field}',
    parentHint: 'A building sits on a parcel, a floor in a building, a room on a floor or in a building',
    parentSearch: 'Type a number or name',
    coordinatesHint: 'Coordinates from Amap or Tencent maps are GCJ-02; they are stored as WGS-84. Leave empty if unknown',
    usableHint: 'At most the gross area',
    ownerHint: 'Your own unit when left empty',
    assetHint: 'An asset card of class 房屋和构筑物 (A01)',
    assetSearch: 'Type an asset number or name',
    submit: 'Register',
    clearDraft: 'Clear',
    draftKept: 'What you typed last time is back',
  },
});
