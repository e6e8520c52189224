import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt (RFC 7914) from node:crypto: memory-hard, no native add-on to build. N = 2^15, r = 8, p = 1
 * (OWASP's scrypt minimum is N = 2^17 with r = 8 at p = 1 … 2^15 is its listed floor for interactive
 * sign-in); the parameters are stored with each hash, so they can be raised later without a migration.
 */
const LOG_N = 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: 2 ** logN, r, p, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, LOG_N, R, P);
  return `scrypt$${LOG_N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Null stands for "no such account / no password": the work is still done, so timing does not tell. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? `scrypt$${LOG_N}$${R}$${P}$AAAAAAAAAAAAAAAAAAAAAA$`).split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, logN, r, p, salt, expected] = parts;
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(logN), Number(r), Number(p));
  const want = Buffer.from(expected, 'base64url');
  return stored !== null && want.length === key.length && timingSafeEqual(key, want);
}
