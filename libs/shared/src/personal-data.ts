/**
 * Personal data (《个人信息保护法》): fields about a person that are not an official record are
 * stored only sealed under that person's own key (crypto-shredding). Destroying the key erases
 * them everywhere at once: events, read models, audit log and exported packages keep the
 * ciphertext, so every hash and Merkle proof over them stays valid.
 */

/** One ciphertext: whose key, which version of it, and which algorithm sealed it. */
export interface SealedValue {
  /** The data subject whose key seals the value. */
  readonly subjectId: string;
  /** Algorithm id, e.g. `aes-256-gcm` (a 国密 suite adds its own id behind the same port). */
  readonly alg: string;
  /** Version of the subject's key (keys rotate; old versions stay until the subject is erased). */
  readonly keyVersion: number;
  /** Base64 nonce. */
  readonly iv: string;
  /** Base64 ciphertext followed by the authentication tag. */
  readonly ciphertext: string;
}

/** What is shown in place of a name, phone or plate whose key is destroyed. */
export const ERASED_LABEL = '已注销';

/**
 * The personal-data port: per-subject keys outside the event store. Sealing for an erased
 * subject is refused; opening a value of an erased subject answers null.
 */
export abstract class PersonalDataVault {
  /** Seals a JSON value under the subject's current key (made on first use). */
  abstract seal(subjectId: string, value: unknown): Promise<SealedValue>;
  /** The value, or null when the subject's key is destroyed. A value tampered with throws. */
  abstract open<T>(sealed: SealedValue): Promise<T | null>;
  /** Destroys every version of the subject's key; afterwards nothing sealed for it can be opened or sealed again. */
  abstract erase(subjectId: string, at: Date): Promise<void>;
  /** Starts a new key version for the subject: new values are sealed with it, old ones still open. */
  abstract rotate(subjectId: string, at: Date): Promise<number>;
  abstract isErased(subjectId: string): Promise<boolean>;
}

/** Raised when a value would be sealed for a subject whose key was destroyed. */
export class SubjectErasedError extends Error {
  constructor(readonly subjectId: string) {
    super(`personal data of ${subjectId} was erased`);
    this.name = 'SubjectErasedError';
  }
}

export function isSealedValue(value: unknown): value is SealedValue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.subjectId === 'string' &&
    typeof v.alg === 'string' &&
    typeof v.keyVersion === 'number' &&
    typeof v.iv === 'string' &&
    typeof v.ciphertext === 'string'
  );
}

/** 王小明 → 王**; shown to those not entitled to the full name. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 3))}`;
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 沪A12345 → 沪A***45. */
export function maskPlate(plate: string): string {
  const chars = [...plate];
  return chars.length <= 4 ? '****' : `${chars.slice(0, 2).join('')}***${chars.slice(-2).join('')}`;
}
