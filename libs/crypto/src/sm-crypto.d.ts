/** The part of sm-crypto (SM2 over the recommended curve, GB/T 32918) this code uses. */
declare module 'sm-crypto' {
  interface Sm2SignOptions {
    /** DER-encoded (r, s), as X.509 and OpenSSL use. */
    der?: boolean;
    /** Hash Z(ID, key) || message with SM3 first, as the standard's signature scheme requires. */
    hash?: boolean;
    /** Hex public key; saves deriving it from the private key. */
    publicKey?: string;
    /** The distinguishing identifier; the standard's default is 1234567812345678. */
    userId?: string;
  }
  export const sm2: {
    doSignature(message: string | number[], privateKeyHex: string, options?: Sm2SignOptions): string;
    doVerifySignature(message: string | number[], signatureHex: string, publicKeyHex: string, options?: Sm2SignOptions): boolean;
    getPublicKeyFromPrivateKey(privateKeyHex: string): string;
    generateKeyPairHex(): { privateKey: string; publicKey: string };
  };
}
