import { deciderSpec } from '@app/shared/testing/decider-spec';
import { Actor } from '@app/shared';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { AssetCardFields, AssetRegistered } from '../../domain/asset.events';
import { RegisterAsset } from '../../domain/asset.commands';

const manager: Actor = { userId: 'mgr-edu', role: 'asset_manager', departmentId: 'D-EDU', displayName: '教育局资产管理员' };
const card: AssetCardFields = {
  name: '台式计算机',
  categoryCode: 'A02000000',
  custodian: '张三',
  location: '行政楼302室',
  acquiredOn: '2023-05-10',
  originalValueFen: 499900,
  quantity: 1,
  unit: '台',
  condition: 'good',
  brand: '联想',
  specification: 'M920',
  accumulatedDepreciationFen: 0,
  usage: null,
};
const register = (overrides: Partial<RegisterAsset> = {}): RegisterAsset => ({
  kind: 'RegisterAsset',
  actor: manager,
  today: '2026-11-23',
  assetId: 'a-1',
  assetNo: 'JY-1',
  departmentId: 'D-EDU',
  card,
  ...overrides,
});
const registered: AssetRegistered = {
  type: 'asset.registered.v1',
  data: { assetId: 'a-1', assetNo: 'JY-1', departmentId: 'D-EDU', ...card },
};

describe('RegisterAsset', () => {
  const spec = deciderSpec(assetDecider(standardAssetDeps()));

  it('registers a new asset card', () => {
    spec.given([]).when(register()).then([registered]);
  });

  it('refuses an asset number that is already registered', () => {
    spec.given([registered]).when(register()).thenError('ASSET_ALREADY_REGISTERED', { assetNo: 'JY-1' });
  });

  it('refuses a category outside GB/T 14885-2022', () => {
    spec
      .given([])
      .when(register({ card: { ...card, categoryCode: 'A09000000' } }))
      .thenError('UNKNOWN_CATEGORY', { field: 'categoryCode' });
  });

  it('refuses an acquisition date after today (China time)', () => {
    spec
      .given([])
      .when(register({ card: { ...card, acquiredOn: '2026-11-24' } }))
      .thenError('ACQUISITION_DATE_IN_FUTURE');
  });

  it('accepts an acquisition date of today', () => {
    spec
      .given([])
      .when(register({ card: { ...card, acquiredOn: '2026-11-23' } }))
      .then([{ type: 'asset.registered.v1', data: { ...registered.data, acquiredOn: '2026-11-23' } }]);
  });

  it('refuses to register for another department', () => {
    spec
      .given([])
      .when(register({ departmentId: 'D-HEALTH' }))
      .thenError('NOT_YOUR_DEPARTMENT');
  });
});
