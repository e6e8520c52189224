import { randomBytes } from 'node:crypto';
import { internationalSuite } from '@app/crypto';
import { aes256Gcm, sealingCipherFor, sm4CtrHmacSm3 } from './personal-data-cipher';
import { gmSuite } from '@app/crypto';

describe.each([aes256Gcm, sm4CtrHmacSm3])('personal-data cipher $algorithm', (cipher) => {
  const key = randomBytes(cipher.keyBytes);
  const aad = Buffer.from('alg|resident-1/1|1');
  const plain = Buffer.from(JSON.stringify({ name: '王小明', phone: '13812345678' }));

  it('opens what it sealed, and each sealing differs (a fresh nonce)', () => {
    const a = cipher.encrypt(key, plain, aad);
    const b = cipher.encrypt(key, plain, aad);
    expect(cipher.decrypt(key, a.iv, a.ciphertext, aad)).toEqual(plain);
    expect(Buffer.concat([a.iv, a.ciphertext]).equals(Buffer.concat([b.iv, b.ciphertext]))).toBe(false);
    expect(a.ciphertext.includes(Buffer.from('13812345678'))).toBe(false);
  });

  it('refuses another key, other associated data (another subject or version), or a changed byte', () => {
    const { iv, ciphertext } = cipher.encrypt(key, plain, aad);
    expect(() => cipher.decrypt(randomBytes(cipher.keyBytes), iv, ciphertext, aad)).toThrow();
    expect(() => cipher.decrypt(key, iv, ciphertext, Buffer.from('alg|resident-2/1|1'))).toThrow();
    const flipped = Buffer.from(ciphertext);
    flipped[flipped.length - 20] ^= 1;
    expect(() => cipher.decrypt(key, iv, flipped, aad)).toThrow();
  });
});

it('seals with the deployment suite: AES-256-GCM internationally, SM4 under 国密', () => {
  expect(sealingCipherFor(internationalSuite).algorithm).toBe('aes-256-gcm');
  expect(sealingCipherFor(gmSuite).algorithm).toBe('sm4-ctr-hmac-sm3');
});
