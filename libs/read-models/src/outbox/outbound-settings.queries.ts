import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ModuleConfig } from '@app/platform/config/module-config';
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
  readonly allowPrivateWebhooks: boolean;

  constructor(
    private readonly db: DataSource,
    @Inject(outboxConfig.KEY) config: ModuleConfig<typeof outboxConfig>,
  ) {
    this.store = new OutboxStore(db);
    this.allowPrivateWebhooks = outboxSettings(config).allowPrivateWebhooks;
  }

  async preferencesOf(userId: string, role: string): Promise<NotificationPreferences> {
    const [row] = await this.db.query<{ channels: OutboundChannel[]; email: string | null; phone: string | null }[]>(
      `SELECT channels, email, phone FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    return row ? { ...row, saved: true } : { channels: defaultChannels(role), email: null, phone: null, saved: false };
  }

  async savePreferences(
    userId: string,
    departmentId: string | null,
    p: { channels: OutboundChannel[]; email: string | null; phone: string | null },
    now: Date,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, channels, email, phone, department_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id) DO UPDATE SET channels = $2, email = $3, phone = $4, department_id = $5, updated_at = $6`,
      [userId, [...new Set(p.channels)], p.email, p.phone, departmentId, now],
    );
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
