import { deciderSpec } from '@app/shared/testing/decider-spec';
import { Actor } from '@app/shared';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { AssetCardFields, AssetRegistered } from '../../domain/asset.events';
import { CorrectAsset } from '../../domain/asset.commands';
import { evolveAsset, initialAssetState } from '../../domain/asset.state';

const manager: Actor = { userId: 'mgr-edu', role: 'asset_manager', departmentId: 'D-EDU', displayName: '教育局资产管理员' };
const card: AssetCardFields = {
  name: '投影仪',
  categoryCode: 'A02000000',
  custodian: '李四',
  location: '教学楼101',
  acquiredOn: '2022-03-01',
  originalValueFen: 350000,
  quantity: 1,
  unit: '台',
  condition: 'good',
  brand: null,
  specification: null,
  accumulatedDepreciationFen: 0,
  usage: null,
};
const registered: AssetRegistered = {
  type: 'asset.registered.v1',
  data: { assetId: 'a-2', assetNo: 'JY-2', departmentId: 'D-EDU', ...card },
};
const correct = (changes: Partial<AssetCardFields>, overrides: Partial<CorrectAsset> = {}): CorrectAsset => ({
  kind: 'CorrectAsset',
  actor: manager,
  today: '2026-11-23',
  assetId: 'a-2',
  changes,
  reason: '按发票更正',
  ...overrides,
});

describe('CorrectAsset', () => {
  const decider = assetDecider(standardAssetDeps());
  const spec = deciderSpec(decider);

  it('records what was wrong, what is right, and why', () => {
    spec
      .given([registered])
      .when(correct({ originalValueFen: 380000, name: '投影仪' }))
      .then([
        {
          type: 'asset.corrected.v1',
          data: { assetId: 'a-2', previous: { originalValueFen: 350000 }, corrected: { originalValueFen: 380000 }, reason: '按发票更正' },
        },
      ]);
  });

  it('changes the state only through evolve', () => {
    const events = decider.decide(correct({ originalValueFen: 380000 }), evolveAsset(initialAssetState(), registered));
    if (!Array.isArray(events)) throw new Error('expected events');
    const state = [registered, ...events].reduce(evolveAsset, initialAssetState());
    expect(state).toMatchObject({ status: 'registered', originalValueFen: 380000, name: '投影仪' });
  });

  it('refuses a correction that changes nothing', () => {
    spec
      .given([registered])
      .when(correct({ name: '投影仪' }))
      .thenError('NOTHING_TO_CORRECT');
  });

  it('refuses to correct an unregistered asset', () => {
    spec
      .given([])
      .when(correct({ name: 'x' }))
      .thenError('ASSET_NOT_FOUND');
  });

  it("refuses another department's manager", () => {
    spec
      .given([registered])
      .when(correct({ name: 'x' }, { actor: { ...manager, departmentId: 'D-HEALTH' } }))
      .thenError('NOT_YOUR_DEPARTMENT');
  });

  it('validates a corrected category against the standard', () => {
    spec
      .given([registered])
      .when(correct({ categoryCode: 'A08000000' }))
      .thenError('UNKNOWN_CATEGORY');
  });
  // Defence in depth: whatever the HTTP layer lets through, no stored correction can hold what the register cannot write.
  it.each([
    ['name', null],
    ['name', '  '],
    ['custodian', 42],
    ['acquiredOn', '2026-02-30'],
    ['originalValueFen', 1e30],
    ['quantity', 0],
    ['condition', 'shiny'],
    ['unit', null],
  ])('refuses a correction that sets %s to %p', (field, value) => {
    spec
      .given([registered])
      .when(correct({ [field]: value } as unknown as Partial<AssetCardFields>))
      .thenError('INVALID_CARD_FIELD', { field });
  });

  it('refuses a relocation to an empty place', () => {
    spec
      .given([registered])
      .when({ kind: 'RelocateAsset', actor: manager, today: '2026-11-23', assetId: 'a-2', location: '', reason: '搬迁' } as never)
      .thenError('INVALID_CARD_FIELD', { field: 'location' });
  });
});
