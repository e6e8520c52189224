import { pdfText } from '@test/support/pdf-text';
import { startTestSystem, TestSystem } from '@test/support/test-app';

/**
 * Stocktake (清查盘点) on real PostgreSQL, through the API and the projector: a task of one place in a
 * department, its label sheet read back from the PDF, counting by label with all five outcomes, the
 * manager's sign-off, and the discrepancy report.
 */
describe('stocktake (清查盘点) with QR labels', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who = 'mgr-sch1') => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const card = (assetNo: string, name: string, location: string, departmentId = 'D-SCH1') => ({
    assetNo,
    departmentId,
    name,
    categoryCode: 'A02000000',
    custodian: '张老师',
    location,
    acquiredOn: '2021-09-01',
    originalValueFen: 450_000,
    quantity: 1,
    unit: '台',
    condition: 'good',
  });
  const register = async (who: string, body: ReturnType<typeof card>) =>
    (await post('/api/assets', who, body).expect(201)).body.assetId as string;

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'staff-sch1', 'mgr-sch2', 'mgr-hosp1']) token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  it('counts a place’s cards by label to all five outcomes and closes on the manager’s sign-off', async () => {
    const [projector, piano] = [
      await register('mgr-sch1', card('STK-1', '投影仪', '教学楼201')),
      await register('mgr-sch1', card('STK-2', '电子琴', '教学楼201')),
    ];
    await register('mgr-sch1', card('STK-3', '实物展台', '教学楼201'));
    await register('mgr-sch1', card('STK-4', '学生课桌', '教学楼201'));
    // In the same school but on the books at another place; and another school's card.
    const moved = await register('mgr-sch1', card('STK-5', '笔记本电脑', '行政楼'));
    const stray = await register('mgr-sch2', card('STK-SCH2-1', '打印机', '图书馆', 'D-SCH2'));

    const opened = await post('/api/stocktakes', 'mgr-sch1', {
      title: '教学楼201 年末清查',
      departmentId: 'D-SCH1',
      location: '教学楼201',
    }).expect(201);
    const id = opened.body.stocktakeId as string;
    await post('/api/stocktakes', 'staff-sch1', { title: '清查', departmentId: 'D-SCH1' }).expect(403);
    await post('/api/stocktakes', 'mgr-hosp1', { title: '清查', departmentId: 'D-SCH1' }).expect(403);
    await sys.projected();

    // The label sheet: one label per card in scope, its Chinese text extractable from the PDF.
    const labels = await get(`/api/stocktakes/${id}/labels.pdf`, 'staff-sch1')
      .buffer(true)
      .expect(200)
      .expect('content-type', /application\/pdf/);
    const { text, pages } = await pdfText(labels.body as Buffer);
    expect(pages).toBe(1);
    for (const expected of ['资产编号：STK-1', '名称：投影仪', '名称：电子琴', '存放地点：教学楼201', '使用部门：', 'STK-4'])
      expect(text).toContain(expected);
    expect(text).not.toContain('STK-5');

    // Counting: a scan, the same label again, a card from elsewhere in the school, another school's card, an unknown number.
    const found = await post(`/api/stocktakes/${id}/counts`, 'staff-sch1', { assetNo: 'STK-1', method: 'scan' }).expect(200);
    expect(found.body).toMatchObject({ outcome: 'found', assetId: projector, events: ['stocktake.counted.v1'], replayed: false });
    const again = await post(`/api/stocktakes/${id}/counts`, 'staff-sch1', { assetNo: 'STK-1', method: 'scan' }).expect(200);
    expect(again.body).toMatchObject({ events: [], replayed: true });
    const elsewhere = await post(`/api/stocktakes/${id}/counts`, 'staff-sch1', { assetNo: 'STK-5', foundAt: '教学楼201' }).expect(200);
    expect(elsewhere.body).toMatchObject({ outcome: 'found_elsewhere', assetId: moved });
    // Another school's card answers like an unknown number: its existence and details are not this school's to know.
    const foreign = await post(`/api/stocktakes/${id}/counts`, 'staff-sch1', { assetNo: 'STK-SCH2-1' }).expect(404);
    expect(foreign.body.code).toBe('STOCKTAKE_UNKNOWN_ASSET_NO');
    expect(stray).toEqual(expect.any(String));
    const unknown = await post(`/api/stocktakes/${id}/counts`, 'staff-sch1', { assetNo: 'STK-404' }).expect(404);
    expect(unknown.body.code).toBe('STOCKTAKE_UNKNOWN_ASSET_NO');
    expect(unknown.body.message).toContain('盘盈');
    await post(`/api/stocktakes/${id}/counts`, 'mgr-sch2', { assetNo: 'STK-2' }).expect(403);

    // 盘盈: a new card through the register path, linked to the task; 盘亏: an expected card confirmed missing.
    const surplus = await post(`/api/stocktakes/${id}/surplus`, 'mgr-sch1', card('STK-PY-1', '投影幕布', '教学楼201')).expect(201);
    expect(surplus.body.events).toEqual(['stocktake.surplus-recorded.v1']);
    await post(`/api/stocktakes/${id}/surplus`, 'staff-sch1', card('STK-PY-2', '音箱', '教学楼201')).expect(403);
    await post(`/api/stocktakes/${id}/shortages`, 'mgr-sch1', { assetId: piano, reason: '多年未见，经查找无下落' }).expect(200);
    await post(`/api/stocktakes/${id}/shortages`, 'mgr-sch1', { assetId: projector, reason: '误报' }).expect(409);

    // Sign-off: a counter cannot close; the manager must give a conclusion.
    expect((await post(`/api/stocktakes/${id}/close`, 'staff-sch1', { opinion: '已完成' }).expect(403)).body.code).toBe(
      'STOCKTAKE_MANAGER_ONLY',
    );
    await post(`/api/stocktakes/${id}/close`, 'mgr-sch1', { opinion: '' }).expect(400);
    const closed = await post(`/api/stocktakes/${id}/close`, 'mgr-sch1', { opinion: '已核对，盘亏资产另行申请核销' }).expect(200);
    expect(closed.body.events).toEqual(['stocktake.closed.v1']);
    await post(`/api/stocktakes/${id}/counts`, 'staff-sch1', { assetNo: 'STK-3' }).expect(409);
    // A surplus on a closed task is refused before its card is registered: the number is still free afterwards.
    await post(`/api/stocktakes/${id}/surplus`, 'mgr-sch1', card('STK-PY-9', '音箱', '教学楼201')).expect(409);
    await register('mgr-sch1', card('STK-PY-9', '音箱', '教学楼201'));
    await sys.projected();

    const detail = (await get(`/api/stocktakes/${id}`).expect(200)).body;
    expect(detail).toMatchObject({
      status: 'closed',
      expectedCount: 4,
      signedOffName: '区实验小学 资产管理员',
      counts: { pending: 0, found: 1, found_elsewhere: 1, surplus: 1, shortage: 1, not_found: 2 },
    });
    const outcomes = Object.fromEntries((detail.items as { assetNo: string; outcome: string }[]).map((i) => [i.assetNo, i.outcome]));
    expect(outcomes).toEqual({
      'STK-1': 'found',
      'STK-2': 'shortage',
      'STK-3': 'not_found',
      'STK-4': 'not_found',
      'STK-5': 'found_elsewhere',
      'STK-PY-1': 'surplus',
    });
    const movedRow = (detail.items as { assetNo: string }[]).find((i) => i.assetNo === 'STK-5');
    expect(movedRow).toMatchObject({ cardLocation: '行政楼', foundAt: '教学楼201', settledBy: 'staff-sch1', method: 'typed' });
    expect((await get(`/api/assets/${surplus.body.assetId}`).expect(200)).body).toMatchObject({
      assetNo: 'STK-PY-1',
      departmentId: 'D-SCH1',
    });

    const csv = (
      await get(`/api/stocktakes/${id}/report.csv`)
        .expect(200)
        .expect('content-type', /text\/csv/)
    ).text;
    for (const expected of ['盘点差异表', '盘亏', '未找到', '盘盈', '在别处发现', 'STK-3', '多年未见']) expect(csv).toContain(expected);
    expect(csv).not.toContain('STK-1,');

    const list = (await get('/api/stocktakes').expect(200)).body as { stocktakeId: string }[];
    expect(list.map((t) => t.stocktakeId)).toContain(id);
    expect((await get('/api/stocktakes', 'mgr-hosp1').expect(200)).body).toEqual([]);
    await get(`/api/stocktakes/${id}`, 'mgr-hosp1').expect(404);
  });
});
