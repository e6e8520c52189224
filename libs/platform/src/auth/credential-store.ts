import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Password hashes by username (see the credentials migration for why they are not in events). */
@Injectable()
export class CredentialStore {
  constructor(private readonly db: DataSource) {}

  async hashOf(username: string): Promise<string | null> {
    const rows = await this.db.query<{ password_hash: string }[]>('SELECT password_hash FROM identity.credentials WHERE username = $1', [
      username,
    ]);
    return rows[0]?.password_hash ?? null;
  }

  async set(username: string, passwordHash: string, at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO identity.credentials (username, password_hash, changed_at) VALUES ($1, $2, $3)
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, changed_at = EXCLUDED.changed_at`,
      [username, passwordHash, at],
    );
  }
}
