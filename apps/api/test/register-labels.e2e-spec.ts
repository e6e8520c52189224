import { pdfText } from '@test/support/pdf-text';
import { startTestSystem, TestSystem } from '@test/support/test-app';

/** Labels printed from the register: the cards under the table's filters on one A4 sheet. */
describe('asset labels from the register', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'staff-sch1', 'fin-approver']) token[user] = await sys.tokenFor(user);
    for (const [assetNo, name, location] of [
      ['LBL-1', '多媒体投影仪', '教学楼201'],
      ['LBL-2', '钢琴', '艺术楼102'],
      ['LBL-3', '学生课桌', '教学楼201'],
    ])
      await sys
        .http()
        .post('/api/assets')
        .set('authorization', `Bearer ${token['mgr-sch1']}`)
        .send({
          assetNo,
          departmentId: 'D-SCH1',
          name,
          categoryCode: assetNo === 'LBL-3' ? 'A05010000' : 'A02000000',
          custodian: '王老师',
          location,
          acquiredOn: '2024-03-01',
          originalValueFen: 100000,
          quantity: 1,
          unit: '台',
          condition: 'good',
        })
        .expect(201);
    await sys.projected();
  });
  afterAll(() => sys.close());

  const labels = (query: string, who: string) =>
    sys.http().get(`/api/assets/labels.pdf?${query}`).set('authorization', `Bearer ${token[who]}`).buffer(true);

  it('prints the cards matching the filters, their Chinese text readable from the PDF', async () => {
    const res = await labels(`q=LBL&location=${encodeURIComponent('教学楼201')}`, 'staff-sch1')
      .expect(200)
      .expect('content-type', /application\/pdf/);
    const { text, pages } = await pdfText(res.body as Buffer);
    expect(pages).toBe(1);
    for (const expected of ['资产编号：LBL-1', '名称：多媒体投影仪', '资产编号：LBL-3', '名称：学生课桌', '存放地点：教学楼201'])
      expect(text).toContain(expected);
    expect(text).not.toContain('LBL-2');
  });

  it('says so when nothing matches, and finance cannot print labels', async () => {
    const none = await labels('q=NO-SUCH-CARD', 'mgr-sch1').expect(400);
    expect(none.body.code).toBe('LABELS_NONE');
    expect(none.body.message).toContain('无标签可打印');
    await labels('q=LBL', 'fin-approver').expect(403);
  });
});
