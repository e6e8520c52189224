import { SMTPServer } from 'smtp-server';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from './test-database';
import { enqueueOutbound, OutboundNotification } from '@app/read-models/outbox/enqueue-outbound';
import { ContactDetails } from '@app/read-models/outbox/contact-details';
import { AddressBook } from '@app/read-models/outbox/outbox-sender';
import { PostgresPersonalDataVault } from '@app/platform/personal-data/postgres-personal-data-vault';
import { OutboundChannel } from '@app/read-models/outbox/outbox.entities';
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '@app/read-models/outbox/webhook-signature';

/** A migrated database of its own and a connection to it. */
export async function outboxDatabase(): Promise<{ url: string; db: DataSource }> {
  const url = await createTestDatabase('outbox');
  const db = new DataSource(dataSourceOptions(url, DATABASE_SCHEMA));
  await db.initialize();
  return { url, db };
}

/** A person's choice saved as the settings page saves it: addresses sealed for them (see ContactDetails). */
export async function choose(
  db: DataSource,
  userId: string,
  channels: OutboundChannel[],
  addresses: { email?: string; phone?: string; departmentId?: string } = {},
): Promise<void> {
  const sealed = await new ContactDetails(new PostgresPersonalDataVault(db)).seal(ContactDetails.newSubject(userId), {
    email: addresses.email ?? null,
    phone: addresses.phone ?? null,
  });
  await db.query(
    `INSERT INTO notification_preferences
       (user_id, channels, contact_subject, email_sealed, phone_sealed, email_masked, phone_masked, department_id, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
     ON CONFLICT (user_id) DO UPDATE SET channels = $2, contact_subject = $3, email_sealed = $4, phone_sealed = $5, email_masked = $6,
       phone_masked = $7, department_id = $8`,
    [
      userId,
      channels,
      sealed.subject,
      sealed.emailSealed,
      sealed.phoneSealed,
      sealed.emailMasked,
      sealed.phoneMasked,
      addresses.departmentId ?? null,
    ],
  );
}

/** The sender's address book on this database: people's sealed addresses opened when sent. */
export function addressBook(db: DataSource): AddressBook {
  const contacts = new ContactDetails(new PostgresPersonalDataVault(db));
  return { addressOf: (userId, channel) => contacts.addressOf(db, userId, channel) };
}

export const notification = (notificationId: string, userId: string, title = '调剂申请已通过'): OutboundNotification => ({
  notificationId,
  userId,
  title,
  body: '您单位申领的投影仪已通过财政审批，请与调出单位办理交接。',
  link: '/manager/transfers',
  createdAt: new Date('2026-11-29T02:00:00Z'),
});

/** As a projection does: inside one transaction. */
export const enqueue = (db: DataSource, notifications: OutboundNotification[]) =>
  db.transaction((tx) => enqueueOutbound(tx, notifications));

export interface ReceivedMail {
  readonly messageId: string;
  readonly to: string[];
  readonly raw: string;
}

/**
 * An SMTP server in the test. `hold` decides, per message whose DATA has begun, whether to keep the
 * reply back (the message is then never accepted: the test kills its sender meanwhile); every other
 * message is accepted (250) and counted in `accepted`.
 */
export async function startSmtpServer(hold: (messageId: string) => boolean, onHeld: () => void) {
  const accepted: ReceivedMail[] = [];
  const held: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let signalled = false;
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(Buffer.concat(chunks).toString('utf8'))?.[1];
        if (!signalled && messageId && hold(messageId)) {
          signalled = true;
          held.push({ messageId, to: session.envelope.rcptTo.map((r) => r.address), raw: '' });
          onHeld();
        }
      });
      stream.on('end', () => {
        if (signalled) return; // never answered: the sender is killed before it hears back
        const raw = Buffer.concat(chunks).toString('utf8');
        accepted.push({
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port;
  return { server, port, accepted, held, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Polls until `done` holds; a bound for a stuck run only (the assertions follow it, not a time). */
export async function until(done: () => Promise<boolean>, what: string, boundMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!(await done())) {
    if (Date.now() - start > boundMs) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Delivery {
  readonly deliveryId: string;
  readonly validSignature: boolean;
  readonly answered: number;
  readonly body: Record<string, unknown>;
}

/** A unit's receiver: checks every signature with the unit's secret, answers what `answer` says for the n-th request. */
export async function startReceiver(secret: () => string, answer: (n: number) => number) {
  const deliveries: Delivery[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  const server: Server = createServer((req, res) => {
    void read(req).then((body) => {
      const header = (name: string) => req.headers[name] as string | undefined;
      const timestamp = Number(header(TIMESTAMP_HEADER));
      const validSignature = verifyWebhook(
        secret(),
        { signature: header(SIGNATURE_HEADER), timestamp: header(TIMESTAMP_HEADER) },
        body,
        timestamp,
      );
      const answered = answer(deliveries.length + 1);
      deliveries.push({
        deliveryId: header(DELIVERY_HEADER) ?? '',
        validSignature,
        answered,
        body: JSON.parse(body) as Record<string, unknown>,
      });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    deliveries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
