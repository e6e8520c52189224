import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ModuleConfig } from '../config/module-config';
import { ConfigError, secretFrom } from '../config/validate-config';
import { oidcConfig } from './oidc.config';
import { SessionService, SignedIn } from './session.service';

type OpenIdClient = typeof import('openid-client', { with: { 'resolution-mode': 'import' } });
type Configuration = import('openid-client', { with: { 'resolution-mode': 'import' } }).Configuration;

/**
 * openid-client is published as ES modules only. It is loaded through Node's own require (which
 * loads ES modules on Node 20.19+), outside any module sandbox a test runner may put around this file.
 */
function loadOpenIdClient(): OpenIdClient {
  return process.getBuiltinModule('module').createRequire(__filename)('openid-client') as OpenIdClient;
}

interface Transaction {
  /** PKCE code verifier, state, nonce and where to go afterwards. */
  v: string;
  s: string;
  n: string;
  r: string;
}

/** Only a path inside this site: no open redirect through returnTo. */
const safeReturn = (path: string | undefined) => (path && /^\/(?!\/)[^\s\\]*$/.test(path) ? path : '/');

/**
 * Authorization code flow with PKCE against the unified identity platform. The verifier, state and
 * nonce travel in a short-lived signed, HttpOnly cookie (no server-side store, so any API instance can
 * take the callback). The configured claim names the account; an unknown or disabled account is refused
 * like a wrong password, and recorded.
 */
@Injectable()
export class OidcService {
  private configuration: Promise<Configuration> | null = null;

  constructor(
    @Inject(oidcConfig.KEY) private readonly config: ModuleConfig<typeof oidcConfig>,
    private readonly jwt: JwtService,
    private readonly sessions: SessionService,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.OIDC_ISSUER);
  }

  private settings() {
    const c = this.config;
    const secret = secretFrom(c.OIDC_CLIENT_SECRET, c.OIDC_CLIENT_SECRET_FILE);
    if (!c.OIDC_ISSUER || !c.OIDC_CLIENT_ID || !secret || !c.OIDC_REDIRECT_URI)
      throw new ConfigError('OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET (or _FILE) and OIDC_REDIRECT_URI go together');
    return {
      issuer: c.OIDC_ISSUER,
      clientId: c.OIDC_CLIENT_ID,
      secret,
      redirectUri: c.OIDC_REDIRECT_URI,
      claim: c.OIDC_USERNAME_CLAIM ?? 'preferred_username',
    };
  }

  private discover(): Promise<Configuration> {
    const client = loadOpenIdClient();
    const s = this.settings();
    const options = this.config.OIDC_ALLOW_HTTP === 'true' ? { execute: [client.allowInsecureRequests] } : undefined;
    this.configuration ??= client.discovery(new URL(s.issuer), s.clientId, s.secret, undefined, options).catch((error: unknown) => {
      this.configuration = null;
      throw error;
    });
    return this.configuration;
  }

  /** Where to send the browser, and the cookie that carries this attempt to the callback. */
  async start(returnTo: string | undefined): Promise<{ url: string; transaction: string }> {
    const client = loadOpenIdClient();
    const configuration = await this.discover();
    const tx: Transaction = {
      v: client.randomPKCECodeVerifier(),
      s: client.randomState(),
      n: client.randomNonce(),
      r: safeReturn(returnTo),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings().redirectUri,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(tx.v),
      code_challenge_method: 'S256',
      state: tx.s,
      nonce: tx.n,
    });
    return { url: url.href, transaction: await this.jwt.signAsync({ oidc: tx }, { expiresIn: 600 }) };
  }

  /** The provider sent the browser back: exchange the code (with the verifier), check state and nonce, sign the account in. */
  async callback(callbackUrl: URL, transaction: string | undefined): Promise<SignedIn & { returnTo: string }> {
    let tx: Transaction;
    try {
      tx = (await this.jwt.verifyAsync<{ oidc: Transaction }>(transaction ?? '')).oidc;
    } catch {
      throw new UnauthorizedException({ code: 'SSO_FAILED', message: 'the sign-on attempt is unknown or expired; start again' });
    }
    const client = loadOpenIdClient();
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(await this.discover(), callbackUrl, {
        pkceCodeVerifier: tx.v,
        expectedState: tx.s,
        expectedNonce: tx.n,
        idTokenExpected: true,
      });
      claims = tokens.claims() as Record<string, unknown> | undefined;
      // Many platforms put profile claims only in UserInfo (the ID token carries sub): ask there when needed.
      if (claims && claims[this.settings().claim] === undefined) {
        claims = { ...claims, ...(await client.fetchUserInfo(await this.discover(), tokens.access_token, String(claims.sub))) };
      }
    } catch (error) {
      throw new UnauthorizedException({
        code: 'SSO_FAILED',
        message: `the identity platform's answer was refused: ${(error as Error).message}`,
      });
    }
    const username = claims?.[this.settings().claim];
    if (typeof username !== 'string' || !/^[a-z0-9][a-z0-9._-]{1,31}$/.test(username.toLowerCase()))
      throw new UnauthorizedException({ code: 'SSO_FAILED', message: `the ID token has no usable ${this.settings().claim} claim` });
    return { ...(await this.sessions.signIn(username.toLowerCase(), { verified: 'oidc' })), returnTo: tx.r };
  }
}
