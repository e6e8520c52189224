/**
 * Inbox fan-out: 10,000 events (transfers claimed, picked and rejected; bookings placed for approval, approved
 * and cancelled by a blackout) appended to the PostgreSQL event store and projected by the inbox projection
 * under the projector's own runner. Two runs: a burst (all appended, then the catch-up timed) and a paced
 * stream (one event per append at a steady rate), where each notification-making event's delay from its
 * append returning to its rows being visible (the projection's checkpoint, committed with the rows) is taken.
 * Raw baselines from the same run: the same notification rows INSERTed by PostgreSQL alone, in one statement
 * (the burst) and one autocommitted row at a time (the delay).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { comparePositions, GlobalPosition, NewEvent, PostgresEventStore } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { InboxProjection } from '@app/read-models/inbox/inbox.projection';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { writeBenchmarkSection } from './benchmarks-file';
import { secondsSince } from './raw-baselines';
import { removeServerFolders } from './server-folders';

const EVENTS = Number(process.env.NOTIFICATIONS_BENCH_EVENTS ?? 10_000);
const PACED_PER_SECOND = Number(process.env.NOTIFICATIONS_BENCH_RATE ?? 500);
const DEPARTMENTS = 20;
const UNITS_PER_DEPARTMENT = 5;
const say = (line: string) => console.log(`[notifications] ${line}`);

let counter = 0;
const uuid = () => {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
};
const event = (type: string, data: Record<string, unknown>, actorId = 'bench'): NewEvent => ({
  id: uuid(),
  type,
  data,
  metadata: {
    actorId,
    actorRole: 'asset_manager',
    departmentId: null,
    correlationId: 'bench',
    causationId: 'bench',
    occurredAt: new Date().toISOString(),
  },
});

const unitOf = (d: number, u: number) => `U-${d}-${u}`;
const departmentOf = (d: number) => `D-${d}`;

/** The organisation: a district with a finance bureau, DEPARTMENTS 主管部门 of UNITS_PER_DEPARTMENT units, two managers each. */
function organisation(): { stream: string; events: NewEvent[] }[] {
  const units: NewEvent[] = [
    event('org.unit-created.v1', { unitId: 'C', parentId: null, level: 'city', name: '市' }),
    event('org.unit-created.v1', { unitId: 'R', parentId: 'C', level: 'district', name: '区' }),
    event('org.unit-created.v1', { unitId: 'D-FIN', parentId: 'R', level: 'department', name: '财政局' }),
  ];
  const accounts: { stream: string; events: NewEvent[] }[] = [
    {
      stream: 'account-fin',
      events: [event('account.created.v1', { username: 'fin', roles: ['finance_approver'], departmentId: 'D-FIN' })],
    },
  ];
  const manager = (unitId: string, n: number) => {
    const username = `mgr-${unitId}-${n}`;
    accounts.push({
      stream: `account-${username}`,
      events: [event('account.created.v1', { username, roles: ['asset_manager'], departmentId: unitId })],
    });
  };
  for (let d = 0; d < DEPARTMENTS; d++) {
    units.push(event('org.unit-created.v1', { unitId: departmentOf(d), parentId: 'R', level: 'department', name: `部门${d}` }));
    [0, 1].forEach((n) => manager(departmentOf(d), n));
    for (let u = 0; u < UNITS_PER_DEPARTMENT; u++) {
      units.push(event('org.unit-created.v1', { unitId: unitOf(d, u), parentId: departmentOf(d), level: 'unit', name: `单位${d}-${u}` }));
      [0, 1].forEach((n) => manager(unitOf(d, u), n));
    }
  }
  return [{ stream: 'org-tree', events: units }, ...accounts];
}

interface Planned {
  stream: string;
  event: NewEvent;
  /** The event makes notifications (its delay is measured). */
  notifies: boolean;
}

/** One 调剂 claimed by two units, picked, rejected at review (5 events, 8 notifications); one booking approved, then cancelled by a blackout (3 events, 2 notifications). */
function scenario(i: number): Planned[] {
  const d = i % DEPARTMENTS;
  const from = unitOf(d, i % UNITS_PER_DEPARTMENT);
  const to = unitOf(d, (i + 1) % UNITS_PER_DEPARTMENT);
  const other = unitOf((d + 1) % DEPARTMENTS, i % UNITS_PER_DEPARTMENT);
  const [assetId, listingId, claimTo, claimOther, transferId, bookingId] = [uuid(), uuid(), uuid(), uuid(), uuid(), uuid()];
  const asset = `asset-${assetId}`;
  const slot = `slot-space-0-${i}`;
  return [
    {
      stream: asset,
      notifies: false,
      event: event('asset.listed.v1', {
        assetId,
        listingId,
        asset: { departmentId: from, name: '台式计算机' },
        claimMode: 'manager_picks',
        listedBy: `mgr-${from}-0`,
      }),
    },
    {
      stream: asset,
      notifies: false,
      event: event('asset.claimed.v1', { assetId, listingId, claimId: claimTo, claimantDepartmentId: to }),
    },
    {
      stream: asset,
      notifies: false,
      event: event('asset.claimed.v1', { assetId, listingId, claimId: claimOther, claimantDepartmentId: other }),
    },
    {
      stream: asset,
      notifies: true,
      event: event(
        'asset.claim-selected.v1',
        {
          assetId,
          listingId,
          claimId: claimTo,
          transferId,
          fromDepartmentId: from,
          toDepartmentId: to,
          steps: [
            { kind: 'supervisor_review', approverDepartmentId: departmentOf(d) },
            { kind: 'finance_filing', approverDepartmentId: null },
          ],
          assetName: '台式计算机',
          selectedBy: `mgr-${from}-0`,
        },
        `mgr-${from}-0`,
      ),
    },
    {
      stream: asset,
      notifies: true,
      event: event(
        'asset.transfer-rejected.v1',
        { assetId, transferId, step: 'supervisor_review', reason: '不符合配置标准' },
        `mgr-${departmentOf(d)}-0`,
      ),
    },
    {
      stream: slot,
      notifies: false,
      event: event(
        'booking.placed.v3',
        {
          bookingId,
          spaceId: 'space-0',
          slotStart: new Date().toISOString(),
          bookerId: `resident-${i}`,
          bookerKind: 'resident',
          status: 'pending_approval',
        },
        `resident-${i}`,
      ),
    },
    {
      stream: slot,
      notifies: true,
      event: event('booking.approved.v1', { bookingId, byUserId: `mgr-${unitOf(0, 0)}-0` }, `mgr-${unitOf(0, 0)}-0`),
    },
    {
      stream: slot,
      notifies: true,
      event: event(
        'booking.cancelled.v1',
        { bookingId, by: 'blackout', reason: '考试', notice: '因考试停用，预约已取消' },
        `mgr-${unitOf(0, 0)}-0`,
      ),
    },
  ];
}

function plan(count: number): Planned[] {
  const out: Planned[] = [];
  for (let i = 0; out.length < count; i++) out.push(...scenario(i + counter));
  return out.slice(0, count);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function checkpointOf(ds: DataSource): Promise<GlobalPosition | null> {
  const [row] = await ds.query<{ c: string; p: string }[]>(
    `SELECT commit_position AS c, prepare_position AS p FROM projection_checkpoints WHERE name = 'inbox'`,
  );
  return row ? { commit: BigInt(row.c), prepare: BigInt(row.p) } : null;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-notifications-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench', durable: true });
  const store = new PostgresEventStore({ connectionString: pg.url });
  const lines: string[] = [];
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const ds = await new DataSource(dataSourceOptions(pg.url, DATABASE_SCHEMA)).initialize();
    const org = organisation();
    for (const { stream, events } of org) await store.append(stream, events, 'any');
    await store.append(
      'space-space-0',
      [event('space.published.v1', { spaceId: 'space-0', name: '操场', departmentId: unitOf(0, 0), approval: 'manager' })],
      'any',
    );
    const head = () => store.lastCommittedPosition();
    const caughtUp = async (target: GlobalPosition) => {
      for (;;) {
        const at = await checkpointOf(ds);
        if (at && comparePositions(at, target) >= 0) return;
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const runner = new ProjectionRunner(store, ds, new InboxProjection());
    runner.start();
    await caughtUp((await head())!);
    say(`organisation: ${org.length - 1} accounts projected`);

    // Burst: every event appended first (the projector stopped), then the catch-up timed.
    await runner.stop();
    const burst = plan(EVENTS);
    for (let i = 0; i < burst.length; i += 8) {
      const group = burst.slice(i, i + 8);
      for (const stream of [...new Set(group.map((p) => p.stream))])
        await store.append(
          stream,
          group.filter((p) => p.stream === stream).map((p) => p.event),
          'any',
        );
    }
    const burstHead = (await head())!;
    const [before] = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM inbox_notifications');
    const catchUp = new ProjectionRunner(store, ds, new InboxProjection());
    let t = process.hrtime.bigint();
    catchUp.start();
    await caughtUp(burstHead);
    const burstSeconds = secondsSince(t);
    const [after] = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM inbox_notifications');
    const [todos] = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM inbox_todos');
    const notifications = Number(after.n) - Number(before.n);
    say(`burst: ${burst.length} events → ${notifications} notifications, ${todos.n} to-do rows in ${burstSeconds.toFixed(2)} s`);

    // Raw baseline for the burst: the same notification rows INSERTed in one statement into a table of the same shape.
    const raw = new Client({ connectionString: pg.url });
    await raw.connect();
    await raw.query('CREATE TABLE raw_notifications (LIKE inbox_notifications INCLUDING ALL)');
    t = process.hrtime.bigint();
    await raw.query(
      `INSERT INTO raw_notifications SELECT gen_random_uuid(), user_id, kind, title, body, link, event_id, position, created_at FROM inbox_notifications`,
    );
    const rawBurstSeconds = secondsSince(t);

    // Paced: one event per append at PACED_PER_SECOND, the projector running; each notifying event's delay until visible.
    const paced = plan(EVENTS);
    const appended: { position: GlobalPosition; at: number; notifies: boolean }[] = [];
    const visibleAt = new Array<number>(paced.length).fill(0);
    let watching = true;
    let seen = 0;
    const watcher = (async () => {
      while (watching || seen < appended.length) {
        const at = await checkpointOf(ds);
        const now = performance.now();
        while (at && seen < appended.length && comparePositions(appended[seen].position, at) <= 0) visibleAt[seen++] = now;
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const started = performance.now();
    for (const [i, p] of paced.entries()) {
      const due = started + (i * 1000) / PACED_PER_SECOND;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const result = await store.append(p.stream, [p.event], 'any');
      appended.push({ position: result.position, at: performance.now(), notifies: p.notifies });
    }
    watching = false;
    await watcher;
    const pacedSeconds = (performance.now() - started) / 1000;
    const delays = appended.flatMap((a, i) => (a.notifies ? [visibleAt[i] - a.at] : [])).sort((a, b) => a - b);
    await catchUp.stop();

    // Raw baseline for the delay: the same rows, one autocommitted INSERT each (a writer putting the notification in directly).
    const sample = await raw.query<Record<string, unknown>>(`SELECT * FROM inbox_notifications ORDER BY position DESC LIMIT 2000`);
    const rawDelays: number[] = [];
    for (const row of sample.rows) {
      const t0 = performance.now();
      await raw.query(`INSERT INTO raw_notifications VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)`, [
        row.user_id,
        row.kind,
        row.title,
        row.body,
        row.link,
        row.event_id,
        row.position,
        row.created_at,
      ]);
      rawDelays.push(performance.now() - t0);
    }
    rawDelays.sort((a, b) => a - b);
    await raw.end();
    await ds.destroy();

    const p95 = quantile(delays, 0.95);
    const rawP95 = quantile(rawDelays, 0.95);
    lines.push(
      `| burst: ${burst.length.toLocaleString('en')} events appended, then projected (${notifications.toLocaleString('en')} notifications, ${Number(todos.n).toLocaleString('en')} to-do rows) | ${burstSeconds.toFixed(2)} s (${(burst.length / burstSeconds).toFixed(0)} events/s, ${(notifications / burstSeconds).toFixed(0)} notifications/s) |`,
      `| raw baseline: the same ${notifications.toLocaleString('en')} notification rows in one INSERT | ${rawBurstSeconds.toFixed(3)} s (ratio ${(burstSeconds / rawBurstSeconds).toFixed(0)}×) |`,
      `| paced: ${paced.length.toLocaleString('en')} events, one per append, asked at ${PACED_PER_SECOND}/s, ${(paced.length / pacedSeconds).toFixed(0)}/s reached (one durable append at a time): append → notification visible, ${delays.length.toLocaleString('en')} notifying events | p50 ${quantile(delays, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${delays[delays.length - 1].toFixed(1)} ms |`,
      `| raw baseline: one notification row INSERTed and committed directly, ${rawDelays.length.toLocaleString('en')} rows | p50 ${quantile(rawDelays, 0.5).toFixed(2)} ms, p95 ${rawP95.toFixed(2)} ms (ratio at p95 ${(p95 / rawP95).toFixed(0)}×) |`,
    );
    await store.close();
  } finally {
    await pg.stop();
    removeServerFolders(dir, pg);
  }
  const body = [
    'Embedded PostgreSQL (durable), the projector\'s own runner and the inbox projection; the checkpoint commits with the rows, so "visible" is the checkpoint passing the event. The delay includes the runner waking on the append signal and batching.',
    '',
    '| measure | result |',
    '| --- | ---: |',
    ...lines,
  ].join('\n');
  console.log(body);
  writeBenchmarkSection('notifications', 'Inbox: notification fan-out and end-to-end delay', body);
}

void main();
