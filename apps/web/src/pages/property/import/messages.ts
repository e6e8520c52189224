import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '物业导入',
    sub: '从 Excel（.xlsx）或 CSV 批量登记本单位的地块、楼栋、楼层和房间（含经纬度）：先试导入查看问题，无问题后再导入',
    file: '导入文件',
    fileHelp:
      '.xlsx 或 .csv（UTF-8 或 GBK），不超过 100 MB；表头按模板：物业编号、类型、上级物业编号、名称、地址、经度、纬度、坐标系、建筑面积、使用面积、用途、权属单位、使用单位、使用状况、关联资产编号。坐标系留空按 GCJ-02（高德、腾讯地图）换算',
    chooseFile: '选择导入文件',
    template: '下载导入模板',
    dryRun: '试导入',
    start: '开始导入',
    toList: '查看物业台账',
  },
  'en-US': {
    title: 'Import property',
    sub: 'Register your unit’s parcels, buildings, floors and rooms (with coordinates) in bulk from Excel (.xlsx) or CSV: check first, then import when nothing is wrong',
    file: 'File',
    fileHelp:
      '.xlsx or .csv (UTF-8 or GBK), at most 100 MB, with the template’s headers (物业编号, 类型, 上级物业编号, 名称, 地址, 经度, 纬度, 坐标系, 建筑面积, 使用面积, 用途, 权属单位, 使用单位, 使用状况, 关联资产编号). Rows without 坐标系 are read as GCJ-02 (Amap, Tencent maps)',
    chooseFile: 'Choose the file to import',
    template: 'Download the template',
    dryRun: 'Check',
    start: 'Import',
    toList: 'Open the property register',
  },
});
