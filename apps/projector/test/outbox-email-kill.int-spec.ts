import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { outboxMessageId } from '@app/read-models/outbox/enqueue-outbound';
import { OutboxStore } from '@app/read-models/outbox/outbox-store';
import { choose, enqueue, notification, outboxDatabase, startSmtpServer, until } from '@test/support/outbox';

/**
 * The built outbox sender (dist/apps/projector/src/outbox-sender.main.js; `npm run build:server` first)
 * as a real child process, killed with SIGKILL while the SMTP server is in the message's DATA phase
 * and has not answered; a new sender takes the row over when the dead one's lease runs out. The
 * message arrives once, with the Message-ID it carried on the first try.
 */
const SENDER = join(__dirname, '..', '..', '..', 'dist', 'apps', 'projector', 'src', 'outbox-sender.main.js');

describe('e-mail through the outbox: exactly once across a sender killed mid-send', () => {
  let url: string;
  let db: DataSource;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let firstHeld: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (firstHeld = resolve));
  const children: ChildProcess[] = [];
  const logs: string[] = [];

  const startSender = () => {
    const child = spawn(process.execPath, [SENDER], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATABASE_URL: url,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_FROM: 'noreply@warehouse.example.gov.cn',
        OUTBOX_LEASE_MS: '1500',
        OUTBOX_POLL_MS: '100',
        SMS_PROVIDER: 'log',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => logs.push(c.toString()));
    child.stderr?.on('data', (c: Buffer) => logs.push(c.toString()));
    children.push(child);
    return { child, exited: new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code))) };
  };

  beforeAll(async () => {
    ({ url, db } = await outboxDatabase());
    // The first message whose DATA begins is held unanswered; every later one is accepted.
    let first = true;
    smtp = await startSmtpServer(
      () => {
        const hold = first;
        first = false;
        return hold;
      },
      () => firstHeld(),
    );
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await smtp.close();
    await db.destroy();
  });

  it('arrives once at the SMTP server although the first sender died during DATA', async () => {
    await choose(db, 'mgr-sch1', ['email'], { email: 'mgr-sch1@school.example.cn' });
    expect(await enqueue(db, [notification('6a0e1f52-4f8e-4d43-9c8c-1d2f3a4b5c6d', 'mgr-sch1')])).toBe(1);
    const messageId = outboxMessageId('6a0e1f52-4f8e-4d43-9c8c-1d2f3a4b5c6d', 'email');
    const store = new OutboxStore(db);

    const first = startSender();
    await Promise.race([held, first.exited.then(() => Promise.reject(new Error(`sender exited early:\n${logs.join('')}`)))]);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    // The server never answered the DATA: nothing accepted, the row still pending on the dead sender's lease.
    expect(smtp.accepted).toHaveLength(0);
    expect(await store.statusOf(messageId)).toEqual({ status: 'pending', attempts: 1, lastError: null });

    const second = startSender();
    await until(async () => (await store.statusOf(messageId))?.status === 'sent', 'the restarted sender to send');
    second.child.kill('SIGTERM');
    await second.exited;

    expect(smtp.held.map((m) => m.messageId)).toEqual([`<${messageId}@warehouse.example.gov.cn>`]);
    expect(smtp.accepted.map((m) => [m.messageId, m.to])).toEqual([
      [`<${messageId}@warehouse.example.gov.cn>`, ['mgr-sch1@school.example.cn']],
    ]);
    expect(smtp.accepted[0].raw).toMatch(/X-Warehouse-Notification: 6a0e1f52-4f8e-4d43-9c8c-1d2f3a4b5c6d/);
    expect(await store.statusOf(messageId)).toEqual({ status: 'sent', attempts: 2, lastError: null });
  });
});
