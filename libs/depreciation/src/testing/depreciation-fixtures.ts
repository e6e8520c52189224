import type { AssetCardFields, AssetRegistered } from '@app/assets/domain/asset.events';
import { Actor } from '@app/shared';

export const financeApprover: Actor = { userId: 'fin-approver', role: 'finance_approver', departmentId: 'D-FINANCE', displayName: '财政' };
export const schoolManager: Actor = { userId: 'mgr-sch1', role: 'asset_manager', departmentId: 'D-SCH1', displayName: '实验小学' };

const card: AssetCardFields = {
  name: '台式计算机',
  categoryCode: 'A020100',
  custodian: '张三',
  location: '行政楼302',
  acquiredOn: '2026-03-10',
  originalValueFen: 720000,
  quantity: 1,
  unit: '台',
  condition: 'good',
  brand: null,
  specification: null,
  accumulatedDepreciationFen: 0,
  usage: null,
};

/** An asset card as registered; `fields` overrides the defaults (a 信息化设备 of ¥7,200.00 bought 2026-03-10). */
export const registered = (assetId: string, fields: Partial<AssetCardFields> & { departmentId?: string } = {}): AssetRegistered => {
  const { departmentId = 'D-SCH1', ...rest } = fields;
  return { type: 'asset.registered.v1', data: { assetId, assetNo: `NO-${assetId}`, departmentId, ...card, ...rest } };
};
