import { CategoryRow } from './category-table';

/**
 * The table shipped until an operator loads the official one (载入分类表): only rows whose code and name
 * could be checked against a source named here. Everything else comes from the operator's CSV.
 *
 * Sources:
 *  [S1] 黑龙江省政府集中采购目录及标准（2022年版）, 中国政府采购网, 2023-02-13 (品目编码 per the 2022
 *       政府采购品目分类目录): A02010104 服务器, A02010105 台式计算机, A02010108 便携式计算机,
 *       A02010200 网络设备, A02100000 仪器仪表, A05010000 家具.
 *  [S2] GB/T 14885-2022 固定资产等资产基础分类与代码, 门类 names as in the project's domain notes
 *       (shared/domain.md "Classification") and the earlier table of this product: 房屋和构筑物, 设备,
 *       文物和陈列品, 图书和档案, 家具和用具, 特种动植物, 物资 with codes A01…A07.
 *  [S3] The level names 信息化设备 (A02010000) and 计算机 (A02010100) as domain.md and the issue give them;
 *       [S1]'s 服务器/台式计算机/便携式计算机 (A020101xx) and 网络设备 (A02010200) sit under them.
 * Not shipped, for want of a source that could be checked: other 品目 (e.g. 办公椅), and the names of the
 * parents of [S1]'s 复印机 A02020100, 乘用车 A02030500, 空调机 A02061804 (their parents must be listed first).
 */
export const STANDARD_CATEGORY_TABLE: readonly CategoryRow[] = [
  { code: 'A01000000', name: '房屋和构筑物', parent: null }, // [S2]
  { code: 'A02000000', name: '设备', parent: null }, // [S2]
  { code: 'A02010000', name: '信息化设备', parent: 'A02000000' }, // [S3]
  { code: 'A02010100', name: '计算机', parent: 'A02010000' }, // [S3]
  { code: 'A02010104', name: '服务器', parent: 'A02010100' }, // [S1]
  { code: 'A02010105', name: '台式计算机', parent: 'A02010100' }, // [S1]
  { code: 'A02010108', name: '便携式计算机', parent: 'A02010100' }, // [S1]
  { code: 'A02010200', name: '网络设备', parent: 'A02010000' }, // [S1]
  { code: 'A02100000', name: '仪器仪表', parent: 'A02000000' }, // [S1]
  { code: 'A03000000', name: '文物和陈列品', parent: null }, // [S2]
  { code: 'A04000000', name: '图书和档案', parent: null }, // [S2]
  { code: 'A05000000', name: '家具和用具', parent: null }, // [S2]
  { code: 'A05010000', name: '家具', parent: 'A05000000' }, // [S1]
  { code: 'A06000000', name: '特种动植物', parent: null }, // [S2]
  { code: 'A07000000', name: '物资', parent: null }, // [S2]
];
