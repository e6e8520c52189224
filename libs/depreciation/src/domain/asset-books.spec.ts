import { AssetBooks } from './asset-books';

const card = (assetId: string, departmentId = 'D-SCH1') => ({
  assetId,
  departmentId,
  categoryCode: 'A02010105',
  acquiredOn: '2026-03-10',
  originalValueFen: 720000,
  openingFen: 1000,
  registeredMonth: '2026-03',
});

describe('AssetBooks: every card’s book in typed columns', () => {
  it('hands out a copy of each book as registered, then as corrected, moved, scheduled, charged and removed', () => {
    const books = new AssetBooks();
    books.register(card('a-1'));
    expect(books.get('a-1')).toEqual({ ...card('a-1'), chargedFen: 0, schedule: null, removedMonth: null });
    const i = books.indexOf('a-1')!;
    books.correct(i, { originalValueFen: 800000, categoryCode: 'A05010000', openingFen: undefined });
    books.moveTo(i, 'D-EDU');
    books.setSchedule(i, { fromMonth: '2026-04', baseFen: 799000, months: 60, lifeMonths: 72 });
    books.charge(i, '2026-04', 13316);
    books.remove(i, '2026-09');
    expect(books.get('a-1')).toEqual({
      ...card('a-1', 'D-EDU'),
      categoryCode: 'A05010000',
      originalValueFen: 800000,
      chargedFen: 13316,
      schedule: { assetId: 'a-1', fromMonth: '2026-04', baseFen: 799000, months: 60, lifeMonths: 72 },
      removedMonth: '2026-09',
    });
    books.setSchedule(i, null);
    expect(books.get('a-1')?.schedule).toBeNull();
    expect(books.get('a-2')).toBeUndefined();
  });

  it('counts an asset once among a month’s charged, and knows which month it last took', () => {
    const books = new AssetBooks();
    books.register(card('a-1'));
    const i = books.indexOf('a-1')!;
    expect([books.charge(i, '2026-04', 100), books.charge(i, '2026-04', 50), books.chargedIn(i, '2026-04')]).toEqual([true, false, true]);
    expect([books.chargedIn(i, '2026-05'), books.charge(i, '2026-05', 10), books.chargedIn(i, '2026-04')]).toEqual([false, true, false]);
    expect(books.get('a-1')?.chargedFen).toBe(160);
  });

  it('keeps every book through the columns’ growth, and orders them by department, then id, as text', () => {
    const books = new AssetBooks();
    const ids = Array.from({ length: 5000 }, (_, n) => `id-${String((n * 7919) % 5000).padStart(4, '0')}`);
    ids.forEach((id, n) => books.register({ ...card(id, ['D-SCH2', 'D-EDU', 'D-SCH10'][n % 3]), originalValueFen: n }));
    expect(books.size).toBe(5000);
    expect(ids.every((id, n) => books.get(id)?.originalValueFen === n)).toBe(true);
    const ordered = books.byDepartmentThenId().map((i) => [books.departmentAt(i), books.idAt(i)].join(' '));
    expect(ordered).toEqual([...ordered].sort());
    expect(new Set(ordered).size).toBe(5000);
    // As text: D-SCH10 before D-SCH2.
    expect(ordered.findIndex((k) => k.startsWith('D-SCH10'))).toBeLessThan(ordered.findIndex((k) => k.startsWith('D-SCH2')));
  });

  it('registering an id again starts its book over', () => {
    const books = new AssetBooks();
    books.register(card('a-1'));
    books.charge(books.indexOf('a-1')!, '2026-04', 100);
    books.register({ ...card('a-1'), originalValueFen: 5 });
    expect([books.size, books.get('a-1')?.chargedFen, books.get('a-1')?.originalValueFen]).toEqual([1, 0, 5]);
  });
});
