import ExcelJS from 'exceljs';
import { PROPERTY_STATUS_LABELS, PROPERTY_USE_LABELS } from '../domain/property.constants';
import { PROPERTY_FIELD_LABELS, PROPERTY_IMPORT_FIELDS, PropertyImportField } from './property-columns';

/** What each column takes, on the template's second sheet (the import reads only the first). */
const NOTES: Readonly<Record<PropertyImportField, string>> = {
  propertyNo: '必填。全市唯一，1–40 位字母、数字或 - _ . /；再次导入同一编号不会重复登记',
  kind: `必填：${['地块', '楼栋', '楼层', '房间'].join('、')}（场地按房间填写）`,
  parentNo: '楼层、房间必填：楼栋的上级是地块，楼层的上级是楼栋，房间的上级是楼层或楼栋；上级可在同一文件中（任意行）或已登记',
  name: '必填，最多 100 字',
  address: '地块、楼栋必填，最多 200 字',
  lng: '小数度数，如 114.131245；经度和纬度须同时填写，可都留空',
  lat: '小数度数，如 22.548456',
  coordinateSystem: 'WGS-84（GPS、天地图）或 GCJ-02（高德、腾讯地图）；留空按 GCJ-02 换算。百度坐标须先换算',
  grossArea: '必填，平方米，大于 0，最多两位小数',
  usableArea: '平方米，不大于建筑面积',
  use: `必填：${Object.values(PROPERTY_USE_LABELS).join('、')}`,
  ownerUnit: '留空为本单位；填写时须为本单位的名称或代码',
  occupantUnit: '使用单位的名称或代码',
  occupiedSince: '使用单位自何日起使用，如 2019-03-01（不晚于今天）；有使用单位而留空时按导入当天记',
  status: `必填：${Object.values(PROPERTY_STATUS_LABELS).join('、')}（办公用房不能为出租出借）`,
  assetNo: '房屋和构筑物卡片的资产编号，须在本单位资产台账中',
};

const LIST_COLUMNS: Partial<Record<PropertyImportField, readonly string[]>> = {
  kind: ['地块', '楼栋', '楼层', '房间'],
  coordinateSystem: ['WGS-84', 'GCJ-02'],
  use: Object.values(PROPERTY_USE_LABELS),
  status: Object.values(PROPERTY_STATUS_LABELS),
};

/** The 物业导入 template: the header row (with drop-down lists for the coded columns) and a sheet saying what each takes. */
export async function propertyImportTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('物业');
  sheet.addRow(PROPERTY_IMPORT_FIELDS.map((f) => PROPERTY_FIELD_LABELS[f]));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  PROPERTY_IMPORT_FIELDS.forEach((field, i) => {
    sheet.getColumn(i + 1).width = Math.max(10, PROPERTY_FIELD_LABELS[field].length * 2 + 4);
    const list = LIST_COLUMNS[field];
    if (!list) return;
    const letter = sheet.getColumn(i + 1).letter;
    // Rows 2–2000 get the drop-down; anything else typed is still read (and reported when it is not a known word).
    for (let row = 2; row <= 2000; row++) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: false,
      };
    }
  });
  const notes = book.addWorksheet('填写说明');
  notes.addRow(['列', '填写说明']).font = { bold: true };
  for (const field of PROPERTY_IMPORT_FIELDS) notes.addRow([PROPERTY_FIELD_LABELS[field], NOTES[field]]);
  notes.getColumn(1).width = 16;
  notes.getColumn(2).width = 100;
  return Buffer.from(await book.xlsx.writeBuffer());
}
