import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../config/validate-config';
import { tempFolders } from '@test/support/temp-folders';
import { AuthConfig, signingSecret } from './auth.config';

const secret = 'k3Y-9f8Q2m5Zr7Lw1Xc4Vb6Nn0Hs2Jd8Pq';
const settings = (env: Record<string, string>) => signingSecret(validateConfig(AuthConfig, env));

describe('signing secret', () => {
  const folders = tempFolders();
  afterAll(() => folders.removeAll());
  it('comes from the setting or from a file', () => {
    expect(settings({ JWT_SECRET: secret })).toBe(secret);
    const file = join(folders.make('secret-'), 'jwt');
    writeFileSync(file, `${secret}\n`);
    expect(settings({ JWT_SECRET_FILE: file })).toBe(secret);
  });

  it('is refused when missing or short', () => {
    expect(() => settings({})).toThrow(/JWT_SECRET or JWT_SECRET_FILE must be set/);
    expect(() => settings({ JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('in production, an example secret or demo login stops the start', () => {
    expect(() => settings({ NODE_ENV: 'production', JWT_SECRET: 'CHANGE_ME_TO_32_OR_MORE_RANDOM_CHARACTERS' })).toThrow(/default value/);
    expect(() => settings({ NODE_ENV: 'production', JWT_SECRET: secret, DEMO_LOGIN: 'true' })).toThrow(/DEMO_LOGIN must not be true/);
    expect(settings({ NODE_ENV: 'production', JWT_SECRET: secret, DEMO_LOGIN: 'false' })).toBe(secret);
    // Outside production the example secret is tolerated (tests, the embedded start).
    expect(settings({ JWT_SECRET: 'CHANGE_ME_TO_32_OR_MORE_RANDOM_CHARACTERS' })).toBeTruthy();
  });
});
