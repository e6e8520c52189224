import { deciderSpec } from '@app/shared/testing/decider-spec';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { LendAsset, ReturnLoan } from '../../domain/asset.commands';
import { AssetEvent } from '../../domain/asset.events';
import { evolveAsset, initialAssetState } from '../../domain/asset.state';
import { hospitalManager, listedProjector, projectorCard, registeredProjector, schoolManager } from '../../testing/asset-fixtures';

const lend = (overrides: Partial<LendAsset> = {}): LendAsset => ({
  kind: 'LendAsset',
  actor: schoolManager,
  assetId: 'a-1',
  today: '2026-11-23',
  loanId: 'loan-1',
  borrowerDepartmentId: 'D-HOSP1',
  borrower: '李护士长',
  purpose: '义诊活动使用',
  dueOn: '2026-12-20',
  ...overrides,
});
const giveBack = (overrides: Partial<ReturnLoan> = {}): ReturnLoan => ({
  kind: 'ReturnLoan',
  actor: schoolManager,
  assetId: 'a-1',
  today: '2026-12-18',
  loanId: 'loan-1',
  note: null,
  ...overrides,
});
const lent: AssetEvent = {
  type: 'asset.lent.v1',
  data: {
    assetId: 'a-1',
    loanId: 'loan-1',
    assetNo: 'SCH1-1',
    assetName: '投影仪',
    lenderDepartmentId: 'D-SCH1',
    borrowerDepartmentId: 'D-HOSP1',
    borrower: '李护士长',
    purpose: '义诊活动使用',
    lentOn: '2026-11-23',
    dueOn: '2026-12-20',
  },
};

describe('loans (借用): lend to another unit, return, overdue', () => {
  const spec = deciderSpec(assetDecider(standardAssetDeps()));

  it('lends an asset in use to another unit until a due date', () => {
    spec.given([registeredProjector]).when(lend()).then([lent]);
  });

  it('puts the asset on loan and back in use on return, on the lender’s books throughout', () => {
    const onLoan = [registeredProjector, lent].reduce(evolveAsset, initialAssetState());
    expect(onLoan).toMatchObject({ departmentId: 'D-SCH1', phase: { kind: 'on_loan', loan: { loanId: 'loan-1', dueOn: '2026-12-20' } } });
    const returned: AssetEvent = {
      type: 'asset.loan-returned.v1',
      data: { assetId: 'a-1', loanId: 'loan-1', returnedOn: '2026-12-18', daysOverdue: 0, note: null },
    };
    spec.given([registeredProjector, lent]).when(giveBack()).then([returned]);
    expect([registeredProjector, lent, returned].reduce(evolveAsset, initialAssetState())).toMatchObject({ phase: { kind: 'in_use' } });
  });

  it('records the days late when it comes back after its due date', () => {
    spec
      .given([registeredProjector, lent])
      .when(giveBack({ today: '2027-01-02', note: '外壳有划痕' }))
      .then([
        {
          type: 'asset.loan-returned.v1',
          data: { assetId: 'a-1', loanId: 'loan-1', returnedOn: '2027-01-02', daysOverdue: 13, note: '外壳有划痕' },
        },
      ]);
  });

  it('refuses a loan of an asset that is not simply in use: listed, already lent', () => {
    spec.given([registeredProjector, listedProjector()]).when(lend()).thenError('ASSET_NOT_IN_USE');
    spec
      .given([registeredProjector, lent])
      .when(lend({ loanId: 'loan-2' }))
      .thenError('ASSET_NOT_IN_USE');
  });

  it('refuses what a loan cannot be: own unit, unknown unit, no borrower, a past or over-long due date', () => {
    const given = spec.given([registeredProjector]);
    given.when(lend({ borrowerDepartmentId: 'D-SCH1' })).thenError('CANNOT_LEND_TO_OWN_UNIT');
    given.when(lend({ borrowerDepartmentId: 'D-NOWHERE' })).thenError('UNKNOWN_BORROWER_UNIT');
    given.when(lend({ borrower: '  ' })).thenError('INVALID_LOAN_FIELD', { field: 'borrower' });
    given.when(lend({ dueOn: '2026-02-30' })).thenError('INVALID_LOAN_FIELD', { field: 'dueOn' });
    given.when(lend({ dueOn: '2026-11-23' })).thenError('INVALID_LOAN_PERIOD');
    given.when(lend({ dueOn: '2027-11-24' })).thenError('INVALID_LOAN_PERIOD');
    given.when(lend({ dueOn: '2027-11-23' })).then([{ ...lent, data: { ...lent.data, dueOn: '2027-11-23' } }]);
  });

  it('lets only the holding unit lend and record the return', () => {
    spec
      .given([registeredProjector])
      .when(lend({ actor: hospitalManager }))
      .thenError('NOT_YOUR_DEPARTMENT');
    spec
      .given([registeredProjector, lent])
      .when(giveBack({ actor: hospitalManager }))
      .thenError('NOT_YOUR_DEPARTMENT');
    spec
      .given([registeredProjector, lent])
      .when(giveBack({ loanId: 'loan-9' }))
      .thenError('LOAN_NOT_FOUND');
    spec.given([registeredProjector]).when(giveBack()).thenError('LOAN_NOT_FOUND');
  });

  it('never lends office space (机关事务管理条例 第二十三条)', () => {
    const office: AssetEvent = { ...registeredProjector, data: { ...registeredProjector.data, ...projectorCard, usage: 'office_space' } };
    spec.given([office]).when(lend()).thenError('OFFICE_SPACE_NOT_LENDABLE');
  });

  it('keeps an asset on loan where it is: no relocation or listing until it is back', () => {
    spec
      .given([registeredProjector, lent])
      .when({ kind: 'RelocateAsset', actor: schoolManager, assetId: 'a-1', location: '库房', custodian: null, reason: null })
      .thenError('ASSET_ON_LOAN');
  });
});
