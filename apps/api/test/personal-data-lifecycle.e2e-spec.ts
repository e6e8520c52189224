import { Actor, PersonalDataVault, SealedValue } from '@app/shared';
import { PRIVACY_NOTICE } from '@app/sharing';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { ResidentRetentionJob } from '../src/sharing/resident-retention.job';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const hourFromNow = (hours: number) => new Date(Math.ceil((clock.now().getTime() + hours * HOUR) / HOUR) * HOUR).toISOString();

describe("residents' consent, erasure on request, a fresh start, key rotation and the retention rule", () => {
  let sys: TestSystem;
  let ground: string;
  let manager: string;

  const resident = (id: string) => {
    const actor: Actor = { userId: id, role: 'resident', departmentId: null, displayName: '居民' };
    return sys.tokenAs(actor);
  };
  const post = (path: string, token: string, body: object = {}) => sys.http().post(path).set('authorization', `Bearer ${token}`).send(body);
  const get = (path: string, token: string) => sys.http().get(path).set('authorization', `Bearer ${token}`);
  const book = (token: string, hours = 3) => post(`/api/spaces/${ground}/bookings`, token, { slotStart: hourFromNow(hours) });
  const eventsOf = (residentId: string) =>
    sys.query<{ event_type: string; data: Record<string, unknown> }>(
      'SELECT event_type, data FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision',
      [`resident-${residentId}`],
    );

  beforeAll(async () => {
    process.env.RESIDENT_RETENTION_DAYS = '30';
    sys = await startTestSystem();
    manager = await sys.tokenFor('mgr-sch1');
    ground = (
      await post('/api/spaces', manager, {
        name: '实验小学操场',
        kind: 'sports_ground',
        location: '和平路12号',
        audiences: ['residents'],
        approval: 'automatic',
        schedule: {
          windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
          slotMinutes: 60,
          capacity: 9,
          horizonDays: 60,
          minNoticeMinutes: 0,
        },
      }).expect(201)
    ).body.id;
  });
  afterAll(async () => {
    delete process.env.RESIDENT_RETENTION_DAYS;
    clock.reset();
    await sys.close();
  });

  it('needs consent to the notice in force before booking; an outdated version or a withdrawal is refused with nothing written', async () => {
    const t = await resident('resident-c1');
    const notice = (await get('/api/residents/privacy-notice', t).expect(200)).body;
    expect(notice).toMatchObject({ version: PRIVACY_NOTICE.version, text: { zh: expect.stringContaining('手机号码') } });
    await post('/api/residents/me', t, { name: '钱七', phone: '13700001111' }).expect(200);
    let before = await sys.countEvents();
    const refused = await book(t).expect(422);
    expect(refused.body).toMatchObject({ code: 'CONSENT_REQUIRED', message: '预约前请先阅读并同意个人信息处理告知' });
    const outdated = await post('/api/residents/me/consent', t, { noticeVersion: '2020-01-01' }).expect(409);
    expect(outdated.body.code).toBe('NOTICE_OUTDATED');
    await post('/api/residents/me/consent', t, { noticeVersion: '' }).expect(400);
    const noConsent = await post('/api/residents/me/consent/withdrawal', t).expect(409);
    expect(noConsent.body.code).toBe('CONSENT_NOT_GIVEN');
    expect(await sys.countEvents()).toBe(before);

    await post('/api/residents/me/consent', t, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    const again = await post('/api/residents/me/consent', t, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    expect(again.body.events).toEqual([]);
    await sys.projected();
    const privacy = (await get('/api/residents/me/privacy', t).expect(200)).body;
    expect(privacy).toMatchObject({
      profileRecorded: true,
      erasedAt: null,
      consent: { noticeVersion: PRIVACY_NOTICE.version, current: true },
    });
    await book(t).expect(201);
    await post('/api/residents/me/consent/withdrawal', t).expect(200);
    before = await sys.countEvents();
    expect((await book(t, 5).expect(422)).body.code).toBe('CONSENT_REQUIRED');
    expect(await sys.countEvents()).toBe(before);
    const types = (await eventsOf('resident-c1')).map((e) => e.event_type);
    expect(types).toEqual(['resident.profile-recorded.v2', 'resident.consent-given.v1', 'resident.consent-withdrawn.v1']);
    expect((await eventsOf('resident-c1'))[1].data).toMatchObject({
      noticeVersion: PRIVACY_NOTICE.version,
      purposes: [...PRIVACY_NOTICE.purposes],
    });
  });

  it('erases on an administrator acting on a request; the resident may start afresh under a new key, with consent again', async () => {
    const t = await resident('resident-c2');
    await post('/api/residents/me', t, { name: '孙八', phone: '13700002222' }).expect(200);
    await post('/api/residents/me/consent', t, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    const done = await post('/api/residents/resident-c2/erasure', manager, { reason: '居民来电申请删除（工单 7）' }).expect(200);
    expect(done.body.events).toEqual(['resident.erased.v1']);
    const erased = (await eventsOf('resident-c2')).find((e) => e.event_type === 'resident.erased.v1');
    expect(erased?.data).toEqual({
      residentId: 'resident-c2',
      subjectId: 'resident-c2/1',
      requestedBy: 'administrator',
      byUserId: 'mgr-sch1',
      reason: '居民来电申请删除（工单 7）',
    });
    expect((await book(t).expect(400)).body.code).toBe('RESIDENT_PROFILE_REQUIRED');

    await post('/api/residents/me', t, { name: '孙八', phone: '13700002223' }).expect(200);
    expect((await book(t).expect(422)).body.code).toBe('CONSENT_REQUIRED');
    await post('/api/residents/me/consent', t, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    await book(t).expect(201);
    await sys.projected();
    expect((await get('/api/residents/me', t).expect(200)).body).toMatchObject({ name: '孙八', phone: '13700002223' });
    const latest = (await eventsOf('resident-c2')).filter((e) => e.event_type === 'resident.profile-recorded.v2').pop();
    expect(latest?.data).toMatchObject({ subjectId: 'resident-c2/2' });
  });

  it('rotates a key: new values are sealed with the new version, older ones still open', async () => {
    const t = await resident('resident-c3');
    await post('/api/residents/me', t, { name: '周九', phone: '13700003333' }).expect(200);
    const vault = sys.app.get(PersonalDataVault);
    expect(await vault.rotate('resident-c3/1', clock.now())).toBe(2);
    await post('/api/residents/me', t, { name: '周九', phone: '13700003334' }).expect(200);
    const sealed = (await eventsOf('resident-c3')).map((e) => e.data.personal as SealedValue);
    expect(sealed.map((s) => s.keyVersion)).toEqual([1, 2]);
    expect(await vault.open(sealed[0])).toMatchObject({ phone: '13700003333' });
    expect(await vault.open(sealed[1])).toMatchObject({ phone: '13700003334' });
    // A value moved to another subject or altered does not open.
    await expect(vault.open({ ...sealed[1], subjectId: 'resident-c1/1', keyVersion: 1 })).rejects.toThrow();
    await expect(vault.open({ ...sealed[1], ciphertext: Buffer.from('forged').toString('base64') })).rejects.toThrow();
  });

  it('erases, by the timed retention rule, residents who have not booked for the configured period (test clock)', async () => {
    const job = sys.app.get(ResidentRetentionJob);
    expect(job.days).toBe(30);
    const active = await resident('resident-c4');
    await post('/api/residents/me', active, { name: '吴十', phone: '13700004444' }).expect(200);
    await post('/api/residents/me/consent', active, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    await sys.projected();
    expect(await job.run()).toBe(0);

    clock.travel(20 * DAY);
    await book(active, 24 * 5).expect(201); // a slot five days on keeps them for 30 days after it ends
    await sys.projected();
    clock.travel(12 * DAY);
    // 32 days on: those who never booked since recording (resident-c1's booking was on day 0) are past the period.
    const first = await job.run();
    expect(first).toBeGreaterThan(0);
    await sys.projected();
    const residents = await sys.query<{ resident_id: string; erased_at: Date | null; erased_by: string | null }>(
      'SELECT resident_id, erased_at, erased_by FROM sharing_residents ORDER BY resident_id',
    );
    const byId = Object.fromEntries(residents.map((r) => [r.resident_id, r]));
    expect(byId['resident-c3'].erased_by).toBe('retention:system');
    expect(byId['resident-c4'].erased_at).toBeNull();
    const event = (await eventsOf('resident-c3')).find((e) => e.event_type === 'resident.erased.v1');
    expect(event?.data).toMatchObject({ requestedBy: 'retention', byUserId: 'system', reason: '30 天内无预约（保存期限届满）' });
    expect(await sys.query('SELECT * FROM personal_data_keys WHERE subject_id = $1', ['resident-c3/1'])).toEqual([]);
    expect(await job.run()).toBe(0);

    clock.travel(40 * DAY);
    expect(await job.run()).toBeGreaterThan(0);
    await sys.projected();
    const [c4] = await sys.query<{ erased_at: Date | null }>("SELECT erased_at FROM sharing_residents WHERE resident_id = 'resident-c4'");
    expect(c4.erased_at).not.toBeNull();
  });
});
