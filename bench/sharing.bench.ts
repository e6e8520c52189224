import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { SharingProjection } from '@app/read-models/sharing/sharing.projection';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { Actor, chinaRestDays, CommandContext } from '@app/shared';
import { CalendarSource, calendarYearDecider, calendarYearStreamId } from '@app/calendar';
import { chinaCalendar } from '@app/sharing/domain/rest-day-calendar';
import { slotsBetween } from '@app/sharing/domain/schedule';
import { slotStreamId, spaceStreamId } from '@app/sharing/domain/sharing.events';
import { slotDecider } from '@app/sharing/domain/slot.decider';
import { spaceDecider } from '@app/sharing/domain/space.decider';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { writeBenchmarkSection } from './benchmarks-file';
import { removeServerFolders } from './server-folders';

const manager: Actor = { userId: 'mgr', role: 'asset_manager', departmentId: 'D-SCH1', displayName: 'm' };
const ctx = (id: string): CommandContext => ({ actor: manager, commandId: id, correlationId: id, causationId: id, now: new Date() });
const BOOKINGS_PER_SLOT = 20;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sharing-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench', durable: true });
  const lines: string[] = [];
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const store = new PostgresEventStore({ connectionString: pg.url, max: 20 });
    const spaceId = '00000000-0000-4000-a000-000000000001';
    const schedule = {
      windows: [{ days: 'every_day' as const, start: '06:00', end: '22:00' }],
      slotMinutes: 60,
      capacity: 30,
      horizonDays: 90,
      minNoticeMinutes: 0,
    };
    await executeOnStream(
      store,
      spaceStreamId(spaceId),
      spaceDecider,
      {
        kind: 'PublishSpace',
        actor: manager,
        spaceId,
        name: '跑道',
        spaceKind: 'sports_ground',
        location: 'x',
        audiences: ['residents'],
        approval: 'automatic',
        schedule,
        propertyId: null,
        property: null,
      },
      ctx('publish'),
    );
    const space = {
      status: 'published' as const,
      spaceId,
      name: '跑道',
      kind: 'sports_ground' as const,
      departmentId: 'D-SCH1',
      propertyId: null,
      audiences: ['residents' as const],
      approval: 'automatic' as const,
      schedule,
      schedules: [schedule],
      blackouts: [],
    };
    const today = new Date(Date.now() + 8 * 3600_000 + 86400_000).toISOString().slice(0, 10);
    const end = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86400_000).toISOString().slice(0, 10);
    const slots = slotsBetween(schedule, today, end, chinaCalendar);

    // Fill a month: 20 bookings in each of its slots, written through the slot decider.
    const decider = slotDecider(chinaCalendar);
    const start = process.hrtime.bigint();
    let written = 0;
    for (let i = 0; i < slots.length; i += 16) {
      await Promise.all(
        slots.slice(i, i + 16).map(async (slot) => {
          for (let b = 0; b < BOOKINGS_PER_SLOT; b++) {
            const id = `${slot.start}-${b}`;
            await executeOnStream(
              store,
              slotStreamId(spaceId, slot.start),
              decider,
              {
                kind: 'PlaceBooking',
                space,
                bookingId: `00000000-0000-4000-b${String(i).padStart(3, '0')}-${String(slots.indexOf(slot) * 100 + b).padStart(12, '0')}`,
                slotStart: slot.start,
                places: 1,
                booker: { id: `r-${b}`, kind: 'resident', departmentId: null, suspendedUntil: null },
                resident: { subjectId: `r-${b}/1`, plate: null, consentCurrent: true },
                now: new Date().toISOString(),
              },
              ctx(id),
            );
            written += 1;
          }
        }),
      );
    }
    const writeSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    lines.push(
      `| write ${written} bookings over ${slots.length} slots (16 slots in parallel, durable) | ${(written / writeSeconds).toFixed(0)} bookings/s |`,
    );

    const dataSource = new DataSource(dataSourceOptions(pg.url, DATABASE_SCHEMA));
    await dataSource.initialize();
    const runner = new ProjectionRunner(store, dataSource, new SharingProjection());
    const projStart = process.hrtime.bigint();
    runner.start();
    for (;;) {
      const [row] = await dataSource.query('SELECT count(*) AS n FROM sharing_bookings');
      if (Number(row.n) >= written) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    lines.push(
      `| project them into sharing_bookings | ${(written / (Number(process.hrtime.bigint() - projStart) / 1e9)).toFixed(0)} events/s |`,
    );
    await runner.stop();

    const queries = new SharingQueries(dataSource);
    const row = await queries.space(spaceId);
    if (!row) throw new Error('space not projected');
    // The calendar as the API reads it: the recorded years' tails (one round trip) and the composed calendar,
    // with this year recorded by hand (as the package has it, so the slots are the same). Baseline: the
    // package's calendar in memory, as before the calendar was kept by people; timed alternately in one run.
    const year = Number(today.slice(0, 4));
    const packaged = chinaRestDays.arrangement(year);
    const days = packaged
      ? [
          ...packaged.restDays.map((date) => ({ date, kind: 'holiday' })),
          ...packaged.workdays
            .filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))
            .map((date) => ({ date, kind: 'workday' })),
        ]
      : [{ date: `${year}-01-01`, kind: 'holiday' }];
    const admin: Actor = { userId: 'admin', role: 'system_admin', departmentId: null, displayName: 'a' };
    await executeOnStream(
      store,
      calendarYearStreamId(year),
      calendarYearDecider,
      { kind: 'RecordCalendarYear', actor: admin, now: new Date().toISOString(), year, days, source: 'bench', via: 'form' },
      { ...ctx('record-calendar'), actor: admin },
    );
    const calendarSource = new CalendarSource(store);
    const baseline: number[] = [];
    const timings: number[] = [];
    for (let i = 0; i < 50; i++) {
      const b = process.hrtime.bigint();
      const plain = await queries.availability(row, today, end, chinaCalendar);
      baseline.push(Number(process.hrtime.bigint() - b) / 1e6);
      const t = process.hrtime.bigint();
      const view = await queries.availability(row, today, end, await calendarSource.calendarFor(today, end));
      timings.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (view.length !== slots.length || view[0].booked !== BOOKINGS_PER_SLOT || plain.length !== view.length)
        throw new Error('availability does not match what was written');
    }
    timings.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    lines.push(
      `| availability for a 31-day calendar (${slots.length} slots), 50 runs, package calendar in memory (baseline) | p50 ${baseline[25].toFixed(1)} ms, p95 ${baseline[47].toFixed(1)} ms |`,
      `| … the same on the calendar kept by people (CalendarSource: year streams' tails read, one recorded year) | p50 ${timings[25].toFixed(1)} ms, p95 ${timings[47].toFixed(1)} ms (p50 ×${(timings[25] / baseline[25]).toFixed(2)}) |`,
    );
    const u = process.hrtime.bigint();
    await queries.utilisation(today, end, new Date(), await calendarSource.calendarFor(today, end));
    lines.push(`| utilisation report for the month | ${(Number(process.hrtime.bigint() - u) / 1e6).toFixed(0)} ms |`);
    await dataSource.destroy();
    await store.close();
  } finally {
    await pg.stop();
    removeServerFolders(dir, pg);
  }
  const body = ['| measure | result |', '| --- | ---: |', ...lines].join('\n');
  console.log(body);
  writeBenchmarkSection('sharing', 'Shared spaces: bookings, availability, utilisation', body);
}

void main();
