import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalDataVault, SealedValue, SubjectErasedError } from '@app/shared';
import { aes256Gcm, PERSONAL_DATA_CIPHERS, PersonalDataCipher } from './personal-data-cipher';

interface KeyRow {
  key_version: number;
  algorithm: string;
  key_material: Buffer;
}

/** Binds a ciphertext to its subject, key version and algorithm: moving it to another subject fails to open. */
const aadOf = (s: Pick<SealedValue, 'subjectId' | 'keyVersion' | 'alg'>) => Buffer.from(`${s.alg}|${s.subjectId}|${s.keyVersion}`, 'utf8');

/**
 * Erases subjects inside the caller's transaction: a tombstone each (nothing is sealed for them
 * again) and their keys deleted, so whatever was sealed for them, backups included, can no longer
 * be opened. The vault's `erase` is this in a transaction of its own; a projection that forgets a
 * person's data calls it in its own transaction, so rows and keys go together.
 */
export async function eraseSubjectsIn(tx: Pick<EntityManager, 'query'>, subjectIds: readonly string[], at: Date): Promise<void> {
  if (subjectIds.length === 0) return;
  await tx.query('INSERT INTO personal_data_erasures (subject_id, erased_at) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [
    subjectIds,
    at,
  ]);
  await tx.query('DELETE FROM personal_data_keys WHERE subject_id = ANY($1::text[])', [subjectIds]);
}

/**
 * The personal-data port on PostgreSQL tables of its own (`personal_data_keys`,
 * `personal_data_erasures`). Keys are read per call, never cached, so an erasure made by another
 * process (the retention job, the CLI) takes effect at once everywhere.
 */
export class PostgresPersonalDataVault extends PersonalDataVault {
  private readonly ciphers: ReadonlyMap<string, PersonalDataCipher>;

  constructor(
    private readonly dataSource: DataSource,
    /** Seals new values; every known cipher still opens older ones (a deployment may switch suites). */
    private readonly cipher: PersonalDataCipher = aes256Gcm,
  ) {
    super();
    this.ciphers = new Map([cipher, ...PERSONAL_DATA_CIPHERS].map((c) => [c.algorithm, c]));
  }

  async seal(subjectId: string, value: unknown): Promise<SealedValue> {
    const key = await this.currentKey(subjectId);
    const base = { subjectId, alg: key.algorithm, keyVersion: key.key_version };
    const cipher = this.cipherFor(key.algorithm);
    const { iv, ciphertext } = cipher.encrypt(key.key_material, Buffer.from(JSON.stringify(value), 'utf8'), aadOf(base));
    return { ...base, iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64') };
  }

  async open<T>(sealed: SealedValue): Promise<T | null> {
    const [key] = await this.dataSource.query<KeyRow[]>(
      'SELECT key_version, algorithm, key_material FROM personal_data_keys WHERE subject_id = $1 AND key_version = $2',
      [sealed.subjectId, sealed.keyVersion],
    );
    if (!key) return null;
    if (key.algorithm !== sealed.alg) throw new Error(`key ${sealed.subjectId}#${sealed.keyVersion} is not for ${sealed.alg}`);
    const plain = this.cipherFor(sealed.alg).decrypt(
      key.key_material,
      Buffer.from(sealed.iv, 'base64'),
      Buffer.from(sealed.ciphertext, 'base64'),
      aadOf(sealed),
    );
    return JSON.parse(plain.toString('utf8')) as T;
  }

  async erase(subjectId: string, at: Date): Promise<void> {
    await this.dataSource.transaction((tx) => eraseSubjectsIn(tx, [subjectId], at));
  }

  async rotate(subjectId: string, at: Date): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      await this.refuseErased(subjectId, tx.query.bind(tx));
      const [row] = await tx.query<{ version: number }[]>(
        `INSERT INTO personal_data_keys (subject_id, key_version, algorithm, key_material, created_at)
         SELECT $1, coalesce(max(key_version), 0) + 1, $2, $3, $4 FROM personal_data_keys WHERE subject_id = $1
         RETURNING key_version AS version`,
        [subjectId, this.cipher.algorithm, randomBytes(this.cipher.keyBytes), at],
      );
      return row.version;
    });
  }

  async isErased(subjectId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>('SELECT 1 FROM personal_data_erasures WHERE subject_id = $1', [subjectId]);
    return rows.length > 0;
  }

  /** The newest key of the subject in the sealing algorithm, made on first use (two first uses at once agree on one key). */
  private async currentKey(subjectId: string): Promise<KeyRow> {
    const newest = () =>
      this.dataSource.query<KeyRow[]>(
        `SELECT key_version, algorithm, key_material FROM personal_data_keys
          WHERE subject_id = $1 AND algorithm = $2 ORDER BY key_version DESC LIMIT 1`,
        [subjectId, this.cipher.algorithm],
      );
    await this.refuseErased(subjectId, (text, params) => this.dataSource.query(text, params));
    const [found] = await newest();
    if (found) return found;
    await this.dataSource.query(
      `INSERT INTO personal_data_keys (subject_id, key_version, algorithm, key_material, created_at)
       SELECT $1, coalesce(max(key_version), 0) + 1, $2, $3, now() FROM personal_data_keys WHERE subject_id = $1
       ON CONFLICT DO NOTHING`,
      [subjectId, this.cipher.algorithm, randomBytes(this.cipher.keyBytes)],
    );
    const [made] = await newest();
    // An erasure between the check and the insert: the tombstone wins, the fresh key goes.
    if (await this.isErased(subjectId)) {
      await this.dataSource.query('DELETE FROM personal_data_keys WHERE subject_id = $1', [subjectId]);
      throw new SubjectErasedError(subjectId);
    }
    return made;
  }

  private async refuseErased(subjectId: string, query: (text: string, params: unknown[]) => Promise<unknown[]>): Promise<void> {
    const rows = await query('SELECT 1 FROM personal_data_erasures WHERE subject_id = $1', [subjectId]);
    if (rows.length > 0) throw new SubjectErasedError(subjectId);
  }

  private cipherFor(algorithm: string): PersonalDataCipher {
    const cipher = this.ciphers.get(algorithm);
    if (!cipher) throw new Error(`no cipher for ${algorithm}`);
    return cipher;
  }
}
