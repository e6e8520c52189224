import { createCipheriv, createPrivateKey } from 'node:crypto';
import { gmSuite, internationalSuite, keyIdOf, SealBrokenError, suiteOf, WrongSuiteKeyError } from '.';
import { readSm2PrivateKey } from './sm2-keys';

const hex = (b: Buffer) => b.toString('hex');

/**
 * An SM2 key made by OpenSSL 3.0 (`openssl genpkey -algorithm SM2`), as a deployment's own
 * certificate authority would issue one, and OpenSSL's signature of "message digest" with the default
 * identifier (`openssl pkeyutl -sign -rawin -digest sm3 -pkeyopt distid:1234567812345678`): another
 * implementation than the one signing here.
 */
const OPENSSL_SM2_PRIVATE = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBG0wawIBAQQgHr6ohUfQZ/kWlA7V
pqGdaTUa6TebDunpjtVHbweTGjmhRANCAAQvFSW4i/bHf5iJ5nKJsOHBOZJxo0Zh
+sT6rdM9gIpX5/+nxD2RJq5BsXhEG43jc+PNerRuMFvUAGGq0QWHTlHe
-----END PRIVATE KEY-----
`;
const OPENSSL_SM2_PUBLIC = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAELxUluIv2x3+YieZyibDhwTmScaNG
YfrE+q3TPYCKV+f/p8Q9kSauQbF4RBuN43PjzXq0bjBb1ABhqtEFh05R3g==
-----END PUBLIC KEY-----
`;
const OPENSSL_SM2_SIGNATURE =
  '3045022100b0f9b6c059ab9879c2be883c5cb585e360cea164f8bcadd10182fbc440c442c20220143c326e9672cbd2f314b14db33115eb339eb6b4277bc9a1b01e4a0843fbb98d';

describe('国密 suite: the standards’ own examples', () => {
  it('SM3 gives the digests of GB/T 32905-2016 appendix A', () => {
    expect(hex(gmSuite.hash(Buffer.from('abc')))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(hex(gmSuite.hash(Buffer.from('abcd'.repeat(16))))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
    // Parts are one message, not hashed one by one.
    expect(hex(gmSuite.hash(Buffer.from('ab'), Buffer.from('c')))).toBe(hex(gmSuite.hash(Buffer.from('abc'))));
  });

  it('SM4 gives the ciphertexts of GB/T 32907-2016 appendix A (one block, and 1,000,000 rounds)', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const ecb = () => {
      const cipher = createCipheriv('sm4-ecb', key, null);
      cipher.setAutoPadding(false);
      return cipher;
    };
    expect(hex(ecb().update(key))).toBe('681edf34d206965e86b3e94f536e4246');
    const cipher = ecb();
    let block = key;
    for (let i = 0; i < 1_000_000; i++) block = cipher.update(block);
    expect(hex(block)).toBe('595298c7c6fd271f0402f804c33d3f66');
  });

  it('SM2 verifies a signature OpenSSL made with the standard identifier, and signs what OpenSSL’s key verifies', () => {
    const message = Buffer.from('message digest');
    expect(gmSuite.verify(message, Buffer.from(OPENSSL_SM2_SIGNATURE, 'hex'), OPENSSL_SM2_PUBLIC)).toBe(true);
    expect(gmSuite.verify(Buffer.from('message digesT'), Buffer.from(OPENSSL_SM2_SIGNATURE, 'hex'), OPENSSL_SM2_PUBLIC)).toBe(false);
    expect(gmSuite.publicKeyOf(OPENSSL_SM2_PRIVATE)).toBe(OPENSSL_SM2_PUBLIC);
    const ours = gmSuite.sign(message, OPENSSL_SM2_PRIVATE);
    expect(gmSuite.verify(message, ours, OPENSSL_SM2_PUBLIC)).toBe(true);
  });

  it('SM2 round trip with a generated key; a changed byte, another key or an Ed25519 key fail', () => {
    const key = gmSuite.generateSigningKey();
    expect(readSm2PrivateKey(key).publicHex).toMatch(/^04[0-9a-f]{128}$/);
    const message = Buffer.from('{"rootHash":"00","timestamp":"2026-11-28T00:00:00.000Z","treeSize":1}');
    const signature = gmSuite.sign(message, key);
    expect(gmSuite.verify(message, signature, gmSuite.publicKeyOf(key))).toBe(true);
    const flipped = Buffer.from(message);
    flipped[3] ^= 1;
    expect(gmSuite.verify(flipped, signature, gmSuite.publicKeyOf(key))).toBe(false);
    expect(gmSuite.verify(message, signature, OPENSSL_SM2_PUBLIC)).toBe(false);
    const ed = internationalSuite.generateSigningKey();
    expect(gmSuite.verify(message, signature, internationalSuite.publicKeyOf(ed))).toBe(false);
    expect(() => gmSuite.sign(message, ed)).toThrow(WrongSuiteKeyError);
  });
});

describe('international suite: the standards’ own examples', () => {
  it('SHA-256 of "abc" (FIPS 180-4) and Ed25519 test 1 of RFC 8032', () => {
    expect(hex(internationalSuite.hash(Buffer.from('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const d = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
    const x = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
    const pem = createPrivateKey({
      key: { kty: 'OKP', crv: 'Ed25519', d: d.toString('base64url'), x: x.toString('base64url') },
      format: 'jwk',
    })
      .export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const signature = internationalSuite.sign(Buffer.alloc(0), pem);
    expect(hex(signature)).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expect(internationalSuite.verify(Buffer.alloc(0), signature, internationalSuite.publicKeyOf(pem))).toBe(true);
    expect(internationalSuite.verify(Buffer.alloc(0), signature, OPENSSL_SM2_PUBLIC)).toBe(false);
  });
});

describe.each([internationalSuite, gmSuite])('$id suite: sealing personal data', (suite) => {
  const key = Buffer.alloc(suite.dataKeyBytes, 7);
  const context = Buffer.from('resident-1/phone');

  it('opens what it sealed, with a fresh IV each time', () => {
    const a = suite.seal(key, Buffer.from('13812345678'), context);
    const b = suite.seal(key, Buffer.from('13812345678'), context);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('13812345678'))).toBe(false);
    expect(suite.open(key, a, context).toString()).toBe('13812345678');
  });

  it('refuses a changed byte, another context, another key, or a stub', () => {
    const sealed = suite.seal(key, Buffer.from('沪A12345'), context);
    const changed = Buffer.from(sealed);
    changed[changed.length >> 1] ^= 1;
    expect(() => suite.open(key, changed, context)).toThrow(SealBrokenError);
    expect(() => suite.open(key, sealed, Buffer.from('resident-2/phone'))).toThrow(SealBrokenError);
    expect(() => suite.open(Buffer.alloc(suite.dataKeyBytes, 8), sealed, context)).toThrow(SealBrokenError);
    expect(() => suite.open(key, sealed.subarray(0, 8), context)).toThrow(SealBrokenError);
  });
});

describe('suites by name', () => {
  it('reads a missing name as international, refuses an unknown one, and names keys with the suite’s hash', () => {
    expect(suiteOf(undefined).id).toBe('international');
    expect(suiteOf('gm').algorithms.hash).toBe('SM3');
    expect(() => suiteOf('rot13')).toThrow('unknown cryptographic suite "rot13"');
    expect(keyIdOf(gmSuite, OPENSSL_SM2_PUBLIC)).toBe(hex(gmSuite.hash(Buffer.from(OPENSSL_SM2_PUBLIC))).slice(0, 16));
    expect(keyIdOf(gmSuite, OPENSSL_SM2_PUBLIC)).not.toBe(keyIdOf(internationalSuite, OPENSSL_SM2_PUBLIC));
  });
});
