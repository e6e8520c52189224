import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { CategoryCatalog } from '@app/assets';
import { internationalSuite } from '@app/crypto';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { AssetHistoryProjection } from '@app/read-models/asset-history/asset-history.projection';
import { AssetHistoryQueries } from '@app/read-models/asset-history/asset-history.queries';
import { AuditLogProjection } from '@app/read-models/audit-log/audit-log.projection';
import { AsOfView, AuditQueries } from '@app/read-models/audit-log/audit.queries';
import { AssetHistory1732300001300 } from '@app/read-models/migrations/1732300001300-asset-history';
import { AssetHistoryChanges1732300001400, CHANGES_OF_STRETCHES } from '@app/read-models/migrations/1732300001400-asset-history-changes';
import { ReportQueries } from '@app/read-models/reports/reports.queries';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from '@test/support/test-database';
import { assetHistories, DEPARTMENTS, recordedEvents } from './support/asset-histories';
import { foldedIdleRate, foldedRegisterSummary, LoggedEvent } from './support/folded-history';

const VIEWS: AsOfView[] = ['original', 'corrected'];
const SCOPE = ['D-A', 'D-C'];
/** A scope of many units (most without assets): read from the monthly changes, as a district's would be. */
const WIDE = [...SCOPE, ...Array.from({ length: 24 }, (_, k) => `D-none-${k}`)];
/** The monthly changes rows that are not all zero, as text, in one order. */
const CHANGES_ROWS = `SELECT c::text AS r FROM asset_history_changes c
  WHERE (c.stretches, c.assets, c.idle_assets, c.value_fen, c.net_book_value_fen, c.assets_at_ms, c.idle_at_ms) <> (0, 0, 0, 0, 0, 0, 0)
  ORDER BY 1`;

/**
 * The asset history must give what folding every event gives (the way these reports were computed
 * before it): register as of many instants and a department's register, in both views, and the idle
 * rate over many periods, for the city and for a set of units; whatever the batches, with a batch
 * delivered twice, and when filled by the migration from the audit log instead of by the projector.
 */
describe('asset history reconciles with folding the events', () => {
  let db: DataSource;
  let reports: ReportQueries;
  let audit: AuditQueries;
  const projection = new AssetHistoryProjection();

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await createTestDatabase('history'), DATABASE_SCHEMA)).initialize();
    const history = new AssetHistoryQueries(db);
    reports = new ReportQueries(db, history, CategoryCatalog.standard());
    audit = new AuditQueries(db, CategoryCatalog.standard(), history);
  });
  afterAll(() => db.destroy());

  /** Projects the log in batches of the given sizes, delivering one batch a second time. */
  async function project(log: readonly LoggedEvent[], sizes: number[], repeat: number) {
    await db.query('TRUNCATE asset_history, asset_history_streams, asset_history_changes');
    const events = recordedEvents(log);
    const batches: (typeof events)[] = [];
    for (let i = 0, k = 0; i < events.length; k++) {
      const size = sizes[k % sizes.length];
      batches.push(events.slice(i, i + size));
      i += size;
    }
    for (const [k, batch] of batches.entries()) {
      await db.transaction((tx) => projection.apply(tx, batch));
      if (k === repeat % batches.length) await db.transaction((tx) => projection.apply(tx, batch));
    }
  }

  /** Instants at, just before and just after some events, and some in between and outside (at most 16). */
  function instants(log: readonly LoggedEvent[], picks: number[]): number[] {
    const times = [...new Set(log.map((e) => e.at))].sort((a, b) => a - b);
    const lo = times[0] - 86400_000;
    const hi = times[times.length - 1] + 86400_000;
    const some = picks.slice(0, 16).map((p, k) => {
      const t = times[p % times.length];
      return [t, t - 1, t + 1, lo + (p % (hi - lo + 1))][k % 4];
    });
    return [...new Set([times[0], times[times.length - 1], ...some])].sort((a, b) => a - b);
  }

  /** The instants plus the month starts (UTC) between them: periods that begin or end on a month boundary too. */
  function withMonthStarts(points: number[]): number[] {
    const starts: number[] = [];
    for (let d = new Date(points[0]); d.getTime() < points[points.length - 1];) {
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      starts.push(d.getTime());
    }
    return [...new Set([...points, ...starts.slice(0, 6)])].sort((a, b) => a - b);
  }

  async function checkRegisters(log: readonly LoggedEvent[], at: number) {
    for (const view of VIEWS) {
      // At the default level (大类) each group is the 大类, or the 门类 for a card coded no deeper.
      const expected = foldedRegisterSummary(log, at, view).map((r) => ({ ...r, categoryCode: r.majorCode ?? r.classCode }));
      const city = await reports.registerSummary(new Date(at), view);
      expect(city.map(({ className: _n, categoryName: _c, ...r }) => r)).toEqual(expected);
      const scoped = await reports.registerSummary(new Date(at), view, SCOPE);
      expect(scoped.map(({ className: _n, categoryName: _c, ...r }) => r)).toEqual(expected.filter((r) => SCOPE.includes(r.departmentId)));
      const wide = await reports.registerSummary(new Date(at), view, WIDE);
      expect(wide.map(({ className: _n, categoryName: _c, ...r }) => r)).toEqual(expected.filter((r) => SCOPE.includes(r.departmentId)));
      for (const department of DEPARTMENTS) {
        const register = await audit.registerAsOf(department, new Date(at), view);
        const mine = expected.filter((r) => r.departmentId === department);
        const byClass = new Map<string, { count: number; originalValueFen: number; netBookValueFen: number }>();
        for (const r of mine) {
          const t = byClass.get(r.classCode) ?? { count: 0, originalValueFen: 0, netBookValueFen: 0 };
          byClass.set(r.classCode, {
            count: t.count + r.count,
            originalValueFen: t.originalValueFen + r.originalValueFen,
            netBookValueFen: t.netBookValueFen + r.netBookValueFen,
          });
        }
        expect(register.lines.map(({ className: _n, ...l }) => l)).toEqual(
          [...byClass].sort(([a], [b]) => a.localeCompare(b)).map(([classCode, t]) => ({ classCode, ...t })),
        );
        expect(register.total.count).toBe(mine.reduce((n, r) => n + r.count, 0));
      }
    }
  }

  const close = (
    actual: { departmentId: string; assetDays: number; idleDays: number; idleRate: number | null }[],
    expected: typeof actual,
  ) => {
    expect(actual.map((r) => r.departmentId)).toEqual(expected.map((r) => r.departmentId));
    for (const [k, r] of actual.entries()) {
      const x = expected[k];
      // Days are rounded to 3 decimals from sums the two ways add differently (ms in SQL, day fractions in Node).
      expect(Math.abs(r.assetDays - x.assetDays)).toBeLessThanOrEqual(0.0011);
      expect(Math.abs(r.idleDays - x.idleDays)).toBeLessThanOrEqual(0.0011);
      expect(r.idleRate === null).toBe(x.idleRate === null);
      if (r.idleRate !== null) expect(Math.abs(r.idleRate - x.idleRate!)).toBeLessThanOrEqual(0.0011);
    }
  };

  it('register as of any instant, in both views, even with shared instants, a clock set back and odd corrections', async () => {
    await fc.assert(
      fc.asyncProperty(
        assetHistories(false),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 4, maxLength: 14 }),
        async (log, sizes, repeat, picks) => {
          await project(log, sizes, repeat);
          // The monthly changes kept batch by batch are what the stretches now add up to.
          const oracle = await db.query(CHANGES_ROWS.replace('FROM asset_history_changes c', `FROM (${CHANGES_OF_STRETCHES}) c`));
          expect(await db.query(CHANGES_ROWS)).toEqual(oracle);
          for (const at of instants(log, picks)) await checkRegisters(log, at);
        },
      ),
      { numRuns: Number(process.env.HISTORY_RUNS ?? 25), endOnFailure: true },
    );
  });

  it('idle rate over any period, for the city and for a set of units', async () => {
    await fc.assert(
      fc.asyncProperty(
        assetHistories(true),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 14 }),
        async (log, sizes, periods, picks) => {
          await project(log, sizes, 0);
          const points = withMonthStarts(instants(log, picks));
          for (const [i, j] of periods) {
            const [from, to] = [points[i % points.length], points[j % points.length]].sort((a, b) => a - b);
            if (from === to) continue;
            const expected = foldedIdleRate(log, from, to);
            close(await reports.idleRate(new Date(from), new Date(to)), expected);
            close(
              await reports.idleRate(new Date(from), new Date(to), SCOPE),
              expected.filter((r) => SCOPE.includes(r.departmentId)),
            );
            close(
              await reports.idleRate(new Date(from), new Date(to), WIDE),
              expected.filter((r) => SCOPE.includes(r.departmentId)),
            );
          }
          for (const at of points.filter((_, k) => k % 4 === 0)) await checkRegisters(log, at);
        },
      ),
      { numRuns: Number(process.env.HISTORY_RUNS ?? 25), endOnFailure: true },
    );
  });

  it('the migration fills the history from the audit log with exactly the rows the projector writes', async () => {
    const [log] = fc.sample(assetHistories(false, 50), { numRuns: 1, seed: 12 });
    const events = recordedEvents(log);
    await project(log, [5], 0);
    const rows = () => db.query<{ r: string }[]>(`SELECT h::text AS r FROM asset_history h ORDER BY asset_id, valid_from`);
    const projected = await rows();
    expect(projected.length).toBeGreaterThan(0);
    const changes = await db.query(CHANGES_ROWS);
    expect(changes.length).toBeGreaterThan(0);
    const auditLog = new AuditLogProjection(internationalSuite);
    await db.transaction((tx) => auditLog.apply(tx, events));
    const last = events[events.length - 1].position;
    await db.query(
      `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied, updated_at) VALUES ('audit_log', $1, $2, $3, now())
       ON CONFLICT (name) DO UPDATE SET commit_position = $1, prepare_position = $2`,
      [last.commit.toString(), last.prepare.toString(), events.length],
    );
    await db.query(`DELETE FROM projection_checkpoints WHERE name = 'asset_history'`);
    const runner = db.createQueryRunner();
    const [migration, next] = [new AssetHistory1732300001300(), new AssetHistoryChanges1732300001400()];
    await next.down(runner);
    await migration.down(runner);
    await migration.up(runner);
    await next.up(runner);
    await runner.release();
    expect(await rows()).toEqual(projected);
    expect(await db.query(CHANGES_ROWS)).toEqual(changes);
    const [checkpoint] = await db.query<{ commit_position: string }[]>(
      `SELECT commit_position FROM projection_checkpoints WHERE name = 'asset_history'`,
    );
    expect(checkpoint.commit_position).toBe(last.commit.toString());
  });
});
