import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ASSET_ERROR_KIND } from '@app/assets';
import { DEPRECIATION_ERROR_KIND } from '@app/depreciation/domain/depreciation.errors';
import { ACCOUNT_ERROR_KIND, ORG_ERROR_KIND, PHONE_SIGN_IN_ERROR_KIND } from '@app/shared';
import { SHARING_ERROR_KIND } from '@app/sharing/domain/sharing.errors';
import { WAREHOUSE_REQUEST_ERROR_KIND } from '@app/warehouse/domain/warehouse-requests.errors';
import { ERROR_CATALOGUE, localeFrom } from '@app/platform/http/error-catalogue';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) ? [path] : [];
  });
}

describe('error catalogue', () => {
  const root = join(__dirname, '../../../..');

  it('has Chinese and English words for every code a context declares', () => {
    for (const code of [
      'VALIDATION_FAILED',
      ...Object.keys({
        ...ASSET_ERROR_KIND,
        ...WAREHOUSE_REQUEST_ERROR_KIND,
        ...SHARING_ERROR_KIND,
        ...ORG_ERROR_KIND,
        ...ACCOUNT_ERROR_KIND,
        ...PHONE_SIGN_IN_ERROR_KIND,
        ...DEPRECIATION_ERROR_KIND,
      }),
    ]) {
      expect({ code, zh: ERROR_CATALOGUE[code]?.['zh-CN'], en: ERROR_CATALOGUE[code]?.['en-US'] }).toEqual({
        code,
        zh: expect.stringMatching(/[\u4e00-\u9fff]/),
        en: expect.stringMatching(/\w/),
      });
    }
  });

  it("has every code the code base answers with (code: '…' literals in apps and libs)", () => {
    const used = new Set<string>();
    // The pages word their own client-side codes (NETWORK_ERROR …); the catalogue is the server's.
    const server = (file: string) => !file.startsWith(join(root, 'apps', 'web'));
    for (const file of [...sources(join(root, 'apps')).filter(server), ...sources(join(root, 'libs'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bcode: '([A-Z][A-Z_]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((code) => !ERROR_CATALOGUE[code])).toEqual([]);
  });

  it('speaks Chinese unless the client asks for English first', () => {
    expect(localeFrom(undefined)).toBe('zh-CN');
    expect(localeFrom('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFrom('en-GB,en;q=0.9')).toBe('en-US');
  });
});
