import { leafEntryBytes, merkleOf, SignedTreeHead } from '@app/audit';
import { gmSuite, internationalSuite } from '@app/crypto';
import { Actor, ERASED_LABEL, PersonalDataVault, SealedValue } from '@app/shared';
import { PRIVACY_NOTICE } from '@app/sharing';
import { clock } from '@test/support/test-clock';
import { CapturedLogs, tablesContaining } from '@test/support/personal-data-search';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const HOUR = 3600_000;
const PHONE = '13987654321';
const NAME = '赵六六';
const PLATE = '京N8K2Q7';
const RESIDENT = 'resident-pd1';
const hourFromNow = (hours: number) => new Date(Math.ceil((clock.now().getTime() + hours * HOUR) / HOUR) * HOUR).toISOString();
const chinaDate = (iso: string) => new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 10);

/** Under each cryptographic suite: AES-256-GCM with SHA-256 proofs, and 国密 SM4-CTR + HMAC-SM3 with SM3 proofs. */
describe.each([
  { suite: internationalSuite, alg: 'aes-256-gcm' },
  { suite: gmSuite, alg: 'sm4-ctr-hmac-sm3' },
])(
  "residents' personal data: sealed per person, opened only where entitled, erasable without breaking the proofs ($suite.id suite)",
  ({ suite, alg }) => {
    const { leafHash, verifyInclusion } = merkleOf(suite);
    const saved = { suite: process.env.CRYPTO_SUITE, key: process.env.AUDIT_SIGNING_KEY };
    let sys: TestSystem;
    const logs = new CapturedLogs();
    const token: Record<string, string> = {};
    let lot: string;
    let bookingId: string;
    let slotStart: string;

    const as = (who: string) => token[who] ?? who;
    const post = (path: string, who: string, body: object = {}) =>
      sys
        .http()
        .post(path)
        .set('authorization', `Bearer ${as(who)}`)
        .send(body);
    const get = (path: string, who: string) =>
      sys
        .http()
        .get(path)
        .set('authorization', `Bearer ${as(who)}`);
    const occupancy = async (who: string) => {
      const day = chinaDate(slotStart);
      return (await get(`/api/spaces/${lot}/occupancy?from=${day}&to=${day}`, who).expect(200)).body as Record<string, unknown>[];
    };
    const sealedInStore = async () =>
      (
        await sys.query<{ data: { personal?: SealedValue; plate?: SealedValue } }>(
          `SELECT data FROM event_store.events WHERE stream_id = $1 OR (event_type = 'booking.placed.v3' AND data->>'bookerId' = $2)`,
          [`resident-${RESIDENT}`, RESIDENT],
        )
      ).flatMap((r) => [r.data.personal, r.data.plate].filter((v): v is SealedValue => Boolean(v)));

    beforeAll(async () => {
      process.env.CRYPTO_SUITE = suite.id;
      process.env.AUDIT_SIGNING_KEY = suite.generateSigningKey();
      logs.captureProcessOutput();
      sys = await startTestSystem({ logger: logs });
      for (const user of ['mgr-sch1', 'mgr-sch2', 'auditor', 'resident-1']) token[user] = await sys.tokenFor(user);
      const actor: Actor = { userId: RESIDENT, role: 'resident', departmentId: null, displayName: '居民' };
      token[RESIDENT] = await sys.tokenAs(actor);
      lot = (
        await post('/api/spaces', 'mgr-sch1', {
          name: '实验小学夜间停车场',
          kind: 'parking',
          location: '和平路12号',
          audiences: ['residents'],
          approval: 'automatic',
          schedule: {
            windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
            slotMinutes: 60,
            capacity: 5,
            horizonDays: 14,
            minNoticeMinutes: 30,
          },
        }).expect(201)
      ).body.id;
    });
    afterAll(async () => {
      logs.release();
      clock.reset();
      await sys.close();
      for (const [name, value] of [
        ['CRYPTO_SUITE', saved.suite],
        ['AUDIT_SIGNING_KEY', saved.key],
      ] as const)
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    });

    it('after registration and use, no name, phone or plate is in plain text in any table, the audit log, an export package or the logs', async () => {
      await post('/api/residents/me', RESIDENT, { name: NAME, phone: PHONE, plateNumber: PLATE }).expect(200);
      await post('/api/residents/me/consent', RESIDENT, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
      slotStart = hourFromNow(3);
      bookingId = (await post(`/api/spaces/${lot}/bookings`, RESIDENT, { slotStart }).expect(201)).body.id;
      // A bad profile echoes nothing of itself into the logs either.
      await post('/api/residents/me', RESIDENT, { name: NAME, phone: `${PHONE}9`, plateNumber: PLATE }).expect(400);
      await sys.projected();
      expect((await get('/api/residents/me', RESIDENT).expect(200)).body).toMatchObject({ name: NAME, phone: PHONE, plateNumber: PLATE });
      await occupancy('mgr-sch1');
      const timeline = (await get(`/api/audit/timeline?streamId=resident-${RESIDENT}`, 'auditor').expect(200)).text;
      const from = new Date(clock.now().getTime() - 2 * HOUR).toISOString();
      const pkg = (await get(`/api/audit/export?departmentId=D-SCH1&from=${from}&to=${clock.now().toISOString()}`, 'auditor').expect(200))
        .text;
      await sys.projected();

      for (const secret of [PHONE, NAME, PLATE]) {
        expect({ secret, tables: await tablesContaining(sys, secret) }).toEqual({ secret, tables: [] });
        expect({ secret, logs: logs.containing(secret) }).toEqual({ secret, logs: [] });
        expect(timeline).not.toContain(secret);
        expect(pkg).not.toContain(secret);
      }
      // The search does find what is there: the resident's id is in the events, the audit log and the read model.
      expect(await tablesContaining(sys, RESIDENT)).toEqual(
        expect.arrayContaining(['event_store.events', 'public.audit_log', 'public.sharing_residents']),
      );
      expect(logs.lines.length).toBeGreaterThan(0);
      const sealed = await sealedInStore();
      expect(sealed.length).toBe(2);
      for (const value of sealed) expect(value).toMatchObject({ subjectId: `${RESIDENT}/1`, alg, keyVersion: 1 });
    });

    it("opens a resident in full only for the space's managing unit, recording each such read; masks for the auditor; refuses others", async () => {
      const before = await sys.query<{ n: string }>(
        `SELECT count(*) AS n FROM event_store.events WHERE event_type = 'privacy.personal-data-read.v1'`,
      );
      const full = (await occupancy('mgr-sch1')).find((b) => b.bookingId === bookingId);
      expect(full).toMatchObject({ bookerName: NAME, bookerPhone: PHONE, plateNumber: PLATE, personalErased: false });
      expect(full).not.toHaveProperty('plate');
      const masked = (await occupancy('auditor')).find((b) => b.bookingId === bookingId);
      expect(masked).toMatchObject({ bookerName: '赵**', bookerPhone: '139****4321', plateNumber: '京N***Q7' });
      await get(`/api/spaces/${lot}/occupancy?from=${chinaDate(slotStart)}&to=${chinaDate(slotStart)}`, 'mgr-sch2').expect(403);
      await get('/api/residents/me', 'resident-1').expect(404);
      const mine = (await get('/api/bookings/mine', RESIDENT).expect(200)).body as Record<string, unknown>[];
      expect(mine.find((b) => b.bookingId === bookingId)).toMatchObject({ plateNumber: PLATE });

      const reads = await sys.query<{ data: { readerId: string; subjectIds: string[] }; n: string }>(
        `SELECT data FROM event_store.events WHERE event_type = 'privacy.personal-data-read.v1' ORDER BY global_position`,
      );
      // One recorded read per full occupancy read by the manager (this one and the earlier one), none for the masked read.
      expect(reads.length).toBe(Number(before[0].n) + 1);
      expect(reads[reads.length - 1].data).toMatchObject({ readerId: 'mgr-sch1', subjectIds: [`${RESIDENT}/1`] });
      await sys.projected();
      const seen = (await get('/api/audit/timeline?type=privacy.personal-data-read.v1', 'auditor').expect(200)).body.items as unknown[];
      expect(seen.length).toBe(reads.length);
    });

    it('erasure destroys the key: the phone is unrecoverable by any API or table, bookings and reports still answer, proofs verify', async () => {
      const profileEvent = (
        await sys.query<{ event_id: string }>(
          `SELECT event_id FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision LIMIT 1`,
          [`resident-${RESIDENT}`],
        )
      )[0].event_id;
      const erased = await post('/api/residents/me/erasure', RESIDENT, { reason: '不再使用' }).expect(200);
      expect(erased.body.events).toEqual(['resident.erased.v1']);

      // Erasing twice, or an unknown subject, is refused with a stable code and writes nothing.
      const before = await sys.countEvents();
      const twice = await post('/api/residents/me/erasure', RESIDENT, {}).expect(409);
      expect(twice.body).toMatchObject({ code: 'ALREADY_ERASED', message: '该居民的个人信息已注销' });
      const again = await post(`/api/residents/${RESIDENT}/erasure`, 'mgr-sch1', { reason: '居民来电申请删除' }).expect(409);
      expect(again.body.code).toBe('ALREADY_ERASED');
      const unknown = await post('/api/residents/nobody-1/erasure', 'mgr-sch1', { reason: '居民来电申请删除' })
        .set('accept-language', 'en')
        .expect(404);
      expect(unknown.body).toMatchObject({ code: 'RESIDENT_NOT_FOUND', message: 'no resident nobody-1' });
      const unknownZh = await post('/api/residents/nobody-1/erasure', 'mgr-sch1', { reason: '居民来电申请删除' }).expect(404);
      expect(unknownZh.body).toMatchObject({ code: 'RESIDENT_NOT_FOUND', message: '没有该居民的个人信息' });
      await post('/api/residents/nobody-1/erasure', 'mgr-sch1', {}).expect(400);
      expect(await sys.countEvents()).toBe(before);

      await sys.projected();
      const [event] = await sys.query<{ data: Record<string, unknown>; metadata: Record<string, unknown> }>(
        `SELECT data, metadata FROM event_store.events WHERE event_type = 'resident.erased.v1' AND stream_id = $1`,
        [`resident-${RESIDENT}`],
      );
      expect(event.data).toEqual({
        residentId: RESIDENT,
        subjectId: `${RESIDENT}/1`,
        requestedBy: 'resident',
        byUserId: RESIDENT,
        reason: '不再使用',
      });
      expect(await sys.query(`SELECT * FROM personal_data_keys WHERE subject_id = $1`, [`${RESIDENT}/1`])).toEqual([]);
      const vault = sys.app.get(PersonalDataVault);
      for (const value of await sealedInStore()) expect(await vault.open(value)).toBeNull();
      for (const secret of [PHONE, NAME, PLATE]) expect(await tablesContaining(sys, secret)).toEqual([]);

      await get('/api/residents/me', RESIDENT).expect(404);
      expect((await get('/api/residents/me/privacy', RESIDENT).expect(200)).body).toMatchObject({
        profileRecorded: false,
        erasedBy: 'resident',
        consent: null,
      });
      const shown = (await occupancy('mgr-sch1')).find((b) => b.bookingId === bookingId);
      expect(shown).toMatchObject({
        bookerName: ERASED_LABEL,
        bookerPhone: ERASED_LABEL,
        plateNumber: ERASED_LABEL,
        personalErased: true,
        status: 'confirmed',
      });
      const mine = (await get('/api/bookings/mine', RESIDENT).expect(200)).body as Record<string, unknown>[];
      expect(mine.find((b) => b.bookingId === bookingId)).toMatchObject({ plateNumber: ERASED_LABEL, status: 'confirmed' });
      const day = chinaDate(slotStart);
      const figures = (await get(`/api/sharing/utilisation?from=${day}&to=${day}`, 'mgr-sch1').expect(200)).body;
      expect(figures.spaces.find((s: { spaceId: string }) => s.spaceId === lot)).toMatchObject({ bookings: 1, bookedPlaceHours: 1 });
      // The booking stays the resident's: they can still cancel it.
      await post(`/api/bookings/${bookingId}/cancellation`, RESIDENT, { reason: '行程有变' }).expect(200);

      const verification = (await get('/api/audit/verification', 'auditor').expect(200)).body;
      expect(verification).toMatchObject({ ok: true, firstProblem: null });
      const head = (await post('/api/audit/tree-heads', 'auditor').expect(201)).body as SignedTreeHead;
      const proof = (await get(`/api/audit/proofs/inclusion?eventId=${profileEvent}`, 'auditor').expect(200)).body;
      const [stored] = await sys.query<{ stream_id: string; stream_revision: string; event_type: string; data: object; metadata: object }>(
        'SELECT stream_id, stream_revision, event_type, data, metadata FROM event_store.events WHERE event_id = $1',
        [profileEvent],
      );
      const leaf = leafHash(
        leafEntryBytes({
          streamId: stored.stream_id,
          revision: stored.stream_revision,
          eventId: profileEvent,
          type: stored.event_type,
          data: stored.data,
          metadata: stored.metadata,
        }),
      );
      const path = (proof.proof as string[]).map((h) => Buffer.from(h, 'hex'));
      expect(verifyInclusion(leaf, proof.leafIndex, head.treeSize, path, Buffer.from(head.rootHash, 'hex'))).toBe(true);
    });
  },
);
