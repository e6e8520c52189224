import { outboxMessageId } from '@app/read-models/outbox/enqueue-outbound';
import { startReceiver, startSmtpServer, until } from '@test/support/outbox';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

/**
 * From an event to the channels: the inbox projection writes a notification and, in the same
 * transaction, hands it to the outbox; the projector's sender delivers it to the in-test SMTP server
 * (the person chose e-mail) and to the unit's webhook (another person chose it), once each.
 */
describe('notifications reach the outbound channels', () => {
  let sys: TestSystem;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let secret = '';
  const token: Record<string, string> = {};
  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);

  beforeAll(async () => {
    smtp = await startSmtpServer(
      () => false,
      () => undefined,
    );
    receiver = await startReceiver(
      () => secret,
      () => 200,
    );
    sys = await startTestSystem({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'noreply@warehouse.example.gov.cn', OUTBOX_POLL_MS: '100' },
    });
    for (const user of ['mgr-sch1', 'mgr-sch2', 'mgr-hosp1', 'staff-hosp1']) token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => {
    await sys.close();
    await smtp.close();
    await receiver.close();
  });

  it('a claim not chosen is e-mailed once to the school that chose e-mail; the one chosen goes to the hospital’s webhook, signed', async () => {
    await post('/api/notification-preferences', 'mgr-sch2', { channels: ['email'], email: 'mgr-sch2@school2.example.cn' }).expect(200);
    secret = (await post('/api/my-unit/webhook', 'mgr-hosp1', { url: `${receiver.url}` }).expect(200)).body.secret as string;
    await post('/api/notification-preferences', 'mgr-hosp1', { channels: ['webhook'] }).expect(200);

    const reg = await post('/api/assets', 'mgr-sch1', {
      assetNo: 'OUTBOX-1',
      departmentId: 'D-SCH1',
      name: '投影仪',
      categoryCode: 'A02000000',
      custodian: '李四',
      location: '教学楼101',
      acquiredOn: '2022-03-01',
      originalValueFen: 350000,
      quantity: 1,
      unit: '台',
      condition: 'good',
    }).expect(201);
    const assetId = reg.body.assetId as string;
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
      description: '九成新',
      condition: 'good',
      pickupLocation: '实验小学门卫室',
      advertiseUntil: inHours(48),
    }).expect(201);
    const chosen = await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', { justification: '门诊部示教' }).expect(201);
    await post(`/api/assets/${assetId}/listing/claims`, 'mgr-sch2', { justification: '多媒体教室' }).expect(201);
    await post(`/api/assets/${assetId}/listing/claims/${chosen.body.claimId}/selection`, 'mgr-sch1').expect(200);
    await sys.projected();

    const [notChosen] = (await get('/api/notifications?limit=10', 'mgr-sch2').expect(200)).body.items as {
      notificationId: string;
      title: string;
    }[];
    const [wasChosen] = (await get('/api/notifications?limit=10', 'mgr-hosp1').expect(200)).body.items as {
      notificationId: string;
      title: string;
    }[];
    const mailId = outboxMessageId(notChosen.notificationId, 'email');
    const hookId = outboxMessageId(wasChosen.notificationId, 'webhook');
    const status = async (id: string) =>
      (await sys.query<{ status: string }>(`SELECT status FROM outbox_messages WHERE message_id = $1`, [id]))[0]?.status;
    await until(async () => (await status(mailId)) === 'sent' && (await status(hookId)) === 'sent', 'the sender to deliver both');

    expect(smtp.accepted.map((m) => [m.messageId, m.to])).toEqual([
      [`<${mailId}@warehouse.example.gov.cn>`, ['mgr-sch2@school2.example.cn']],
    ]);
    expect(smtp.accepted[0].raw).toContain(`X-Warehouse-Notification: ${notChosen.notificationId}`);
    expect(receiver.deliveries.map((d) => [d.deliveryId, d.validSignature, d.body.notificationId, d.body.title])).toEqual([
      [hookId, true, wasChosen.notificationId, wasChosen.title],
    ]);
    // Nobody else chose a channel: nothing else was enqueued.
    expect(await sys.query(`SELECT channel, user_id FROM outbox_messages ORDER BY channel`)).toEqual([
      { channel: 'email', user_id: 'mgr-sch2' },
      { channel: 'webhook', user_id: 'mgr-hosp1' },
    ]);
  });
});
