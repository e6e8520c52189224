import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ModuleConfig } from '@app/platform/config/module-config';
import { PersonalDataVault, SubjectErasedError } from '@app/shared';
import { ContactColumns, ContactDetails } from './contact-details';
import { OutboundChannel } from './outbox.entities';
import { outboxConfig, outboxSettings } from './outbox.config';
import { DeadLetter, OutboxStore } from './outbox-store';

export interface NotificationPreferences {
  readonly channels: OutboundChannel[];
  readonly email: string | null;
  readonly phone: string | null;
  /** False until the person saves: the channels shown are their role's default. */
  readonly saved: boolean;
}

export interface UnitWebhook {
  readonly departmentId: string;
  readonly url: string | null;
  readonly updatedBy: string | null;
  readonly updatedAt: Date | null;
}

/** Residents are texted by default (they sign in by phone); the others choose. */
export const defaultChannels = (role: string): OutboundChannel[] => (role === 'resident' ? ['sms'] : []);

/**
 * Each person's channel choices and each unit's webhook (settings, kept as plain rows rather than
 * events), and the administrator's view of the dead letters.
 */
@Injectable()
export class OutboundSettingsQueries {
  private readonly store: OutboxStore;
  private readonly contacts: ContactDetails;
  readonly allowPrivateWebhooks: boolean;

  constructor(
    private readonly db: DataSource,
    @Inject(outboxConfig.KEY) config: ModuleConfig<typeof outboxConfig>,
    vault: PersonalDataVault,
  ) {
    this.store = new OutboxStore(db);
    this.contacts = new ContactDetails(vault);
    this.allowPrivateWebhooks = outboxSettings(config).allowPrivateWebhooks;
  }

  /** The person's own choice, their addresses opened (only they are shown them). */
  async preferencesOf(userId: string, role: string): Promise<NotificationPreferences> {
    const [row] = await this.db.query<(ContactColumns & { channels: OutboundChannel[] })[]>(
      `SELECT channels, contact_subject, email_sealed, phone_sealed, email_masked, phone_masked, email, phone
         FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    if (!row) return { channels: defaultChannels(role), email: null, phone: null, saved: false };
    return { channels: row.channels, ...(await this.contacts.open(row)), saved: true };
  }

  /** Saves the choice with the addresses sealed for the person (never in plain text; see ContactDetails). */
  async savePreferences(
    userId: string,
    departmentId: string | null,
    p: { channels: OutboundChannel[]; email: string | null; phone: string | null },
    now: Date,
  ): Promise<void> {
    const [existing] = await this.db.query<{ contact_subject: string | null }[]>(
      `SELECT contact_subject FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    const addresses = { email: p.email, phone: p.phone };
    const sealed = await this.contacts
      .seal(existing?.contact_subject ?? ContactDetails.newSubject(userId), addresses)
      // Erased between the read and the seal (the person's erasure ran meanwhile): a fresh subject, as for a new person.
      .catch((error: unknown) => {
        if (error instanceof SubjectErasedError) return this.contacts.seal(ContactDetails.newSubject(userId), addresses);
        throw error;
      });
    await this.db.query(
      `INSERT INTO notification_preferences
         (user_id, channels, email, phone, contact_subject, email_sealed, phone_sealed, email_masked, phone_masked, department_id, updated_at)
       VALUES ($1, $2, NULL, NULL, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (user_id) DO UPDATE SET channels = $2, email = NULL, phone = NULL, contact_subject = $3, email_sealed = $4,
         phone_sealed = $5, email_masked = $6, phone_masked = $7, department_id = $8, updated_at = $9`,
      [
        userId,
        [...new Set(p.channels)],
        sealed.subject,
        sealed.emailSealed,
        sealed.phoneSealed,
        sealed.emailMasked,
        sealed.phoneMasked,
        departmentId,
        now,
      ],
    );
  }

  /** Seals what older versions stored in plain text (run at start; see SealContactDetailsOnStart). */
  sealPlainContactDetails(): Promise<number> {
    return this.contacts.sealPlainRows(this.db);
  }

  async webhookOf(departmentId: string): Promise<UnitWebhook> {
    const [row] = await this.db.query<{ url: string; updated_by: string; updated_at: Date }[]>(
      `SELECT url, updated_by, updated_at FROM department_webhooks WHERE department_id = $1`,
      [departmentId],
    );
    return { departmentId, url: row?.url ?? null, updatedBy: row?.updated_by ?? null, updatedAt: row?.updated_at ?? null };
  }

  /** Sets the unit's URL with a new signing secret, returned this once (the receiver is configured with it). */
  async saveWebhook(departmentId: string, url: string, by: string, now: Date): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO department_webhooks (department_id, url, secret, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (department_id) DO UPDATE SET url = $2, secret = $3, updated_by = $4, updated_at = $5`,
      [departmentId, url, secret, by, now],
    );
    return secret;
  }

  async removeWebhook(departmentId: string): Promise<void> {
    await this.db.query(`DELETE FROM department_webhooks WHERE department_id = $1`, [departmentId]);
  }

  deadLetters(limit = 200): Promise<DeadLetter[]> {
    return this.store.deadLetters(limit);
  }

  retryDeadLetter(messageId: string, by: string, now: Date): Promise<boolean> {
    return this.store.retryDeadLetter(messageId, by, now);
  }
}
