import { createServer } from 'node:net';
import { CookieBrowser, startOidcProvider } from '@test/support/oidc/oidc-provider-process';
import { startTestSystem, TestSystem } from '@test/support/test-app';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('single sign-on (OpenID Connect, authorization code + PKCE) against a real provider', () => {
  let sys: TestSystem;
  let provider: { issuer: string; stop(): void };
  let api: string;

  beforeAll(async () => {
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${api}/api/auth/oidc/callback`);
    sys = await startTestSystem({
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'warehouse',
        OIDC_CLIENT_SECRET: 'warehouse-test-secret',
        OIDC_REDIRECT_URI: `${api}/api/auth/oidc/callback`,
        OIDC_ALLOW_HTTP: 'true',
      },
    });
    await sys.app.listen(port, '127.0.0.1');
  });
  afterAll(async () => {
    await sys?.close();
    provider?.stop();
  });

  /** A person goes through the platform's login and consent as `login`; answers where the API finally sends the browser. */
  async function signOnAs(login: string, browser = new CookieBrowser(), tamper?: (callback: string) => string): Promise<string> {
    const start = await browser.go(`${api}/api/auth/oidc/start?returnTo=/manager/assets`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location') as string);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    let at = await browser.follow(authorize.href, `${api}/`);
    for (const prompt of ['login', 'consent']) {
      if (at.startsWith(`${api}/`)) break;
      const uid = /\/interaction\/([^/?]+)/.exec(at)?.[1];
      const submitted = await browser.go(`${provider.issuer}/interaction/${uid}`, { method: 'POST', form: { prompt, login } });
      at = await browser.follow(new URL(submitted.headers.get('location') as string, provider.issuer).href, `${api}/`);
    }
    expect(at).toMatch(/\/api\/auth\/oidc\/callback\?code=/);
    const back = await browser.go(tamper ? tamper(at) : at);
    expect(back.status).toBe(302);
    return back.headers.get('location') as string;
  }

  it('says on the sign-in options that single sign-on is configured', async () => {
    expect((await sys.http().get('/api/auth/options').expect(200)).body).toMatchObject({ oidc: true });
  });

  it('signs an existing account in through the platform; the claim names the account, role and unit come from it', async () => {
    const landed = await signOnAs('mgr-edu');
    const handover = /#sso=(.+)$/.exec(landed)?.[1];
    expect(handover).toBeDefined();
    const session = JSON.parse(Buffer.from(handover as string, 'base64url').toString()) as { accessToken: string; returnTo: string };
    expect(session.returnTo).toBe('/manager/assets');
    const me = await sys.http().get('/api/auth/me').set('authorization', `Bearer ${session.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ userId: 'mgr-edu', role: 'asset_manager', departmentId: 'D-EDU' });
    const recorded = await sys.query<{ method: string }>(
      `SELECT data->>'method' AS method FROM event_store.events WHERE stream_id = 'account-mgr-edu' AND event_type = 'account.signed-in.v1'`,
    );
    expect(recorded.map((r) => r.method)).toContain('oidc');
  });

  it('refuses a person the platform knows but who has no account here, and records the attempt', async () => {
    expect(await signOnAs('stranger')).toMatch(/#ssoError=INVALID_CREDENTIALS$/);
    const recorded = await sys.query<{ n: string }>(
      `SELECT count(*) AS n FROM event_store.events WHERE stream_id = 'sign-in-unknown' AND data->>'username' = 'stranger' AND data->>'method' = 'oidc'`,
    );
    expect(Number(recorded[0].n)).toBe(1);
  });

  it('refuses a callback whose state was changed, or that arrives without the attempt cookie', async () => {
    expect(await signOnAs('mgr-edu', new CookieBrowser(), (url) => url.replace(/state=[^&]+/, 'state=forged'))).toMatch(
      /#ssoError=SSO_FAILED$/,
    );
    const landed = await signOnAs('mgr-edu', new CookieBrowser(), (url) => url);
    expect(landed).toMatch(/#sso=/);
    const replay = await fetch(`${api}/api/auth/oidc/callback?code=abc&state=xyz`, { redirect: 'manual' });
    expect(replay.headers.get('location')).toMatch(/#ssoError=SSO_FAILED$/);
  });
});
