import { SmsSender } from '@app/platform/sms/sms-sender';
import { LogSmsSender } from '@app/platform/sms/log-sms-sender';
import { PRIVACY_NOTICE } from '@app/sharing';
import { clock } from '@test/support/test-clock';
import { CapturedLogs, tablesContaining } from '@test/support/personal-data-search';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const HOUR = 3600_000;
const RESEND = 61_000;
const hourFromNow = (hours: number) => new Date(Math.ceil((clock.now().getTime() + hours * HOUR) / HOUR) * HOUR).toISOString();

interface StoredEvent {
  stream_id: string;
  event_type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

describe('residents sign up and sign in with a mobile number and a one-time code by SMS', () => {
  let sys: TestSystem;
  let sms: LogSmsSender;
  const logs = new CapturedLogs();

  beforeAll(async () => {
    logs.captureProcessOutput();
    sys = await startTestSystem({ logger: logs });
    sms = sys.app.get(SmsSender) as LogSmsSender;
    expect(sms).toBeInstanceOf(LogSmsSender);
  });
  afterAll(async () => {
    logs.release();
    clock.reset();
    await sys.close();
  });

  const requestCode = (phone: unknown) => sys.http().post('/api/auth/phone/code').send({ phone });
  const verify = (phone: string, code: string) => sys.http().post('/api/auth/phone/sign-in').send({ phone, code });
  /** The code the development provider "delivered" to the number (read through its test hook). */
  const codeSentTo = (phone: string) => /验证码是 (\d{6})/.exec(sms.latestTo(phone)?.text ?? '')?.[1] ?? '';
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  const events = (where: string, params: unknown[] = []) =>
    sys.query<StoredEvent>(
      `SELECT stream_id, event_type, data, metadata FROM event_store.events WHERE ${where} ORDER BY global_position`,
      params,
    );
  const as = (token: string) => ({
    get: (path: string) => sys.http().get(path).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => sys.http().post(path).set('authorization', `Bearer ${token}`).send(body),
  });
  /** Signs up (or in) the way a person does; answers the session. */
  const signUp = async (phone: string) => {
    await requestCode(phone).expect(200);
    return (await verify(phone, codeSentTo(phone)).expect(200)).body as {
      accessToken: string;
      refreshToken: string;
      actor: { userId: string; role: string; departmentId: string | null };
    };
  };

  it('the options say phone sign-in is on; an invalid number is a clear 400 and nothing is written or sent', async () => {
    expect((await sys.http().get('/api/auth/options').expect(200)).body).toMatchObject({ phone: true });
    const before = await sys.countEvents();
    for (const phone of ['12800138000', '1380013800', '138001380001', '+8613800138000', 'abcdefghijk']) {
      const refused = await requestCode(phone).expect(400);
      expect(refused.body).toMatchObject({
        code: 'PHONE_NUMBER_INVALID',
        message: expect.stringMatching(/手机号码/),
        details: { field: 'phone' },
      });
      expect((await verify(phone, '123456').expect(400)).body.code).toBe('PHONE_NUMBER_INVALID');
    }
    expect((await requestCode(undefined).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await requestCode(13800138000).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await verify('13800138000', '12345').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await verify('13800138000', 'abcdef').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect(await sys.countEvents()).toBe(before);
    expect(sms.countTo('12800138000')).toBe(0);
  });

  it('request → the code arrives → verify: a resident account (no unit) and the same session as a password sign-in; the number is stored nowhere', async () => {
    const phone = '13812345678';
    const sent = await requestCode('138 1234 5678').expect(200);
    expect(sent.body).toEqual({ resendAfterSeconds: 60, expiresInSeconds: 300 });
    const code = codeSentTo(phone);
    expect(code).toMatch(/^\d{6}$/);

    const session = await verify(phone, code).expect(200);
    expect(Object.keys(session.body).sort()).toEqual(['accessToken', 'actor', 'expiresIn', 'mustChangePassword', 'refreshToken']);
    expect(session.body).toMatchObject({ expiresIn: 900, mustChangePassword: false, actor: { role: 'resident', departmentId: null } });
    const username = session.body.actor.userId as string;
    expect(username).toMatch(/^r-[0-9a-f]{24}$/);
    expect((await as(session.body.accessToken).get('/api/auth/me').expect(200)).body).toMatchObject({ userId: username, role: 'resident' });
    // The refresh token works like any other.
    await sys.http().post('/api/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(200);

    const account = await events('stream_id = $1', [`account-${username}`]);
    expect(account.map((e) => e.event_type)).toEqual(['account.created.v1', 'account.signed-in.v1']);
    expect(account[0].data).toMatchObject({
      roles: ['resident'],
      departmentId: null,
      phone: null,
      by: username,
      mustChangePassword: false,
    });
    expect(account[1].data).toMatchObject({ method: 'sms', role: 'resident' });
    const codes = await events(`stream_id LIKE 'phone-code-%' AND data->>'username' = $1`, [username]);
    expect(codes.map((e) => e.event_type)).toEqual(['phone-code.verified.v1']);
    const issued = await events('stream_id = $1', [codes[0].stream_id]);
    expect(issued[0]).toMatchObject({ event_type: 'phone-code.issued.v1', data: { codeDigest: expect.stringMatching(/^[\w-]{43}$/) } });
    for (const e of issued) expect(JSON.stringify(e)).not.toContain(`"${code}"`);

    // Signing in again with a new code finds the same account: nothing new is created.
    clock.travel(RESEND);
    await requestCode(phone).expect(200);
    expect((await verify(phone, codeSentTo(phone)).expect(200)).body.actor.userId).toBe(username);
    expect((await events('stream_id = $1', [`account-${username}`])).map((e) => e.event_type)).toEqual([
      'account.created.v1',
      'account.signed-in.v1',
      'account.signed-in.v1',
    ]);

    await sys.projected();
    expect(await tablesContaining(sys, phone)).toEqual([]);
    expect(logs.containing(phone)).toEqual([]);
    // The development provider's own line is the one place the code is written, with the number masked.
    expect(logs.containing(`验证码是 ${code}`)).toEqual([expect.stringContaining('138****5678')]);
    // The auditor sees the sign-ins in the timeline.
    const auditor = await sys.tokenFor('auditor');
    const timeline = (await as(auditor).get(`/api/audit/timeline?streamId=account-${username}`).expect(200)).text;
    expect(timeline).toContain('account.signed-in.v1');
    expect(timeline).not.toContain(phone);
  });

  it('the answer to a code request is the same whether or not the number has an account; a resend waits, and an hour holds five codes', async () => {
    clock.travel(RESEND);
    const known = await requestCode('13812345678').expect(200);
    const unknown = await requestCode('13912345678').expect(200);
    expect(known.body).toEqual(unknown.body);
    expect(Object.keys(known.headers).sort()).toEqual(Object.keys(unknown.headers).sort());

    const tooSoon = await requestCode('13912345678').expect(429);
    expect(tooSoon.body).toMatchObject({ code: 'SMS_RESEND_TOO_SOON', message: expect.stringMatching(/验证码发送过于频繁/) });
    expect(tooSoon.body.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(tooSoon.body.details.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(Number(tooSoon.headers['retry-after'])).toBe(tooSoon.body.details.retryAfterSeconds);
    expect(sms.countTo('13912345678')).toBe(1);

    for (let i = 2; i <= 5; i++) {
      clock.travel(RESEND);
      await requestCode('13912345678').expect(200);
    }
    clock.travel(RESEND);
    const hourly = await requestCode('13912345678').expect(429);
    expect(hourly.body).toMatchObject({ code: 'SMS_TOO_MANY_CODES', message: expect.stringMatching(/一小时内/) });
    expect(sms.countTo('13912345678')).toBe(5);
    // Another number is not held up by this one.
    await requestCode('13912345679').expect(200);
  });

  it('a wrong code is refused with the tries left and recorded as a failed sign-in (method sms) the auditor sees', async () => {
    clock.travel(RESEND);
    const phone = '13812345678';
    const username = (await signUp(phone)).actor.userId;
    clock.travel(RESEND);
    await requestCode(phone).expect(200);
    const refused = await verify(phone, wrong(codeSentTo(phone))).expect(400);
    expect(refused.body).toMatchObject({ code: 'SMS_CODE_WRONG', message: '验证码不正确', details: { attemptsLeft: 4 } });
    const failed = await events(`stream_id = $1 AND event_type = 'account.sign-in-failed.v1'`, [`account-${username}`]);
    expect(failed.map((e) => e.data)).toEqual([expect.objectContaining({ method: 'sms', reason: 'bad-code' })]);
    // The right code still works after one wrong try.
    await verify(phone, codeSentTo(phone)).expect(200);
  });

  it('a code expires on the clock; after five wrong tries it is void even when right; none asked for is told so; no account is made', async () => {
    const phone = '13700001111';
    await requestCode(phone).expect(200);
    clock.travel(301_000);
    expect((await verify(phone, codeSentTo(phone)).expect(400)).body).toMatchObject({
      code: 'SMS_CODE_EXPIRED',
      message: expect.stringMatching(/已过期/),
    });

    await requestCode(phone).expect(200);
    const code = codeSentTo(phone);
    for (let left = 4; left >= 1; left--)
      expect((await verify(phone, wrong(code)).expect(400)).body).toMatchObject({
        code: 'SMS_CODE_WRONG',
        details: { attemptsLeft: left },
      });
    expect((await verify(phone, wrong(code)).expect(400)).body.code).toBe('SMS_CODE_ATTEMPTS_EXHAUSTED');
    expect((await verify(phone, code).expect(400)).body).toMatchObject({
      code: 'SMS_CODE_ATTEMPTS_EXHAUSTED',
      message: expect.stringMatching(/错误次数过多/),
    });
    expect((await verify('13700002222', '123456').expect(400)).body.code).toBe('SMS_CODE_NOT_REQUESTED');

    // Nobody signed in: the failures are with the unknown sign-ins, under the account name the number would have.
    const unknown = await events(`stream_id = 'sign-in-unknown' AND data->>'method' = 'sms'`);
    expect(unknown.map((e) => e.data.reason)).toEqual([
      'code-expired',
      'bad-code',
      'bad-code',
      'bad-code',
      'bad-code',
      'bad-code',
      'code-exhausted',
      'no-code',
    ]);
    const name = unknown[0].data.username as string;
    expect(name).toMatch(/^r-[0-9a-f]{24}$/);
    expect(await events('stream_id = $1', [`account-${name}`])).toEqual([]);
    // A new code works again.
    clock.travel(RESEND);
    await requestCode(phone).expect(200);
    expect((await verify(phone, codeSentTo(phone)).expect(200)).body.actor.userId).toBe(name);
  });

  it('two residents who signed up by phone see only their own profile and bookings', async () => {
    clock.travel(RESEND);
    const a = await signUp('15011112222');
    const b = await signUp('15033334444');
    expect(a.actor.userId).not.toBe(b.actor.userId);
    const manager = await sys.tokenFor('mgr-sch1');
    const lot = (
      await as(manager)
        .post('/api/spaces', {
          name: '实验小学东门停车场',
          kind: 'parking',
          location: '和平路12号 东门',
          audiences: ['residents'],
          approval: 'automatic',
          schedule: {
            windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
            slotMinutes: 60,
            capacity: 5,
            horizonDays: 14,
            minNoticeMinutes: 30,
          },
        })
        .expect(201)
    ).body.id as string;
    const profiles = { [a.actor.userId]: '王小明', [b.actor.userId]: '李小红' };
    for (const [who, plate] of [
      [a, '沪A12345'],
      [b, '沪B67890'],
    ] as const) {
      await as(who.accessToken)
        .post('/api/residents/me', { name: profiles[who.actor.userId], phone: '13600000000', plateNumber: plate })
        .expect(200);
      await as(who.accessToken).post('/api/residents/me/consent', { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    }
    const booking = (
      await as(a.accessToken)
        .post(`/api/spaces/${lot}/bookings`, { slotStart: hourFromNow(3) })
        .expect(201)
    ).body.id;
    await sys.projected();

    expect((await as(a.accessToken).get('/api/residents/me').expect(200)).body).toMatchObject({ name: '王小明', plateNumber: '沪A12345' });
    expect((await as(b.accessToken).get('/api/residents/me').expect(200)).body).toMatchObject({ name: '李小红', plateNumber: '沪B67890' });
    expect((await as(a.accessToken).get('/api/bookings/mine').expect(200)).body.map((x: { bookingId: string }) => x.bookingId)).toEqual([
      booking,
    ]);
    expect((await as(b.accessToken).get('/api/bookings/mine').expect(200)).body).toEqual([]);
    // B cannot act on A's booking, nor see who booked the space.
    const cancel = await as(b.accessToken).post(`/api/bookings/${booking}/cancellation`, { reason: '不想让他停' });
    expect([403, 404]).toContain(cancel.status);
    const day = new Date(Date.parse(hourFromNow(3)) + 8 * HOUR).toISOString().slice(0, 10);
    expect((await as(b.accessToken).get(`/api/spaces/${lot}/occupancy?from=${day}&to=${day}`)).status).toBe(403);
    await sys.projected();
    expect((await as(a.accessToken).get('/api/bookings/mine').expect(200)).body[0]).toMatchObject({
      bookingId: booking,
      bookerId: a.actor.userId,
    });
  });
});

describe('without an SMS provider (SMS_PROVIDER=none, the production default)', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startTestSystem({ env: { SMS_PROVIDER: 'none' } });
  });
  afterAll(async () => {
    delete process.env.SMS_PROVIDER;
    await sys.close();
  });

  it('phone sign-in is off: the options say so and both routes answer 404 with a code, writing nothing', async () => {
    expect((await sys.http().get('/api/auth/options').expect(200)).body).toMatchObject({ phone: false });
    const before = await sys.countEvents();
    const code = await sys.http().post('/api/auth/phone/code').send({ phone: '13800138000' }).expect(404);
    expect(code.body).toMatchObject({ code: 'PHONE_SIGN_IN_DISABLED', message: '手机号登录未开启' });
    const signIn = await sys.http().post('/api/auth/phone/sign-in').send({ phone: '13800138000', code: '123456' }).expect(404);
    expect(signIn.body.code).toBe('PHONE_SIGN_IN_DISABLED');
    expect(await sys.countEvents()).toBe(before);
  });
});
