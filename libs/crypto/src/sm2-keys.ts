import { sm2 } from 'sm-crypto';
import { WrongSuiteKeyError } from './crypto-suite';

/**
 * SM2 keys in the PEM forms a certificate authority issues (PKCS#8 private, SPKI public), read and
 * written here by their DER bytes. Node's key objects cannot be used for them: OpenSSL 3 loads them
 * as its own SM2 type, which this Node build neither signs with nor exports (exporting one aborts
 * the process).
 */
const SM2_CURVE_OID = Buffer.from('06082a811ccf5501822d', 'hex');
const SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');
const PKCS8_PREFIX = Buffer.from('308187020100301306072a8648ce3d020106082a811ccf5501822d046d306b0201010420', 'hex');
const PKCS8_PUBLIC = Buffer.from('a144034200', 'hex');

function derOf(pem: string, label: 'PRIVATE KEY' | 'PUBLIC KEY'): Buffer {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]+?)-----END ${label}-----`).exec(pem);
  if (!match) throw new WrongSuiteKeyError(`an SM2 key is needed: no "${label}" PEM block`);
  const der = Buffer.from(match[1].replace(/\s+/g, ''), 'base64');
  if (!der.includes(SM2_CURVE_OID)) throw new WrongSuiteKeyError('an SM2 key is needed: the key is not on the SM2 curve');
  return der;
}

const pem = (label: string, der: Buffer) =>
  `-----BEGIN ${label}-----\n${der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '')}\n-----END ${label}-----\n`;

export interface Sm2Key {
  /** Private scalar d, 64 hex digits. */
  readonly privateHex: string;
  /** Uncompressed point 04 ‖ x ‖ y, 130 hex digits. */
  readonly publicHex: string;
}

/** The scalar and point of a PKCS#8 SM2 private key (the point derived when the key leaves it out). */
export function readSm2PrivateKey(privateKeyPem: string): Sm2Key {
  const der = derOf(privateKeyPem, 'PRIVATE KEY');
  const at = der.indexOf(Buffer.from('0201010420', 'hex'));
  if (at < 0) throw new WrongSuiteKeyError('an SM2 key is needed: no private scalar in the key');
  const privateHex = der.subarray(at + 5, at + 37).toString('hex');
  const point = der.indexOf(Buffer.from('034200', 'hex'), at + 37);
  const publicHex = point > 0 ? der.subarray(point + 3, point + 68).toString('hex') : sm2.getPublicKeyFromPrivateKey(privateHex);
  return { privateHex, publicHex };
}

/** The point of an SPKI SM2 public key. */
export function readSm2PublicKey(publicKeyPem: string): string {
  const der = derOf(publicKeyPem, 'PUBLIC KEY');
  if (der.length < 65 || der[der.length - 65] !== 0x04) throw new WrongSuiteKeyError('an SM2 key is needed: no uncompressed point');
  return der.subarray(-65).toString('hex');
}

export const sm2PublicKeyPem = (publicHex: string): string =>
  pem('PUBLIC KEY', Buffer.concat([SPKI_PREFIX, Buffer.from(publicHex, 'hex')]));

/** A PKCS#8 PEM in the layout OpenSSL writes for `genpkey -algorithm SM2`. */
export const sm2PrivateKeyPem = (key: Sm2Key): string =>
  pem('PRIVATE KEY', Buffer.concat([PKCS8_PREFIX, Buffer.from(key.privateHex, 'hex'), PKCS8_PUBLIC, Buffer.from(key.publicHex, 'hex')]));
