import { DataSource } from 'typeorm';
import { Clock } from '@app/shared';
import { LogSmsSender } from '@app/platform/sms/log-sms-sender';
import { outboxMessageId } from '@app/read-models/outbox/enqueue-outbound';
import { EmailChannel, PermanentFailure, SmsChannel, WebhookChannel } from '@app/read-models/outbox/outbound-channels';
import { OutboxSettings } from '@app/read-models/outbox/outbox.config';
import { OutboxSender } from '@app/read-models/outbox/outbox-sender';
import { OutboxStore } from '@app/read-models/outbox/outbox-store';
import { addressBook, choose, enqueue, notification, outboxDatabase, startReceiver } from '@test/support/outbox';

/** A clock the test moves past each back-off, so retries are driven round by round, not by waiting. */
class StepClock extends Clock {
  private at = new Date('2026-11-29T02:00:00Z').getTime();
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

describe('outbox delivery: webhooks with retries, dead letters, SMS, and what is enqueued', () => {
  let db: DataSource;
  let store: OutboxStore;
  const clock = new StepClock();
  const sms = new LogSmsSender();
  const settings: OutboxSettings = {
    smtp: null,
    from: 'noreply@warehouse.example.gov.cn',
    webhookTimeoutMs: 2_000,
    maxAttempts: 3,
    backoff: { baseMs: 10_000, maxMs: 60_000 },
    leaseMs: 30_000,
    pollMs: 100,
    senderOn: false,
    allowPrivateWebhooks: true,
    keepSentDays: 30,
  };
  let sender: OutboxSender;
  const setWebhook = (departmentId: string, url: string, secret: string) =>
    db.query(
      `INSERT INTO department_webhooks (department_id, url, secret, updated_by, updated_at) VALUES ($1, $2, $3, 'mgr', now())
       ON CONFLICT (department_id) DO UPDATE SET url = $2, secret = $3`,
      [departmentId, url, secret],
    );
  /** Rounds of the sender, moving the clock past the longest back-off between them. */
  const rounds = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await sender.runOnce();
      clock.advance(settings.backoff.maxMs);
    }
  };

  beforeAll(async () => {
    ({ db } = await outboxDatabase());
    store = new OutboxStore(db);
    sender = new OutboxSender(
      store,
      { email: new EmailChannel(settings), webhook: new WebhookChannel(store, settings, clock), sms: new SmsChannel(sms) },
      settings,
      clock,
      'test-sender',
      addressBook(db),
    );
  });
  afterAll(() => db.destroy());

  it('enqueues one row per chosen channel with an address, and nothing again when the batch is replayed', async () => {
    await choose(db, 'staff-a', ['email', 'sms', 'webhook'], { email: 'a@unit.example.cn', departmentId: 'D-NOHOOK' });
    const batch = [
      notification('1b6f0a9e-0000-4000-8000-000000000001', 'staff-a'),
      notification('1b6f0a9e-0000-4000-8000-000000000002', 'nobody'),
    ];
    // staff-a: e-mail only (no phone given, the unit has no webhook); nobody chose anything.
    expect(await enqueue(db, batch)).toBe(1);
    expect(await enqueue(db, batch)).toBe(0);
    // The row shows which address, masked: the sender opens the sealed one when it sends.
    const rows = await db.query<{ channel: string; recipient: string }[]>(`SELECT channel, recipient FROM outbox_messages`);
    expect(rows).toEqual([{ channel: 'email', recipient: 'a***@unit.example.cn' }]);
  });

  it('a webhook receiver that fails twice gets the third try, each signed, with the same delivery id', async () => {
    const receiver = await startReceiver(
      () => 'secret-sch1',
      (n) => (n <= 2 ? 503 : 200),
    );
    try {
      await setWebhook('D-SCH1', receiver.url, 'secret-sch1');
      await choose(db, 'mgr-sch1', ['webhook'], { departmentId: 'D-SCH1' });
      expect(await enqueue(db, [notification('2c7f1b0f-0000-4000-8000-000000000001', 'mgr-sch1')])).toBe(1);
      const id = outboxMessageId('2c7f1b0f-0000-4000-8000-000000000001', 'webhook');

      await sender.runOnce();
      expect(await store.statusOf(id)).toEqual({ status: 'pending', attempts: 1, lastError: 'webhook answered HTTP 503' });
      // Not due before its back-off (10 s after the first failure).
      clock.advance(9_000);
      await sender.runOnce();
      expect(receiver.deliveries).toHaveLength(1);
      clock.advance(1_000);
      await sender.runOnce();
      expect(await store.statusOf(id)).toEqual({ status: 'pending', attempts: 2, lastError: 'webhook answered HTTP 503' });
      // The second back-off is twice the first.
      clock.advance(19_000);
      await sender.runOnce();
      expect(receiver.deliveries).toHaveLength(2);
      clock.advance(1_000);
      await sender.runOnce();

      expect(await store.statusOf(id)).toEqual({ status: 'sent', attempts: 3, lastError: null });
      expect(receiver.deliveries.map((d) => [d.answered, d.validSignature, d.deliveryId])).toEqual([
        [503, true, id],
        [503, true, id],
        [200, true, id],
      ]);
      expect(receiver.deliveries[2].body).toMatchObject({
        notificationId: '2c7f1b0f-0000-4000-8000-000000000001',
        title: '调剂申请已通过',
      });
      await rounds(2);
      expect(receiver.deliveries).toHaveLength(3);
    } finally {
      await receiver.close();
    }
  });

  it('a receiver that keeps failing ends as a dead letter with its reason; retried by the administrator, it is delivered', async () => {
    let up = false;
    const receiver = await startReceiver(
      () => 'secret-sch2',
      () => (up ? 204 : 500),
    );
    try {
      await setWebhook('D-SCH2', receiver.url, 'secret-sch2');
      await choose(db, 'mgr-sch2', ['webhook'], { departmentId: 'D-SCH2' });
      await enqueue(db, [notification('3d8f2c1a-0000-4000-8000-000000000001', 'mgr-sch2')]);
      const id = outboxMessageId('3d8f2c1a-0000-4000-8000-000000000001', 'webhook');

      await rounds(4);
      expect(receiver.deliveries).toHaveLength(3);
      expect(await store.statusOf(id)).toEqual({ status: 'dead', attempts: 3, lastError: 'webhook answered HTTP 500' });
      const dead = await store.deadLetters(10);
      expect(dead.map((d) => [d.messageId, d.channel, d.recipient, d.lastError])).toContainEqual([
        id,
        'webhook',
        'D-SCH2',
        'webhook answered HTTP 500',
      ]);

      expect(await store.retryDeadLetter(id, 'admin', clock.now())).toBe(true);
      expect(await store.retryDeadLetter(id, 'admin', clock.now())).toBe(false);
      up = true;
      await sender.runOnce();
      expect(await store.statusOf(id)).toEqual({ status: 'sent', attempts: 1, lastError: null });
      expect(receiver.deliveries.map((d) => d.answered)).toEqual([500, 500, 500, 204]);
      expect((await store.deadLetters(10)).map((d) => d.messageId)).not.toContain(id);
    } finally {
      await receiver.close();
    }
  });

  it('without an SMTP relay an e-mail is a dead letter at once, naming why; a text goes through the SMS port', async () => {
    await choose(db, 'resident-9', ['sms', 'email'], { phone: '13800138009', email: 'r9@example.cn' });
    await enqueue(db, [notification('4e9a3d2b-0000-4000-8000-000000000001', 'resident-9', '预约已确认')]);
    await sender.runOnce();
    expect(await store.statusOf(outboxMessageId('4e9a3d2b-0000-4000-8000-000000000001', 'email'))).toEqual({
      status: 'dead',
      attempts: 1,
      lastError: 'no SMTP relay is configured (SMTP_HOST)',
    });
    expect(await store.statusOf(outboxMessageId('4e9a3d2b-0000-4000-8000-000000000001', 'sms'))).toMatchObject({ status: 'sent' });
    expect(sms.countTo('13800138009')).toBe(1);
    expect(sms.latestTo('13800138009')?.text).toMatch(/^【云公物仓】预约已确认：/);
  });

  it('sends to the address the person gives now, and keeps a refusal that quotes it masked', async () => {
    await choose(db, 'resident-10', ['sms'], { phone: '13800138010' });
    await enqueue(db, [notification('4e9a3d2b-0000-4000-8000-000000000010', 'resident-10', '预约提醒')]);
    // The resident changes their number before the message goes: the new one gets it.
    await choose(db, 'resident-10', ['sms'], { phone: '13900139010' });
    await sender.runOnce();
    expect(sms.countTo('13900139010')).toBe(1);
    expect(sms.countTo('13800138010')).toBe(0);

    const refusing = new OutboxSender(
      store,
      {
        email: {
          send: (m) => Promise.reject(new PermanentFailure(`550 5.1.1 <${m.recipient}>: Recipient address rejected`)),
        },
        webhook: new WebhookChannel(store, settings, clock),
        sms: new SmsChannel(sms),
      },
      settings,
      clock,
      'refusing-sender',
      addressBook(db),
    );
    await choose(db, 'staff-gone', ['email'], { email: 'gone@unit.example.cn' });
    await enqueue(db, [notification('4e9a3d2b-0000-4000-8000-000000000011', 'staff-gone')]);
    await refusing.runOnce();
    expect(await store.statusOf(outboxMessageId('4e9a3d2b-0000-4000-8000-000000000011', 'email'))).toEqual({
      status: 'dead',
      attempts: 1,
      lastError: '550 5.1.1 <g***@unit.example.cn>: Recipient address rejected',
    });
  });

  it('two senders claiming at once never take the same row (SKIP LOCKED): each of 60 e-mails is sent by exactly one', async () => {
    const sent: string[] = [];
    const slowCountingEmail = {
      send: async (m: { messageId: string }) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        sent.push(m.messageId);
      },
    };
    const senderOf = (name: string) =>
      new OutboxSender(
        store,
        { email: slowCountingEmail, webhook: slowCountingEmail, sms: slowCountingEmail },
        settings,
        clock,
        name,
        addressBook(db),
      );
    const [a, b] = [senderOf('sender-a'), senderOf('sender-b')];
    await choose(db, 'busy-user', ['email'], { email: 'busy@example.cn' });
    const batch = Array.from({ length: 60 }, (_, i) => notification(`9c000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 'busy-user'));
    expect(await enqueue(db, batch)).toBe(60);
    for (let round = 0; round < 5; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    const ids = batch.map((n) => outboxMessageId(n.notificationId, 'email'));
    expect(sent.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    const byWorker = await db.query<{ leased_by: string; n: string }[]>(
      `SELECT leased_by, count(*) AS n FROM outbox_messages WHERE user_id = 'busy-user' AND status = 'sent' GROUP BY leased_by ORDER BY leased_by`,
    );
    expect(byWorker.map((r) => r.leased_by)).toEqual(['sender-a', 'sender-b']);
  });

  it('refuses a webhook target in a private network when private targets are not allowed', async () => {
    const strict = new OutboxSender(
      store,
      {
        email: new EmailChannel(settings),
        webhook: new WebhookChannel(store, { ...settings, allowPrivateWebhooks: false }, clock),
        sms: new SmsChannel(sms),
      },
      settings,
      clock,
      'strict-sender',
      addressBook(db),
    );
    await setWebhook('D-HOSP1', 'https://10.20.30.40/hook', 'secret-h');
    await choose(db, 'mgr-hosp1', ['webhook'], { departmentId: 'D-HOSP1' });
    await enqueue(db, [notification('5fab4e3c-0000-4000-8000-000000000001', 'mgr-hosp1')]);
    await strict.runOnce();
    expect(await store.statusOf(outboxMessageId('5fab4e3c-0000-4000-8000-000000000001', 'webhook'))).toEqual({
      status: 'dead',
      attempts: 1,
      lastError: 'webhook host 10.20.30.40 resolves to a private address (10.20.30.40)',
    });
  });
  it('deletes sent rows older than the days kept, at most once an hour; pending rows and dead letters stay', async () => {
    const from = new Date('2027-03-01T02:00:00Z');
    const own = new StepClock();
    own.advance(from.getTime() - own.now().getTime());
    const pruning = new OutboxSender(
      store,
      { email: new EmailChannel(settings), webhook: new WebhookChannel(store, settings, own), sms: new SmsChannel(sms) },
      settings,
      own,
      'pruning-sender',
      addressBook(db),
    );
    await choose(db, 'resident-p', ['sms', 'email'], { phone: '13800138077', email: 'p@example.cn' });
    const ids = ['5f0b4e3c-0000-4000-8000-000000000001', '5f0b4e3c-0000-4000-8000-000000000002'];
    await enqueue(
      db,
      ids.map((id) => notification(id, 'resident-p')),
    );
    await pruning.runOnce();
    const [oldSms, newSms, oldDead] = [outboxMessageId(ids[0], 'sms'), outboxMessageId(ids[1], 'sms'), outboxMessageId(ids[0], 'email')];
    expect(await store.statusOf(oldDead)).toMatchObject({ status: 'dead' });
    // One sent 31 days before the sender's "now", one 29 days before; the dead letter is as old as the first.
    const daysBefore = (days: number) => new Date(from.getTime() - days * 86_400_000);
    await db.query('UPDATE outbox_messages SET sent_at = $2 WHERE message_id = $1', [oldSms, daysBefore(31)]);
    await db.query('UPDATE outbox_messages SET sent_at = $2 WHERE message_id = $1', [newSms, daysBefore(29)]);
    await db.query('UPDATE outbox_messages SET dead_at = $2, created_at = $2 WHERE message_id = $1', [oldDead, daysBefore(31)]);

    // The first round pruned already (before the rows were aged): the next prune waits an hour.
    expect(await pruning.pruneIfDue(own.now())).toBe(0);
    expect(await store.statusOf(oldSms)).toMatchObject({ status: 'sent' });
    own.advance(3_600_000);
    expect(await pruning.pruneIfDue(own.now())).toBe(1);
    expect(await store.statusOf(oldSms)).toBeNull();
    expect(await store.statusOf(newSms)).toMatchObject({ status: 'sent' });
    expect(await store.statusOf(oldDead)).toMatchObject({ status: 'dead' });

    // 0 keeps every row.
    const keeping = new OutboxSender(
      store,
      { email: new EmailChannel(settings), webhook: new WebhookChannel(store, settings, own), sms: new SmsChannel(sms) },
      { ...settings, keepSentDays: 0 },
      own,
      'keeping-sender',
      addressBook(db),
    );
    own.advance(60 * 86_400_000);
    expect(await keeping.pruneIfDue(own.now())).toBe(0);
    expect(await store.statusOf(newSms)).toMatchObject({ status: 'sent' });
  });
});
