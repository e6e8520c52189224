import { deciderSpec } from '@app/shared/testing/decider-spec';
import { actor, hospitalManager, schoolManager } from '../testing/asset-fixtures';
import { CountStocktakeAsset, stocktakeDecider } from './stocktake.decider';
import { StocktakeAsset, StocktakeEvent } from './stocktake.events';

const NOW = '2026-11-29T02:00:00.000Z';
const schoolStaff = actor('staff-sch1', 'department_staff', 'D-SCH1');
const card = (n: number, overrides: Partial<StocktakeAsset> = {}): StocktakeAsset => ({
  assetId: `a-${n}`,
  assetNo: `SCH1-${n}`,
  assetName: '投影仪',
  departmentId: 'D-SCH1',
  location: '教学楼101',
  custodian: '李四',
  ...overrides,
});
const opened: StocktakeEvent = {
  type: 'stocktake.opened.v1',
  data: {
    stocktakeId: 's-1',
    title: '2026 年末清查',
    departmentId: 'D-SCH1',
    location: null,
    openedBy: 'mgr-sch1',
    openedAt: NOW,
    expected: [card(1), card(2), card(3)],
  },
};
const count = (asset: StocktakeAsset | null, overrides: Partial<CountStocktakeAsset> = {}): CountStocktakeAsset => ({
  kind: 'CountStocktakeAsset',
  actor: schoolStaff,
  stocktakeId: 's-1',
  now: NOW,
  assetNo: asset?.assetNo ?? 'SCH1-999',
  asset,
  foundAt: null,
  method: 'scan',
  ...overrides,
});
const counted = (asset: StocktakeAsset, outcome: 'found' | 'found_elsewhere'): StocktakeEvent => ({
  type: 'stocktake.counted.v1',
  data: { stocktakeId: 's-1', outcome, asset, foundAt: null, method: 'scan', countedBy: 'staff-sch1', countedAt: NOW },
});
const short: StocktakeEvent = {
  type: 'stocktake.shortage-recorded.v1',
  data: { stocktakeId: 's-1', asset: card(2), reason: '多年未见，无法找到', recordedBy: 'mgr-sch1', recordedAt: NOW },
};

describe('stocktake (清查盘点): open, count, surplus, shortage, sign off', () => {
  const spec = deciderSpec(stocktakeDecider);

  it('opens a task for a department with the cards in scope fixed at that moment', () => {
    spec
      .given([])
      .when({
        kind: 'OpenStocktake',
        actor: schoolManager,
        stocktakeId: 's-1',
        now: NOW,
        title: ' 2026 年末清查 ',
        departmentId: 'D-SCH1',
        location: null,
        expected: [card(1), card(2), card(3)],
      })
      .then([opened]);
  });

  it('lets only the department’s asset manager open one, with a name', () => {
    const base = {
      kind: 'OpenStocktake',
      stocktakeId: 's-1',
      now: NOW,
      title: '清查',
      departmentId: 'D-SCH1',
      location: null,
      expected: [],
    } as const;
    spec
      .given([])
      .when({ ...base, actor: hospitalManager })
      .thenError('NOT_YOUR_DEPARTMENT');
    spec
      .given([])
      .when({ ...base, actor: schoolStaff })
      .thenError('STOCKTAKE_MANAGER_ONLY');
    spec
      .given([])
      .when({ ...base, actor: schoolManager, title: '  ' })
      .thenError('INVALID_STOCKTAKE_FIELD', { field: 'title' });
    spec
      .given([opened])
      .when({ ...base, actor: schoolManager })
      .thenError('STOCKTAKE_ALREADY_EXISTS');
  });

  it('counts an expected card as found and one of the unit’s cards outside the list as found elsewhere', () => {
    spec
      .given([opened])
      .when(count(card(1)))
      .then([counted(card(1), 'found')]);
    spec
      .given([opened])
      .when(count(card(7)))
      .then([counted(card(7), 'found_elsewhere')]);
  });

  it('answers another unit’s card as it answers an unknown number (its existence is not this unit’s to know)', () => {
    const stray = card(7, { departmentId: 'D-SCH2', assetNo: 'SCH2-7' });
    spec.given([opened]).when(count(stray)).thenError('STOCKTAKE_UNKNOWN_ASSET_NO', { field: 'assetNo' });
  });

  it('refuses to open a task whose card list would not fit in one event, pointing to counting by place', () => {
    const many = Array.from({ length: 4000 }, (_, i) => card(i + 10));
    spec
      .given([])
      .when({
        kind: 'OpenStocktake',
        actor: schoolManager,
        stocktakeId: 's-1',
        now: NOW,
        title: '全校清查',
        departmentId: 'D-SCH1',
        location: null,
        expected: many,
      })
      .thenError('STOCKTAKE_SCOPE_TOO_LARGE', { field: 'location', cards: 4000 });
  });

  it('counts the same label twice once', () => {
    spec
      .given([opened, counted(card(1), 'found')])
      .when(count(card(1)))
      .then([]);
  });

  it('refuses a number no card on the books has (that is a surplus to register)', () => {
    spec.given([opened]).when(count(null)).thenError('STOCKTAKE_UNKNOWN_ASSET_NO', { field: 'assetNo' });
  });

  it('lets only the department’s people count, and nobody after the task is closed', () => {
    spec
      .given([opened])
      .when(count(card(1), { actor: hospitalManager }))
      .thenError('NOT_YOUR_DEPARTMENT');
    spec
      .given([])
      .when(count(card(1)))
      .thenError('STOCKTAKE_NOT_FOUND');
    const closed: StocktakeEvent = {
      type: 'stocktake.closed.v1',
      data: { stocktakeId: 's-1', notFound: [], signedOffBy: 'mgr-sch1', signedOffName: 'mgr-sch1', opinion: '账实相符', closedAt: NOW },
    };
    spec
      .given([opened, closed])
      .when(count(card(1)))
      .thenError('STOCKTAKE_NOT_OPEN');
  });

  it('links a surplus (盘盈) card registered to the department, once', () => {
    const found = card(9, { assetNo: 'SCH1-PY-1', assetName: '打印机' });
    const surplus: StocktakeEvent = {
      type: 'stocktake.surplus-recorded.v1',
      data: { stocktakeId: 's-1', asset: found, recordedBy: 'mgr-sch1', recordedAt: NOW },
    };
    const when = { kind: 'RecordStocktakeSurplus', actor: schoolManager, stocktakeId: 's-1', now: NOW, asset: found } as const;
    spec.given([opened]).when(when).then([surplus]);
    spec.given([opened, surplus]).when(when).then([]);
    spec
      .given([opened])
      .when({ ...when, asset: card(1) })
      .thenError('STOCKTAKE_ASSET_SETTLED');
    spec
      .given([opened])
      .when({ ...when, actor: schoolStaff })
      .thenError('STOCKTAKE_MANAGER_ONLY');
    spec
      .given([opened])
      .when({ ...when, asset: { ...found, departmentId: 'D-SCH2' } })
      .thenError('INVALID_STOCKTAKE_FIELD', { field: 'departmentId' });
  });

  it('records a shortage (盘亏) of an expected card not counted, with a reason', () => {
    const when = {
      kind: 'RecordStocktakeShortage',
      actor: schoolManager,
      stocktakeId: 's-1',
      now: NOW,
      assetId: 'a-2',
      reason: '多年未见，无法找到',
    } as const;
    spec.given([opened]).when(when).then([short]);
    spec.given([opened, short]).when(when).then([]);
    spec
      .given([opened, counted(card(2), 'found')])
      .when(when)
      .thenError('STOCKTAKE_ASSET_SETTLED');
    spec
      .given([opened])
      .when({ ...when, assetId: 'a-99' })
      .thenError('STOCKTAKE_ASSET_NOT_EXPECTED');
    spec
      .given([opened])
      .when({ ...when, reason: '' })
      .thenError('INVALID_STOCKTAKE_FIELD', { field: 'reason' });
    spec
      .given([opened, short])
      .when(count(card(2)))
      .thenError('STOCKTAKE_ASSET_SETTLED');
  });

  it('closes on the asset manager’s sign-off; every expected card neither counted nor short is not found', () => {
    const when = { kind: 'CloseStocktake', actor: schoolManager, stocktakeId: 's-1', now: NOW, opinion: '已核对' } as const;
    spec
      .given([opened, counted(card(1), 'found'), short])
      .when(when)
      .then([
        {
          type: 'stocktake.closed.v1',
          data: {
            stocktakeId: 's-1',
            notFound: [card(3)],
            signedOffBy: 'mgr-sch1',
            signedOffName: 'mgr-sch1',
            opinion: '已核对',
            closedAt: NOW,
          },
        },
      ]);
  });

  it('refuses to close for a counter, without a conclusion, or twice', () => {
    const when = { kind: 'CloseStocktake', actor: schoolManager, stocktakeId: 's-1', now: NOW, opinion: '已核对' } as const;
    spec
      .given([opened])
      .when({ ...when, actor: schoolStaff })
      .thenError('STOCKTAKE_MANAGER_ONLY');
    spec
      .given([opened])
      .when({ ...when, opinion: ' ' })
      .thenError('INVALID_STOCKTAKE_FIELD', { field: 'opinion' });
    const closed: StocktakeEvent = {
      type: 'stocktake.closed.v1',
      data: { stocktakeId: 's-1', notFound: [], signedOffBy: 'mgr-sch1', signedOffName: 'mgr-sch1', opinion: '已核对', closedAt: NOW },
    };
    spec.given([opened, closed]).when(when).thenError('STOCKTAKE_NOT_OPEN');
  });
});
