import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CryptoSuite, gmSuite } from '@app/crypto';

/**
 * One symmetric algorithm behind the personal-data port. Each ciphertext records the id of the
 * algorithm that made it, so a deployment that switches suites (国密 SM4) still opens older values.
 */
export interface PersonalDataCipher {
  readonly algorithm: string;
  readonly keyBytes: number;
  encrypt(key: Buffer, plaintext: Buffer, aad: Buffer): { iv: Buffer; ciphertext: Buffer };
  /** Throws when the ciphertext, its tag or the associated data were altered. */
  decrypt(key: Buffer, iv: Buffer, ciphertext: Buffer, aad: Buffer): Buffer;
}

const TAG_BYTES = 16;

/** AES-256-GCM from node:crypto: a 96-bit random nonce per value, the 128-bit tag appended to the ciphertext. */
export const aes256Gcm: PersonalDataCipher = {
  algorithm: 'aes-256-gcm',
  keyBytes: 32,
  encrypt(key, plaintext, aad) {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { iv, ciphertext: Buffer.concat([body, cipher.getAuthTag()]) };
  },
  decrypt(key, iv, ciphertext, aad) {
    if (ciphertext.length < TAG_BYTES) throw new Error('ciphertext shorter than its tag');
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG_BYTES));
    return Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - TAG_BYTES)), decipher.final()]);
  },
};

/**
 * The deployment's cryptographic suite as a personal-data cipher: the suite seals nonce, body and
 * tag as one value, kept whole in `ciphertext` (the `iv` field stays empty). The 国密 suite's
 * SM4-CTR + HMAC-SM3 (encrypt-then-MAC) is recorded as `sm4-ctr-hmac-sm3`.
 */
export function cipherOfSuite(suite: CryptoSuite, algorithm: string): PersonalDataCipher {
  return {
    algorithm,
    keyBytes: suite.dataKeyBytes,
    encrypt: (key, plaintext, aad) => ({ iv: Buffer.alloc(0), ciphertext: suite.seal(key, plaintext, aad) }),
    decrypt: (key, iv, ciphertext, aad) => suite.open(key, Buffer.concat([iv, ciphertext]), aad),
  };
}

export const sm4CtrHmacSm3 = cipherOfSuite(gmSuite, 'sm4-ctr-hmac-sm3');

/** Every cipher the vault can open, and the one it seals with under the deployment's suite. */
export const PERSONAL_DATA_CIPHERS: readonly PersonalDataCipher[] = [aes256Gcm, sm4CtrHmacSm3];
export const sealingCipherFor = (suite: CryptoSuite): PersonalDataCipher => (suite.id === 'gm' ? sm4CtrHmacSm3 : aes256Gcm);
