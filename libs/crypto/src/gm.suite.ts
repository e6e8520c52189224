import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sm2 } from 'sm-crypto';
import { CryptoSuite, SealBrokenError } from './crypto-suite';
import { readSm2PrivateKey, readSm2PublicKey, sm2PrivateKeyPem, sm2PublicKeyPem } from './sm2-keys';

/** The distinguishing identifier GB/T 32918 and GM/T 0009 give as the default (what OpenSSL uses too). */
export const SM2_DEFAULT_ID = '1234567812345678';
const IV_BYTES = 16;
const TAG_BYTES = 32;

const bytes = (b: Buffer) => Array.from(b);

function macOf(macKey: Buffer, context: Buffer, iv: Buffer, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(context.length);
  return createHmac('sm3', macKey).update(length).update(context).update(iv).update(body).digest();
}

/**
 * SM3; SM2 signatures by sm-crypto (DER-encoded, over SM3(Z(ID, key) ‖ message), checked against
 * OpenSSL's in the spec); SM4-CTR + HMAC-SM3 with the data key split in two halves (iv ‖ ciphertext ‖ tag).
 */
export const gmSuite: CryptoSuite = {
  id: 'gm',
  algorithms: { hash: 'SM3', signature: 'SM2 (SM3, ID 1234567812345678)', encryption: 'SM4-CTR + HMAC-SM3' },
  hash(...parts) {
    const h = createHash('sm3');
    for (const p of parts) h.update(p);
    return h.digest();
  },
  generateSigningKey() {
    const { privateKey, publicKey } = sm2.generateKeyPairHex();
    return sm2PrivateKeyPem({ privateHex: privateKey.padStart(64, '0'), publicHex: publicKey });
  },
  publicKeyOf(privateKeyPem) {
    return sm2PublicKeyPem(readSm2PrivateKey(privateKeyPem).publicHex);
  },
  sign(message, privateKeyPem) {
    const key = readSm2PrivateKey(privateKeyPem);
    const options = { der: true, hash: true, publicKey: key.publicHex, userId: SM2_DEFAULT_ID };
    return Buffer.from(sm2.doSignature(bytes(message), key.privateHex, options), 'hex');
  },
  verify(message, signature, publicKeyPem) {
    try {
      const options = { der: true, hash: true, userId: SM2_DEFAULT_ID };
      return sm2.doVerifySignature(bytes(message), signature.toString('hex'), readSm2PublicKey(publicKeyPem), options);
    } catch {
      return false;
    }
  },
  dataKeyBytes: 32,
  seal(dataKey, plaintext, context) {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('sm4-ctr', dataKey.subarray(0, 16), iv);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([iv, body, macOf(dataKey.subarray(16, 32), context, iv, body)]);
  },
  open(dataKey, sealed, context) {
    if (sealed.length < IV_BYTES + TAG_BYTES || dataKey.length !== 32) throw new SealBrokenError();
    const iv = sealed.subarray(0, IV_BYTES);
    const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
    const tag = sealed.subarray(sealed.length - TAG_BYTES);
    // Encrypt-then-MAC: nothing is decrypted before the tag is checked.
    if (!timingSafeEqual(tag, macOf(dataKey.subarray(16, 32), context, iv, body))) throw new SealBrokenError();
    const decipher = createDecipheriv('sm4-ctr', dataKey.subarray(0, 16), iv);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  },
};
