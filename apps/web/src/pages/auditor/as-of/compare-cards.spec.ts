import { compareCards } from './compare-cards';

const card = {
  status: 'registered',
  assetNo: 'AUD-1',
  name: '钢琴',
  categoryCode: 'A05000000',
  departmentId: 'D-SCH1',
  custodian: '音乐组',
  location: '礼堂',
  acquiredOn: '2020-09-01',
  originalValueFen: 1000000,
  accumulatedDepreciationFen: 200000,
  quantity: 1,
  unit: '架',
  condition: 'good',
  brand: null,
  specification: null,
  usage: null,
  phase: { kind: 'in_use' },
};

describe('original vs corrected card', () => {
  it('given a corrected original value, then that value and the net book value differ and nothing else does', () => {
    const rows = compareCards(card, { ...card, originalValueFen: 1200000 });
    expect(rows.filter((r) => r.differs).map((r) => [r.field, r.original, r.corrected])).toEqual([
      ['originalValueFen', 1000000, 1200000],
      ['netBookValueFen', 800000, 1000000],
    ]);
    expect(rows.find((r) => r.field === 'phase')).toMatchObject({ original: 'in_use', differs: false });
  });

  it('given no asset yet at that instant, then every field is empty and nothing differs', () => {
    const rows = compareCards({ status: 'unregistered' }, { status: 'unregistered' });
    expect(rows.every((r) => r.original === null && !r.differs)).toBe(true);
  });
});
