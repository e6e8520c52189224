import { CryptoSuite, SUITE_IDS, SuiteId } from './crypto-suite';
import { gmSuite } from './gm.suite';
import { internationalSuite } from './international.suite';

const SUITES: Record<SuiteId, CryptoSuite> = { international: internationalSuite, gm: gmSuite };

export const isSuiteId = (value: unknown): value is SuiteId => (SUITE_IDS as readonly unknown[]).includes(value);

/** The suite by its recorded name; a record without one predates suites and is `international`. */
export function suiteOf(id: string | null | undefined): CryptoSuite {
  const name = id ?? 'international';
  if (!isSuiteId(name)) throw new RangeError(`unknown cryptographic suite "${name}" (known: ${SUITE_IDS.join(', ')})`);
  return SUITES[name];
}

/** A short, stable name for a public key: the suite's hash of its PEM, 16 hex digits. */
export const keyIdOf = (suite: CryptoSuite, publicKeyPem: string): string =>
  suite.hash(Buffer.from(publicKeyPem)).toString('hex').slice(0, 16);
