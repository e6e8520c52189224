import { startTestSystem, TestSystem } from '@test/support/test-app';

const PORTAL = 'https://portal.example.gov.cn';

describe('hardening: rate limits, security headers, CORS from settings', () => {
  let sys: TestSystem;
  let manager: string;
  let staff: string;

  beforeAll(async () => {
    sys = await startTestSystem({ env: { THROTTLE_SIGN_IN_PER_MINUTE: '3', THROTTLE_WRITES_PER_MINUTE: '5', CORS_ORIGINS: PORTAL } });
    // Tokens straight from the session service: the demo login itself counts against the sign-in limit.
    manager = await sys.tokenAs({ userId: 'mgr-sch1', role: 'asset_manager', departmentId: 'D-SCH1', displayName: '' });
    staff = await sys.tokenAs({ userId: 'staff-sch1', role: 'department_staff', departmentId: 'D-SCH1', displayName: '' });
  });
  afterAll(() => sys.close());

  it('limits sign-in attempts per client: 429 with a code, Chinese words and Retry-After', async () => {
    for (let i = 0; i < 3; i++)
      await sys.http().post('/api/auth/sign-in').send({ username: 'mgr-sch1', password: 'Wrong-pass-1' }).expect(401);
    const limited = await sys.http().post('/api/auth/sign-in').send({ username: 'mgr-sch1', password: 'Wrong-pass-1' }).expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/请求过于频繁/) });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const english = await sys
      .http()
      .post('/api/auth/refresh')
      .set('accept-language', 'en')
      .send({ refreshToken: 'x'.repeat(20) })
      .expect(429);
    expect(english.body.message).toMatch(/too many requests/);
    // Phone sign-in shares the bucket: asking for codes to ever new numbers from one address is held up too.
    expect((await sys.http().post('/api/auth/phone/code').send({ phone: '13700000001' }).expect(429)).body.code).toBe('TOO_MANY_REQUESTS');
    expect((await sys.http().post('/api/auth/phone/sign-in').send({ phone: '13700000001', code: '123456' }).expect(429)).body.code).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('limits writes per person; reads are not limited; another person is not held up', async () => {
    const write = (token: string) => sys.http().post('/api/demands').set('authorization', `Bearer ${token}`).send({});
    for (let i = 0; i < 5; i++) expect((await write(manager)).status).toBe(400);
    expect((await write(manager).expect(429)).body.code).toBe('TOO_MANY_REQUESTS');
    expect((await write(staff)).status).toBe(400);
    for (let i = 0; i < 10; i++) await sys.http().get('/api/auth/me').set('authorization', `Bearer ${manager}`).expect(200);
  });

  it('sends security headers with a content security policy for the pages', async () => {
    const res = await sys.http().get('/api/health/live').expect(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
    });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers cross-origin requests only from the configured origins', async () => {
    const preflight = (origin: string) =>
      sys
        .http()
        .options('/api/assets')
        .set('origin', origin)
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'authorization');
    const allowed = await preflight(PORTAL);
    expect(allowed.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Authorization/i);
    const other = await preflight('https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
