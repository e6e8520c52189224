import { AssetEvent, AssetState, evolveAsset, initialAssetState } from '@app/assets';
import { startTestSystem, TestSystem } from '@test/support/test-app';

/** Reports and search by every level of the category code: 门类, 大类, 二级, 品目. */
describe('category levels in reports and search', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const before = new Date().toISOString();

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'fin-approver']) token[user] = await sys.tokenFor(user);
    const cards: [string, string, number][] = [
      ['LVL-DESKTOP-1', 'A02010105', 500000],
      ['LVL-DESKTOP-2', 'A02010105', 450000],
      ['LVL-LAPTOP', 'A02010108', 700000],
      ['LVL-SERVER', 'A02010104', 2000000],
      ['LVL-SWITCH', 'A02010200', 300000],
      ['LVL-DESK', 'A05010000', 120000],
      ['LVL-CLASS-ONLY', 'A02000000', 90000],
    ];
    for (const [assetNo, categoryCode, value] of cards) {
      const res = await sys
        .http()
        .post('/api/assets')
        .set('authorization', `Bearer ${token['mgr-sch1']}`)
        .send({
          assetNo,
          departmentId: 'D-SCH1',
          name: assetNo,
          categoryCode,
          custodian: '张三',
          location: '信息中心',
          acquiredOn: '2024-01-01',
          originalValueFen: value,
          accumulatedDepreciationFen: 10000,
          quantity: 1,
          unit: '台',
          condition: 'good',
        })
        .expect(201);
      ids[assetNo] = res.body.assetId as string;
    }
    await sys.projected();
  });
  afterAll(() => sys.close());

  const get = (path: string, who = 'fin-approver') => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);

  /** The expected groups, from a fold of the stored events with the domain's own evolve (not the report's SQL). */
  async function folded(level: 1 | 2 | 3 | 4) {
    const rows = await sys.query<{ stream_id: string; event_type: string; data: Record<string, unknown> }>(
      `SELECT stream_id, event_type, data FROM event_store.events WHERE stream_id LIKE 'asset-%' ORDER BY global_position`,
    );
    const states = new Map<string, AssetState>();
    for (const e of rows)
      states.set(
        e.stream_id,
        evolveAsset(states.get(e.stream_id) ?? initialAssetState(), { type: e.event_type, data: e.data } as AssetEvent),
      );
    const groups = new Map<string, { count: number; originalValueFen: number; netBookValueFen: number }>();
    for (const s of states.values()) {
      if (s.status !== 'registered' || s.departmentId !== 'D-SCH1') continue;
      const code = s.categoryCode.slice(0, 1 + 2 * level).padEnd(9, '0');
      const g = groups.get(code) ?? { count: 0, originalValueFen: 0, netBookValueFen: 0 };
      groups.set(code, {
        count: g.count + 1,
        originalValueFen: g.originalValueFen + s.originalValueFen,
        netBookValueFen: g.netBookValueFen + s.originalValueFen - s.accumulatedDepreciationFen,
      });
    }
    return groups;
  }

  type Row = {
    departmentId: string;
    categoryCode: string;
    categoryName: string;
    count: number;
    originalValueFen: number;
    netBookValueFen: number;
  };
  const ofSchool = (rows: Row[]) =>
    new Map(
      rows
        .filter((r) => r.departmentId === 'D-SCH1')
        .map((r) => [r.categoryCode, { count: r.count, originalValueFen: r.originalValueFen, netBookValueFen: r.netBookValueFen }]),
    );

  it.each([1, 2, 3, 4] as const)('the live summary at level %i equals a fold of the events cut to that level', async (level) => {
    const rows = (await get(`/api/reports/register-summary?level=${level}`).expect(200)).body.rows as Row[];
    expect(ofSchool(rows)).toEqual(await folded(level));
  });

  it('names each group by its deepest listed level and keeps a card coded less deep at its own code', async () => {
    const rows = (await get('/api/reports/register-summary?level=4').expect(200)).body.rows as Row[];
    const byCode = new Map(rows.filter((r) => r.departmentId === 'D-SCH1').map((r) => [r.categoryCode, r]));
    expect(byCode.get('A02010105')).toMatchObject({ categoryName: '台式计算机', count: 2, originalValueFen: 950000 });
    expect(byCode.get('A02010104')).toMatchObject({ categoryName: '服务器', count: 1 });
    expect(byCode.get('A02000000')).toMatchObject({ categoryName: '设备', count: 1, originalValueFen: 90000 });
    const second = (await get('/api/reports/register-summary?level=3').expect(200)).body.rows as Row[];
    expect(second.find((r) => r.departmentId === 'D-SCH1' && r.categoryCode === 'A02010100')).toMatchObject({
      categoryName: '计算机',
      count: 4,
      originalValueFen: 500000 + 450000 + 700000 + 2000000,
    });
  });

  it('the file at 二级 carries the level in its columns', async () => {
    const csv = await get('/api/reports/register-summary?level=3&format=csv')
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(csv.status).toBe(200);
    expect(csv.body as string).toContain('二级代码');
    expect(csv.body as string).toMatch(/A02010100.*计算机/);
  });

  it('as of a date groups by 门类 and 大类 and refuses deeper levels with a code', async () => {
    const at = encodeURIComponent(new Date().toISOString());
    const classes = (await get(`/api/reports/register-summary?asOf=${at}&level=1`).expect(200)).body.rows as Row[];
    expect(ofSchool(classes)).toEqual(await folded(1));
    const refused = await get(`/api/reports/register-summary?asOf=${at}&level=3`).expect(400);
    expect(refused.body.code).toBe('SUMMARY_LEVEL_NOT_AS_OF');
    expect(refused.body.message).toContain('门类或大类');
    const none = (await get(`/api/reports/register-summary?asOf=${encodeURIComponent(before)}&level=2`).expect(200)).body.rows as Row[];
    expect(none.filter((r) => r.departmentId === 'D-SCH1' && r.categoryCode === 'A02010000')).toEqual([]);
    await get('/api/reports/register-summary?level=5').expect(400);
  });

  it('search filters at 二级 and 品目 and shows each hit’s full code', async () => {
    const hits = async (category: string) =>
      (await get(`/api/search?kind=asset&category=${category}&q=LVL&limit=50`, 'mgr-sch1').expect(200)).body.items as {
        id: string;
        categoryCode: string;
      }[];
    const computers = await hits('A02010100');
    expect(computers.map((h) => h.id).sort()).toEqual(
      [ids['LVL-DESKTOP-1'], ids['LVL-DESKTOP-2'], ids['LVL-LAPTOP'], ids['LVL-SERVER']].sort(),
    );
    const desktops = await hits('A02010105');
    expect(desktops.map((h) => h.categoryCode)).toEqual(['A02010105', 'A02010105']);
    expect((await hits('A02010000')).length).toBe(5);
  });
});
