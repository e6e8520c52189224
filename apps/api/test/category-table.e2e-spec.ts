import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';

/** 载入分类表 over HTTP: the administrator loads the table; a bad file is refused whole; codes are checked against the table in force. */
describe('category table (分类表) over HTTP', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    clock.reset();
    sys = await startTestSystem();
    for (const user of ['admin', 'mgr-edu']) token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => {
    clock.reset();
    await sys.close();
  });

  const post = (path: string, who: string, body: object) => sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const card = (assetNo: string, categoryCode: string) => ({
    assetNo,
    departmentId: 'D-EDU',
    name: '复印机',
    categoryCode,
    custodian: '张三',
    location: '行政楼302室',
    acquiredOn: '2023-05-10',
    originalValueFen: 499900,
    quantity: 1,
    unit: '台',
    condition: 'good',
  });
  const tableEvents = () => sys.query(`SELECT 1 FROM event_store.events WHERE stream_id = 'category-table'`);
  const HEAD = 'code,name,parent\nA02000000,设备,\nA02020000,办公设备,A02000000\n';

  it('refuses a table with a bad row whole, naming row and column in Chinese, and writes nothing', async () => {
    const before = (await get('/api/categories/table', 'admin').expect(200)).body;
    const refused = await post('/api/categories/table', 'admin', { csv: `${HEAD}A0202010,复印机,A02020000\n`, source: 'bad.csv' }).expect(
      400,
    );
    expect(refused.body.code).toBe('CATEGORY_TABLE_INVALID');
    expect(refused.body.message).toContain('分类表');
    expect(refused.body.details.problems).toEqual([
      expect.objectContaining({ row: 4, column: 'code', problem: 'CODE_MALFORMED', message: expect.stringContaining('第4行') }),
    ]);
    expect(await tableEvents()).toHaveLength(0);
    expect((await get('/api/categories/table', 'admin').expect(200)).body.version).toBe(before.version);
  });

  it('lets only the administrator load a table', async () => {
    const refused = await post('/api/categories/table', 'mgr-edu', { csv: `${HEAD}A02020100,复印机,A02020000\n` }).expect(403);
    expect(refused.body.code).toBeDefined();
    expect(await tableEvents()).toHaveLength(0);
  });

  it('refuses a 7-character or made-up code on registration with a stable code', async () => {
    expect((await post('/api/assets', 'mgr-edu', card('CAT-1', 'A029999')).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const unknown = await post('/api/assets', 'mgr-edu', card('CAT-2', 'A02999900')).expect(400);
    expect(unknown.body.code).toBe('UNKNOWN_CATEGORY');
    expect(unknown.body.message).toContain('分类');
  });

  it('loads a fixed table, checks codes against it from then on, and keeps the earlier table as of before', async () => {
    const before = new Date(clock.now().getTime() - 1000).toISOString();
    expect((await post('/api/assets', 'mgr-edu', card('CAT-3', 'A02020100')).expect(400)).body.code).toBe('UNKNOWN_CATEGORY');
    const loaded = await post('/api/categories/table', 'admin', { csv: `${HEAD}A02020100,复印机,A02020000\n`, source: 'fixed.csv' }).expect(
      201,
    );
    expect(loaded.body).toMatchObject({ version: 1, rowCount: 3, unchanged: false });
    expect((await post('/api/categories/table', 'admin', { csv: `${HEAD}A02020100,复印机,A02020000\n` }).expect(201)).body.unchanged).toBe(
      true,
    );
    expect(await tableEvents()).toHaveLength(1);

    await post('/api/assets', 'mgr-edu', card('CAT-3', 'A02020100')).expect(201);
    // The new table lists 设备's children: a 计算机 code from the shipped table is no longer in it.
    expect((await post('/api/assets', 'mgr-edu', card('CAT-4', 'A02010105')).expect(400)).body.code).toBe('UNKNOWN_CATEGORY');

    const now = (await get('/api/categories/table', 'mgr-edu').expect(200)).body;
    expect(now).toMatchObject({ version: 1, source: 'fixed.csv', loadedBy: 'admin' });
    expect(now.rows.map((r: { code: string }) => r.code)).toEqual(['A02000000', 'A02020000', 'A02020100']);
    const then = (await get(`/api/categories/table?asOf=${encodeURIComponent(before)}`, 'mgr-edu').expect(200)).body;
    expect(then.version).toBe(0);
    expect(then.rows.map((r: { code: string }) => r.code)).toContain('A02010105');
  });
});
