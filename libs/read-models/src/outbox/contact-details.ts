import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isSealedValue, maskPhone, PersonalDataVault, SealedValue } from '@app/shared';
import { OutboundChannel } from './outbox.entities';

/** z***@school.example.cn: which address, not the address (the dead-letter page and the outbox rows show this). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 1 ? '***' : `${email[0]}***${email.slice(at)}`;
}

export interface ContactAddresses {
  readonly email: string | null;
  readonly phone: string | null;
}

/** The columns of notification_preferences that hold a person's addresses. */
export interface ContactColumns {
  readonly contact_subject: string | null;
  readonly email_sealed: unknown;
  readonly phone_sealed: unknown;
  readonly email_masked: string | null;
  readonly phone_masked: string | null;
  /** Plain text as written before addresses were sealed; the start-up sealing empties them. */
  readonly email: string | null;
  readonly phone: string | null;
}

export interface SealedContact {
  readonly subject: string;
  readonly emailSealed: SealedValue | null;
  readonly phoneSealed: SealedValue | null;
  readonly emailMasked: string | null;
  readonly phoneMasked: string | null;
}

type Db = Pick<DataSource | EntityManager, 'query'>;

/**
 * The e-mail addresses and phone numbers people give for notifications, sealed under a
 * personal-data key of their own (subject `contact/<userId>/<uuid>`, a fresh one whenever the
 * person has no saved row, so a resident erased and back again gets a new key). The rows hold the
 * sealed values and masked copies only: the outbox copies the masked address, and the sender opens
 * the sealed one when it sends. A resident's erasure deletes the key (see OutboundErasureProjection),
 * so a backup taken before it cannot be read either.
 */
export class ContactDetails {
  constructor(private readonly vault: PersonalDataVault) {}

  static newSubject(userId: string): string {
    return `contact/${userId}/${randomUUID()}`;
  }

  async seal(subject: string, addresses: ContactAddresses): Promise<SealedContact> {
    const seal = (value: string | null) => (value === null ? Promise.resolve(null) : this.vault.seal(subject, value));
    const [emailSealed, phoneSealed] = await Promise.all([seal(addresses.email), seal(addresses.phone)]);
    return {
      subject,
      emailSealed,
      phoneSealed,
      emailMasked: addresses.email === null ? null : maskEmail(addresses.email),
      phoneMasked: addresses.phone === null ? null : maskPhone(addresses.phone),
    };
  }

  /** The plain addresses of a row: sealed ones opened (null once the key is erased), or the plain ones of an unsealed row. */
  async open(row: ContactColumns): Promise<ContactAddresses> {
    const open = async (sealed: unknown, plain: string | null): Promise<string | null> => {
      if (isSealedValue(sealed)) return (await this.vault.open<string>(sealed)) ?? null;
      return typeof plain === 'string' ? plain : null;
    };
    const [email, phone] = await Promise.all([open(row.email_sealed, row.email), open(row.phone_sealed, row.phone)]);
    return { email, phone };
  }

  /** Where a message on `channel` goes now: the person's current address, or null if they no longer give one. */
  async addressOf(db: Db, userId: string, channel: Exclude<OutboundChannel, 'webhook'>): Promise<string | null> {
    const [row] = await db.query<(ContactColumns & { channels: string[] })[]>(
      `SELECT channels, contact_subject, email_sealed, phone_sealed, email_masked, phone_masked, email, phone
         FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    if (!row) return null;
    const addresses = await this.open(row);
    return channel === 'email' ? addresses.email : addresses.phone;
  }

  /**
   * Seals the addresses of rows written before they were sealed, and empties their plain columns.
   * Safe to run from several processes at once: a row changed meanwhile is left to its new writer.
   */
  async sealPlainRows(db: Db): Promise<number> {
    const rows = await db.query<(ContactColumns & { user_id: string })[]>(
      `SELECT user_id, contact_subject, email_sealed, phone_sealed, email_masked, phone_masked, email, phone
         FROM notification_preferences WHERE email IS NOT NULL OR phone IS NOT NULL`,
    );
    let sealed = 0;
    for (const row of rows) {
      const sealedRow = await this.seal(row.contact_subject ?? ContactDetails.newSubject(row.user_id), {
        email: row.email,
        phone: row.phone,
      });
      const updated = await db.query<unknown[]>(
        `WITH updated AS (
           UPDATE notification_preferences
              SET contact_subject = $2, email_sealed = $3, phone_sealed = $4, email_masked = $5, phone_masked = $6, email = NULL, phone = NULL
            WHERE user_id = $1 AND email IS NOT DISTINCT FROM $7::text AND phone IS NOT DISTINCT FROM $8::text
            RETURNING user_id)
         SELECT user_id FROM updated`,
        [
          row.user_id,
          sealedRow.subject,
          sealedRow.emailSealed,
          sealedRow.phoneSealed,
          sealedRow.emailMasked,
          sealedRow.phoneMasked,
          row.email,
          row.phone,
        ],
      );
      sealed += updated.length;
    }
    return sealed;
  }
}
