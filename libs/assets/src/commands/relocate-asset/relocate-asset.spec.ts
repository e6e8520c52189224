import { deciderSpec } from '@app/shared/testing/decider-spec';
import { Actor } from '@app/shared';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { AssetRegistered } from '../../domain/asset.events';
import { RelocateAsset } from '../../domain/asset.commands';

const manager: Actor = { userId: 'mgr-edu', role: 'asset_manager', departmentId: 'D-EDU', displayName: '教育局资产管理员' };
const registered: AssetRegistered = {
  type: 'asset.registered.v1',
  data: {
    assetId: 'a-3',
    assetNo: 'JY-3',
    departmentId: 'D-EDU',
    name: '文件柜',
    categoryCode: 'A05000000',
    custodian: '赵六',
    location: '行政楼201',
    acquiredOn: '2020-01-01',
    originalValueFen: 120000,
    quantity: 2,
    unit: '个',
    condition: 'fair',
    brand: null,
    specification: null,
    accumulatedDepreciationFen: 0,
    usage: null,
  },
};
const relocate = (overrides: Partial<RelocateAsset> = {}): RelocateAsset => ({
  kind: 'RelocateAsset',
  actor: manager,
  assetId: 'a-3',
  location: '档案室B',
  custodian: null,
  reason: '办公室调整',
  ...overrides,
});

describe('RelocateAsset', () => {
  const spec = deciderSpec(assetDecider(standardAssetDeps()));

  it('moves the asset and keeps the custodian when none is given', () => {
    spec
      .given([registered])
      .when(relocate())
      .then([
        {
          type: 'asset.relocated.v1',
          data: {
            assetId: 'a-3',
            from: { location: '行政楼201', custodian: '赵六' },
            to: { location: '档案室B', custodian: '赵六' },
            reason: '办公室调整',
          },
        },
      ]);
  });

  it('hands the asset to a new custodian in place', () => {
    spec
      .given([registered])
      .when(relocate({ location: '行政楼201', custodian: '钱七' }))
      .then([
        {
          type: 'asset.relocated.v1',
          data: {
            assetId: 'a-3',
            from: { location: '行政楼201', custodian: '赵六' },
            to: { location: '行政楼201', custodian: '钱七' },
            reason: '办公室调整',
          },
        },
      ]);
  });

  it('refuses a move to where it already is', () => {
    spec
      .given([registered])
      .when(relocate({ location: '行政楼201' }))
      .thenError('NOTHING_TO_RELOCATE');
  });

  it('refuses an unknown asset', () => {
    spec.given([]).when(relocate()).thenError('ASSET_NOT_FOUND');
  });

  it("refuses another department's manager", () => {
    spec
      .given([registered])
      .when(relocate({ actor: { ...manager, departmentId: 'D-HEALTH' } }))
      .thenError('NOT_YOUR_DEPARTMENT');
  });
});
