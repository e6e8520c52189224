import { JwtService } from '@nestjs/jwt';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const INITIAL = 'Chushi-Mima-2026';
const CHOSEN = 'Wode-Xinmima-88';

describe('accounts as events, password sign-in, sessions', () => {
  let sys: TestSystem;
  let admin: string;

  beforeAll(async () => {
    sys = await startTestSystem();
    admin = await sys.tokenFor('admin');
  });
  afterAll(() => sys.close());
  afterEach(() => clock.reset());

  const as = (token: string) => ({
    get: (path: string) => sys.http().get(path).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => sys.http().post(path).set('authorization', `Bearer ${token}`).send(body),
  });
  const signIn = (username: string, password: string) => sys.http().post('/api/auth/sign-in').send({ username, password });
  const create = (username: string, o: object = {}) =>
    as(admin).post('/api/accounts', {
      username,
      displayName: '张老师',
      roles: ['asset_manager'],
      departmentId: 'D-SCH1',
      initialPassword: INITIAL,
      ...o,
    });
  /** Creates the account and changes its first password; answers a working token. */
  const ready = async (username: string, o: object = {}) => {
    await create(username, o).expect(201);
    const first = (await signIn(username, INITIAL).expect(200)).body;
    await as(first.accessToken).post('/api/auth/password', { currentPassword: INITIAL, newPassword: CHOSEN }).expect(200);
    return first.accessToken as string;
  };

  it('the administrator creates an account; bad input gets a clear 4xx with a code and nothing is written', async () => {
    const created = await create('zhang.san').expect(201);
    expect(created.body).toMatchObject({ username: 'zhang.san', events: ['account.created.v1'] });
    const stored = await sys.query<{ data: { by: string; departmentId: string }; metadata: { actorId: string } }>(
      `SELECT data, metadata FROM event_store.events WHERE stream_id = 'account-zhang.san'`,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ data: { by: 'admin', departmentId: 'D-SCH1' }, metadata: { actorId: 'admin' } });
    expect(JSON.stringify(stored[0])).not.toContain(INITIAL);
    expect(JSON.stringify(stored[0])).not.toContain('scrypt');

    const manager = await sys.tokenFor('mgr-sch1');
    const before = await sys.countEvents();
    expect((await create('zhang.san').expect(409)).body.code).toBe('ACCOUNT_EXISTS');
    expect((await create('li.si', { departmentId: 'D-NOWHERE' }).expect(400)).body.code).toBe('ACCOUNT_UNKNOWN_UNIT');
    expect((await create('li.si', { initialPassword: 'password' }).expect(400)).body).toMatchObject({ code: 'PASSWORD_TOO_WEAK' });
    expect((await create('Li Si!').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await create('li.si', { roles: ['resident'] }).expect(400)).body.code).toBe('ACCOUNT_UNIT_RULE');
    expect((await as(admin).post('/api/accounts/nobody/roles', { role: 'auditor' }).expect(404)).body.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await as(manager).post('/api/accounts', {}).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    expect(await sys.countEvents()).toBe(before);
    const listed = (await as(admin).get('/api/accounts').expect(200)).body as { username: string }[];
    expect(listed.map((a) => a.username)).toEqual(expect.arrayContaining(['zhang.san', 'mgr-edu', 'admin', 'resident-1']));
  });

  it('first sign-in must change the initial password before anything else', async () => {
    await create('wang.wu').expect(201);
    expect((await signIn('wang.wu', 'Wrong-Password-1').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    const first = (await signIn('Wang.Wu', INITIAL).expect(200)).body;
    expect(first).toMatchObject({ mustChangePassword: true, actor: { userId: 'wang.wu', role: 'asset_manager', departmentId: 'D-SCH1' } });
    expect((await as(first.accessToken).get('/api/assets').expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await as(first.accessToken).get('/api/auth/me').expect(200);
    const change = (body: object) => as(first.accessToken).post('/api/auth/password', body);
    expect((await change({ currentPassword: 'nope', newPassword: CHOSEN }).expect(400)).body.code).toBe('WRONG_CURRENT_PASSWORD');
    const weak = await change({ currentPassword: INITIAL, newPassword: 'wang.wu-2026-x' }).expect(400);
    expect(weak.body).toMatchObject({ code: 'PASSWORD_TOO_WEAK', details: { problems: ['contains-username'] } });
    expect(weak.body.message).toMatch(/密码/);
    await change({ currentPassword: INITIAL, newPassword: CHOSEN }).expect(200);
    await as(first.accessToken).get('/api/assets').expect(200);
    await signIn('wang.wu', INITIAL).expect(401);
    expect((await signIn('wang.wu', CHOSEN).expect(200)).body.mustChangePassword).toBe(false);
  });

  it('role and unit come from the account as it is now: a move, a grant, a revocation and a disabling apply to the next request', async () => {
    const token = await ready('zhao.liu');
    expect((await as(token).get('/api/auth/me').expect(200)).body).toMatchObject({ departmentId: 'D-SCH1', role: 'asset_manager' });
    await as(admin).post('/api/accounts/zhao.liu/unit', { departmentId: 'D-SCH2' }).expect(200);
    expect((await as(token).get('/api/auth/me').expect(200)).body.departmentId).toBe('D-SCH2');
    const before = await sys.countEvents();
    expect((await as(admin).post('/api/accounts/zhao.liu/unit', { departmentId: 'D-GONE' }).expect(400)).body.code).toBe(
      'ACCOUNT_UNKNOWN_UNIT',
    );
    expect((await as(admin).post('/api/accounts/zhao.liu/role-revocations', { role: 'asset_manager' }).expect(409)).body.code).toBe(
      'LAST_ROLE',
    );
    expect(await sys.countEvents()).toBe(before);

    await as(admin).post('/api/accounts/zhao.liu/roles', { role: 'department_staff' }).expect(200);
    const staff = (
      await sys.http().post('/api/auth/sign-in').send({ username: 'zhao.liu', password: CHOSEN, role: 'department_staff' }).expect(200)
    ).body;
    expect(staff.actor.role).toBe('department_staff');
    await as(admin).post('/api/accounts/zhao.liu/role-revocations', { role: 'asset_manager' }).expect(200);
    expect((await as(token).get('/api/auth/me').expect(401)).body.code).toBe('ROLE_REVOKED');
    await as(staff.accessToken).get('/api/auth/me').expect(200);

    await as(admin).post('/api/accounts/zhao.liu/disabling', { reason: '调离' }).expect(200);
    expect((await as(staff.accessToken).get('/api/auth/me').expect(401)).body.code).toBe('ACCOUNT_DISABLED');
    expect((await signIn('zhao.liu', CHOSEN).expect(401)).body.code).toBe('ACCOUNT_DISABLED');
    const after = await sys.countEvents();
    expect((await as(admin).post('/api/accounts/zhao.liu/roles', { role: 'auditor' }).expect(409)).body.code).toBe('ACCOUNT_DISABLED');
    expect(await sys.countEvents()).toBe(after);
    const history = await sys.query<{ type: string; by: string }>(
      `SELECT event_type AS type, data->>'by' AS by FROM event_store.events
       WHERE stream_id = 'account-zhao.liu' AND event_type NOT LIKE '%sign%' ORDER BY stream_revision`,
    );
    expect(history).toEqual([
      { type: 'account.created.v1', by: 'admin' },
      { type: 'account.password-changed.v1', by: 'zhao.liu' },
      { type: 'account.moved.v1', by: 'admin' },
      { type: 'account.role-granted.v1', by: 'admin' },
      { type: 'account.role-revoked.v1', by: 'admin' },
      { type: 'account.disabled.v1', by: 'admin' },
    ]);
  });

  it('locks the account after repeated wrong passwords, for the set period; the auditor sees every attempt', async () => {
    await ready('sun.qi');
    for (let i = 1; i <= 4; i++) expect((await signIn('sun.qi', `Wrong-Pass-${i}x`).expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    const locked = await signIn('sun.qi', 'Wrong-Pass-5x').expect(423);
    expect(locked.body).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { lockedUntil: expect.any(String) } });
    expect(locked.body.message).toMatch(/锁定/);
    expect((await signIn('sun.qi', CHOSEN).expect(423)).body.code).toBe('ACCOUNT_LOCKED');
    clock.travel(16 * 60_000);
    await signIn('sun.qi', CHOSEN).expect(200);
    await signIn('no.such.user', CHOSEN).expect(401);

    await sys.projected();
    const auditor = await sys.tokenFor('auditor');
    const types = 'account.signed-in.v1,account.sign-in-failed.v1,account.locked-out.v1';
    const seen = (await as(auditor).get(`/api/audit/timeline?type=${types}&limit=500`).expect(200)).body.items as {
      type: string;
      data: { username: string; reason?: string };
    }[];
    const of = (username: string) => seen.filter((e) => e.data.username === username).map((e) => `${e.type}:${e.data.reason ?? ''}`);
    expect(of('sun.qi')).toEqual([
      'account.signed-in.v1:',
      ...Array(5).fill('account.sign-in-failed.v1:bad-password'),
      'account.locked-out.v1:',
      'account.sign-in-failed.v1:locked',
      'account.signed-in.v1:',
    ]);
    expect(of('no.such.user')).toEqual(['account.sign-in-failed.v1:unknown-user']);
  });

  it('refresh tokens rotate; an old one ends the session; sign-out revokes; forged or expired tokens get 401 with a code', async () => {
    await ready('zhou.ba');
    const first = (await signIn('zhou.ba', CHOSEN).expect(200)).body;
    const second = (await sys.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // The same refresh retried at once (a lost answer) gets the same next token, not a reuse alarm.
    expect((await sys.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body.refreshToken).toBe(
      second.refreshToken,
    );
    const third = (await sys.http().post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(200)).body;
    await as(third.accessToken).get('/api/auth/me').expect(200);
    // The first token is two rotations old now: a copy is in use, so the whole session ends.
    expect((await sys.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401)).body.code).toBe(
      'REFRESH_TOKEN_REUSED',
    );
    expect((await as(third.accessToken).get('/api/auth/me').expect(401)).body.code).toBe('SESSION_ENDED');
    expect((await sys.http().post('/api/auth/refresh').send({ refreshToken: third.refreshToken }).expect(401)).body.code).toBe(
      'SESSION_ENDED',
    );

    const again = (await signIn('zhou.ba', CHOSEN).expect(200)).body;
    await as(again.accessToken).post('/api/auth/sign-out').expect(204);
    expect((await as(again.accessToken).get('/api/auth/me').expect(401)).body.code).toBe('SESSION_ENDED');
    expect((await sys.http().post('/api/auth/refresh').send({ refreshToken: again.refreshToken }).expect(401)).body.code).toBe(
      'SESSION_ENDED',
    );

    const jwt = sys.app.get(JwtService);
    const fresh = (await signIn('zhou.ba', CHOSEN).expect(200)).body;
    const { sid } = jwt.decode<{ sid: string }>(fresh.accessToken);
    const expired = jwt.sign({ sub: 'zhou.ba', sid, exp: Math.floor(Date.now() / 1000) - 5 });
    expect((await as(expired).get('/api/auth/me').expect(401)).body.code).toBe('TOKEN_EXPIRED');
    const forged = new JwtService({ secret: 'another-secret-another-secret-another' }).sign({ sub: 'admin', sid });
    expect((await as(forged).get('/api/auth/me').expect(401)).body.code).toBe('INVALID_TOKEN');
    const otherPerson = jwt.sign({ sub: 'admin', sid });
    expect((await as(otherPerson).get('/api/auth/me').expect(401)).body.code).toBe('INVALID_TOKEN');
    expect(
      (
        await sys
          .http()
          .post('/api/auth/refresh')
          .send({ refreshToken: `${sid}.${'A'.repeat(43)}` })
          .expect(401)
      ).body.code,
    ).toBe('REFRESH_TOKEN_INVALID');
    expect(
      (await as(admin).post('/api/accounts/zhou.ba/password-reset', { newPassword: 'Reset-Mima-2026' }).expect(200)).body.events,
    ).toEqual(['account.password-changed.v1']);
    expect((await signIn('zhou.ba', 'Reset-Mima-2026').expect(200)).body.mustChangePassword).toBe(true);
  });
});
