import { PersonalDataVault } from '@app/shared';
import { ContactColumns, ContactDetails } from '@app/read-models/outbox/contact-details';
import { OutboundSettingsQueries } from '@app/read-models/outbox/outbound-settings.queries';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { SealContactDetailsOnStart } from '../src/outbound/seal-contact-details.on-start';

/** Outbound channels over HTTP: each person's choice, the unit's webhook, the administrator's dead letters. */
describe('outbound channels (通知渠道) over HTTP', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['resident-1', 'staff-sch1', 'mgr-sch1', 'admin']) token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  it('offers residents SMS by default and others nothing until they choose', async () => {
    expect((await get('/api/notification-preferences', 'resident-1').expect(200)).body).toEqual({
      channels: ['sms'],
      email: null,
      phone: null,
      saved: false,
      unitWebhook: false,
    });
    expect((await get('/api/notification-preferences', 'staff-sch1').expect(200)).body).toMatchObject({ channels: [], saved: false });
  });

  it('refuses a choice without its address or with a malformed one, naming the problem, and writes nothing', async () => {
    const refused = async (who: string, body: object, code: string) => {
      const res = await post('/api/notification-preferences', who, body).expect(400);
      expect(res.body.code).toBe(code);
      expect(res.body.message).not.toBe(code);
    };
    await refused('resident-1', { channels: ['sms'] }, 'NOTIFY_PHONE_MISSING');
    await refused('resident-1', { channels: ['sms'], phone: '1380013800' }, 'NOTIFY_PHONE_INVALID');
    await refused('resident-1', { channels: ['webhook'] }, 'NOTIFY_WEBHOOK_NO_UNIT');
    await refused('staff-sch1', { channels: ['email'], email: '张三 <z@example.cn>' }, 'NOTIFY_EMAIL_INVALID');
    await refused('staff-sch1', { channels: ['email'] }, 'NOTIFY_EMAIL_MISSING');
    expect((await post('/api/notification-preferences', 'staff-sch1', { channels: ['fax'] }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await sys.query(`SELECT user_id FROM notification_preferences`)).toEqual([]);
  });

  it('saves a choice and reads it back', async () => {
    const saved = await post('/api/notification-preferences', 'staff-sch1', {
      channels: ['email', 'webhook'],
      email: ' z@school.example.cn ',
    }).expect(200);
    expect(saved.body).toEqual({
      channels: ['email', 'webhook'],
      email: 'z@school.example.cn',
      phone: null,
      saved: true,
      unitWebhook: false,
    });
    expect((await get('/api/notification-preferences', 'staff-sch1').expect(200)).body.channels).toEqual(['email', 'webhook']);
    expect(await sys.query(`SELECT user_id, department_id FROM notification_preferences`)).toEqual([
      { user_id: 'staff-sch1', department_id: 'D-SCH1' },
    ]);
  });

  it('keeps the addresses sealed for the person: no column of the stored row holds them in plain text', async () => {
    await post('/api/notification-preferences', 'resident-1', {
      channels: ['sms', 'email'],
      phone: '13912345678',
      email: 'r1@home.example.cn',
    }).expect(200);
    const [row] = await sys.query<Record<string, unknown>>(`SELECT * FROM notification_preferences WHERE user_id = 'resident-1'`);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain('13912345678');
    expect(stored).not.toContain('r1@home.example.cn');
    expect(row).toMatchObject({ email: null, phone: null, email_masked: 'r***@home.example.cn', phone_masked: '139****5678' });
    expect(row.contact_subject).toMatch(/^contact\/resident-1\//);
    // Only the person is shown them, opened.
    expect((await get('/api/notification-preferences', 'resident-1').expect(200)).body).toMatchObject({
      phone: '13912345678',
      email: 'r1@home.example.cn',
    });
    // Saving again keeps the same key.
    await post('/api/notification-preferences', 'resident-1', { channels: ['sms'], phone: '13912345679' }).expect(200);
    const [again] = await sys.query<{ contact_subject: string }>(
      `SELECT contact_subject FROM notification_preferences WHERE user_id = 'resident-1'`,
    );
    expect(again.contact_subject).toBe(row.contact_subject);
  });

  it('seals at start what an earlier version stored in plain text, and empties the plain columns', async () => {
    await sys.query(
      `INSERT INTO notification_preferences (user_id, channels, email, phone, email_masked, phone_masked, department_id, updated_at)
       VALUES ('staff-legacy', '{email,sms}', 'old@unit.example.cn', '13600001111', 'o***@unit.example.cn', '136****1111', 'D-SCH1', now())`,
    );
    const start = sys.app.get(SealContactDetailsOnStart);
    await start.onApplicationBootstrap();
    const [row] = await sys.query<Record<string, unknown>>(`SELECT * FROM notification_preferences WHERE user_id = 'staff-legacy'`);
    expect(JSON.stringify(row)).not.toContain('old@unit.example.cn');
    expect(JSON.stringify(row)).not.toContain('13600001111');
    const opened = await new ContactDetails(sys.app.get(PersonalDataVault)).open(row as unknown as ContactColumns);
    expect(opened).toEqual({ email: 'old@unit.example.cn', phone: '13600001111' });
    // A second start finds nothing left to seal.
    expect(await sys.app.get(OutboundSettingsQueries).sealPlainContactDetails()).toBe(0);
  });

  it('lets the unit’s asset manager set its webhook (https; http to this machine only in tests), showing the secret once', async () => {
    expect((await post('/api/my-unit/webhook', 'mgr-sch1', { url: 'http://hooks.example.cn/x' }).expect(400)).body.code).toBe(
      'WEBHOOK_URL_NOT_HTTPS',
    );
    expect((await post('/api/my-unit/webhook', 'mgr-sch1', { url: 'not a url' }).expect(400)).body.code).toBe('WEBHOOK_URL_INVALID');
    const set = await post('/api/my-unit/webhook', 'mgr-sch1', { url: 'https://hooks.school.example.cn/warehouse' }).expect(200);
    expect(set.body).toMatchObject({ departmentId: 'D-SCH1', url: 'https://hooks.school.example.cn/warehouse', updatedBy: 'mgr-sch1' });
    expect(set.body.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const shown = await get('/api/my-unit/webhook', 'mgr-sch1').expect(200);
    expect(shown.body).not.toHaveProperty('secret');
    expect((await get('/api/notification-preferences', 'staff-sch1').expect(200)).body.unitWebhook).toBe(true);
    expect((await post('/api/my-unit/webhook/removal', 'mgr-sch1').expect(200)).body.url).toBeNull();
  });

  it('forgets a resident’s addresses and unsent messages when their personal data is erased', async () => {
    token['resident-2'] = await sys.tokenFor('resident-2');
    await post('/api/notification-preferences', 'resident-2', { channels: ['sms'], phone: '13700003333' }).expect(200);
    await sys.query(
      `INSERT INTO outbox_messages (message_id, notification_id, channel, user_id, recipient, subject, body, link, status, attempts,
         next_attempt_at, created_at, sent_at)
       VALUES ('5e5e5e5e-0000-4000-8000-000000000001', 'n-sent', 'sms', 'resident-2', '13700003333', '预约已确认', '…', NULL, 'sent', 1, now(), now(), now()),
              ('5e5e5e5e-0000-4000-8000-000000000002', 'n-due', 'sms', 'resident-2', '13700003333', '预约提醒', '…', NULL, 'pending', 0,
               now() + interval '1 day', now(), NULL)`,
    );
    await post('/api/residents/me', 'resident-2', { name: '周九', phone: '13700003333' }).expect(200);
    await post('/api/residents/me/erasure', 'resident-2', { reason: '不再使用' }).expect(200);
    const [{ contact_subject: subject }] = await sys.query<{ contact_subject: string }>(
      `SELECT contact_subject FROM notification_preferences WHERE user_id = 'resident-2'`,
    );
    await sys.projected();
    expect(await sys.query(`SELECT user_id FROM notification_preferences WHERE user_id = 'resident-2'`)).toEqual([]);
    // The key the phone was sealed under is gone too, so a copy of the row in a backup cannot be opened.
    expect(await sys.query(`SELECT subject_id FROM personal_data_keys WHERE subject_id = $1`, [subject])).toEqual([]);
    expect(await sys.query(`SELECT subject_id FROM personal_data_erasures WHERE subject_id = $1`, [subject])).toEqual([
      { subject_id: subject },
    ]);
    expect(await sys.query(`SELECT notification_id, recipient FROM outbox_messages WHERE user_id = 'resident-2'`)).toEqual([
      { notification_id: 'n-sent', recipient: '(erased)' },
    ]);
    expect((await get('/api/notification-preferences', 'resident-2').expect(200)).body).toMatchObject({
      channels: ['sms'],
      phone: null,
      saved: false,
    });
    // Back again, the resident saves under a fresh key.
    await post('/api/notification-preferences', 'resident-2', { channels: ['sms'], phone: '13700004444' }).expect(200);
    expect((await get('/api/notification-preferences', 'resident-2').expect(200)).body.phone).toBe('13700004444');
  });

  it('lists dead letters for the administrator, with the reason, and retries one once', async () => {
    const id = '0f0e0d0c-0b0a-4908-8706-050403020100';
    await sys.query(
      `INSERT INTO outbox_messages (message_id, notification_id, channel, user_id, recipient, subject, body, link, status, attempts,
         next_attempt_at, created_at, last_error, dead_at)
       VALUES ($1, 'n-1', 'sms', 'resident-1', '13800138000', '预约已确认', '…', NULL, 'dead', 8, now(), now(), 'gateway answered 500', now())`,
      [id],
    );
    const scraped = (await sys.http().get('/api/metrics').expect(200)).text;
    expect(scraped).toMatch(/^warehouse_outbox_messages\{status="dead"\} 1$/m);
    const listed = await get('/api/outbox/dead-letters', 'admin').expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ messageId: id, channel: 'sms', recipient: '138****8000', attempts: 8, lastError: 'gateway answered 500' }),
    ]);
    expect((await post(`/api/outbox/dead-letters/${id}/retry`, 'admin').expect(200)).body).toEqual({ messageId: id });
    expect(await sys.query(`SELECT retried_by, attempts FROM outbox_messages WHERE message_id = $1`, [id])).toEqual([
      expect.objectContaining({ retried_by: 'admin' }),
    ]);
    // Retried, it is no longer a dead letter (pending, or sent by now through the log SMS provider): a second retry finds none.
    const again = await post(`/api/outbox/dead-letters/${id}/retry`, 'admin').expect(404);
    expect(again.body.code).toBe('DEAD_LETTER_NOT_FOUND');
  });
});
