import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { CryptoSuite, SealBrokenError, WrongSuiteKeyError } from './crypto-suite';

const IV_BYTES = 12;
const TAG_BYTES = 16;

function ed25519Key(privateKeyPem: string) {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new WrongSuiteKeyError(`an Ed25519 key is needed, not ${key.asymmetricKeyType}`);
  return key;
}

/** SHA-256, Ed25519 and AES-256-GCM (iv ‖ ciphertext ‖ tag). */
export const internationalSuite: CryptoSuite = {
  id: 'international',
  algorithms: { hash: 'SHA-256', signature: 'Ed25519', encryption: 'AES-256-GCM' },
  hash(...parts) {
    const h = createHash('sha256');
    for (const p of parts) h.update(p);
    return h.digest();
  },
  generateSigningKey() {
    return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  },
  publicKeyOf(privateKeyPem) {
    return createPublicKey(ed25519Key(privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
  },
  sign(message, privateKeyPem) {
    return sign(null, message, ed25519Key(privateKeyPem));
  },
  verify(message, signature, publicKeyPem) {
    try {
      const key = createPublicKey(publicKeyPem);
      return key.asymmetricKeyType === 'ed25519' && verify(null, message, key, signature);
    } catch {
      return false;
    }
  },
  dataKeyBytes: 32,
  seal(dataKey, plaintext, context) {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
    cipher.setAAD(context);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]);
  },
  open(dataKey, sealed, context) {
    if (sealed.length < IV_BYTES + TAG_BYTES) throw new SealBrokenError();
    try {
      const decipher = createDecipheriv('aes-256-gcm', dataKey, sealed.subarray(0, IV_BYTES));
      decipher.setAAD(context);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new SealBrokenError();
    }
  },
};
