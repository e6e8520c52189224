import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { DataSource } from 'typeorm';
import { writePackage } from '@app/audit';
import { CategoryCatalog } from '@app/assets';
import { EventStore } from '@app/event-store';
import { SystemClock } from '@app/shared';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { openEventStore } from '@app/platform/event-store/event-store.module';
import { AuditExportService } from '@app/read-models/audit-log/audit-export.service';
import { AuditQueries } from '@app/read-models/audit-log/audit.queries';
import { AssetHistoryQueries } from '@app/read-models/asset-history/asset-history.queries';
import { MerkleLogService } from '@app/read-models/audit-log/merkle-log.service';
import { Progress, ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { listProjectionFailures, requestProjectionRetry, skipProjectionFailure } from '@app/read-models/checkpoints/projection-failures';
import { PostgresPersonalDataVault } from '@app/platform/personal-data/postgres-personal-data-vault';
import { sealingCipherFor } from '@app/platform/personal-data/personal-data-cipher';
import { PersonalDataUpcaster } from '@app/sharing/commands/upcast-personal-data/personal-data-upcaster';
import { auditSettingsOf, databaseUrlOf, operatorEnvironment, suiteOf as suiteOfSettings } from './operator-settings';
import { isSuiteId, SUITE_IDS, SuiteId, suiteOf } from '@app/crypto';
import { importRegister, importSettingsOf } from './import-register';

interface System {
  readonly store: EventStore;
  /** The personal-data port on the deployment's suite. */
  vault(): Promise<PostgresPersonalDataVault>;
  readonly rebuilder: ReadModelRebuilder;
  /** Connected on first use. */
  dataSource(): Promise<DataSource>;
  merkleLog(): Promise<MerkleLogService>;
}

function progressBar({ events, total, seconds }: Progress): void {
  const ratio = total > 0 ? Math.min(1, events / total) : 1;
  const bar = '#'.repeat(Math.round(ratio * 30)).padEnd(30, '.');
  const rate = seconds > 0 ? Math.round(events / seconds) : 0;
  process.stderr.write(
    `${process.stderr.isTTY ? '\r' : ''}[${bar}] ${events}/${total} events, ${rate} events/s${process.stderr.isTTY ? '' : '\n'}`,
  );
}

const perSecond = (events: number, seconds: number) => Math.round(events / Math.max(seconds, 0.001));

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('a whole number is expected');
  return Number(value);
}

function instant(value: string): Date {
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at.getTime())) throw new InvalidArgumentError('an ISO 8601 instant is expected');
  return at;
}

/** Settings are read here, when a command runs, never for --help. */
async function withSystem(work: (system: System) => Promise<number>): Promise<number> {
  const env = operatorEnvironment();
  const url = databaseUrlOf(env);
  const store = openEventStore(env);
  const suite = suiteOfSettings(env);
  const source = new DataSource(dataSourceOptions(url, DATABASE_SCHEMA));
  const dataSource = async () => (source.isInitialized ? source : source.initialize());
  try {
    return await work({
      store,
      vault: async () => new PostgresPersonalDataVault(await dataSource(), sealingCipherFor(suite)),
      rebuilder: new ReadModelRebuilder(store, url, suite, progressBar),
      dataSource,
      merkleLog: async () => {
        const log = new MerkleLogService(await dataSource(), store, auditSettingsOf(env), suite);
        await log.onModuleInit();
        return log;
      },
    });
  } finally {
    if (source.isInitialized) await source.destroy();
    await store.close();
  }
}

/** The operator CLI: each command with its own --help. `done` receives the exit code of the command that ran. */
export function operatorProgram(out: (line: string) => void, done: (code: number) => void): Command {
  const clock = new SystemClock();
  const program = new Command('cli')
    .description('云公物仓 operator and auditor commands')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => out(s.trimEnd()) })
    .showHelpAfterError();
  const action =
    <A extends unknown[]>(work: (system: System, ...args: A) => Promise<number>) =>
    async (...args: A) =>
      done(await withSystem((system) => work(system, ...args)));

  program
    .command('rebuild')
    .description('rebuild every read model from the events into fresh tables, then swap them in (the API keeps serving)')
    .action(
      action(async ({ rebuilder }) => {
        const built = await rebuilder.buildShadow();
        process.stderr.write('\n');
        await rebuilder.swapIn(built.schema);
        await rebuilder.drop(built.schema);
        out(
          `rebuilt ${built.events} events in ${built.seconds.toFixed(1)} s (${perSecond(built.events, built.seconds)} events/s) and swapped in`,
        );
        return 0;
      }),
    );

  program
    .command('verify-read-models')
    .description('rebuild into shadow tables and list every row that differs from the live ones (exit 1 when any does)')
    .action(
      action(async ({ rebuilder }) => {
        const at = await rebuilder.liveCheckpoint();
        const built = await rebuilder.buildShadow(at ?? undefined);
        process.stderr.write('\n');
        const differences = await rebuilder.compare(built.schema);
        await rebuilder.drop(built.schema);
        out(`replayed ${built.events} events in ${built.seconds.toFixed(1)} s (${perSecond(built.events, built.seconds)} events/s)`);
        for (const d of differences)
          out(
            `DIFFERS ${d.table}: ${d.onlyLive} row(s) only live, ${d.onlyRebuilt} only rebuilt; e.g. ${d.sample.map((row) => JSON.stringify(row)).join(' | ')}`,
          );
        out(differences.length === 0 ? 'every read model equals a rebuild from the events' : `${differences.length} table(s) differ`);
        return differences.length === 0 ? 0 : 1;
      }),
    );

  program
    .command('audit-verify')
    .description('recompute the Merkle log from the events; name the first altered, deleted or moved event (exit 1 if any)')
    .action(
      action(async ({ merkleLog }) => {
        const started = process.hrtime.bigint();
        const result = await (await merkleLog()).verify();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        out(
          `checked ${result.eventsChecked} events (up to the audit log's checkpoint ${result.checkedUpTo ?? 'none'}) and ${result.treeHeadsChecked} signed tree heads in ${seconds.toFixed(1)} s (${perSecond(result.eventsChecked, seconds)} events/s)`,
        );
        if (result.notYetLogged > 0) out(`${result.notYetLogged} newer event(s) not hashed by the audit log yet: not judged`);
        const problem = result.firstProblem;
        if (problem)
          out(
            `TAMPERED ${problem.kind}: ${problem.detail} — leaf ${problem.leafIndex}, event ${problem.eventId} (${problem.streamId}@${problem.revision})`,
          );
        else out('history is intact');
        return result.ok ? 0 : 1;
      }),
    );

  program
    .command('audit-open-epoch')
    .description(
      'move the audit log to a new signing key, in the same cryptographic suite or another: run with the current settings; signs the last head with the current key, the new epoch with the new one, and a statement binding both; then restart with the new CRYPTO_SUITE (if it changed) and key',
    )
    .requiredOption('--suite <suite>', `the new suite (${SUITE_IDS.join(', ')})`, (value: string) => {
      if (!isSuiteId(value)) throw new InvalidArgumentError(`one of ${SUITE_IDS.join(', ')}`);
      return value;
    })
    .requiredOption('--key-file <pem>', 'the new suite’s private signing key (PKCS#8 PEM), e.g. one your certificate authority issued')
    .action(
      action(async ({ merkleLog }, options: { suite: SuiteId; keyFile: string }) => {
        const statement = await (
          await merkleLog()
        ).openEpoch({ suite: suiteOf(options.suite), privateKeyPem: readFileSync(options.keyFile, 'utf8') }, clock.now());
        out(JSON.stringify(statement));
        return 0;
      }),
    );

  program
    .command('audit-tree-head')
    .description('sign and print a tree head for the log as it stands')
    .action(
      action(async ({ merkleLog }) => {
        out(JSON.stringify(await (await merkleLog()).issueTreeHead(clock.now())));
        return 0;
      }),
    );

  program
    .command('audit-export')
    .description('write an audit package (events, proofs, signed tree head) for the standalone verifier')
    .requiredOption('--department <code>', 'department code, e.g. D-SCH1')
    .requiredOption('--from <instant>', 'start, ISO 8601 (e.g. 2026-01-01T00:00:00Z)', instant)
    .requiredOption('--to <instant>', 'end, ISO 8601', instant)
    .requiredOption('--out <dir>', 'folder to write the package into')
    .action(
      action(async ({ merkleLog, dataSource }, options: { department: string; from: Date; to: Date; out: string }) => {
        const exporter = new AuditExportService(
          await merkleLog(),
          new AuditQueries(await dataSource(), CategoryCatalog.standard(), new AssetHistoryQueries(await dataSource())),
        );
        const pkg = await exporter.build(options.department, options.from, options.to, clock.now());
        writePackage(pkg, options.out);
        out(`wrote ${pkg.events.length} events with proofs against tree head ${pkg.treeHead.treeSize} to ${options.out}`);
        return 0;
      }),
    );

  program
    .command('audit-proof')
    .description('inclusion proof of an event against a signed tree head')
    .requiredOption('--event <id>', 'event id')
    .option('--tree-size <n>', 'a signed tree head of this size (default: the latest)', wholeNumber)
    .action(
      action(async ({ merkleLog }, options: { event: string; treeSize?: number }) => {
        const proof = await (await merkleLog()).inclusion(options.event, options.treeSize);
        if (!proof) {
          out('no signed tree head covers that event yet: run audit-tree-head first');
          return 1;
        }
        out(JSON.stringify(proof));
        return 0;
      }),
    );

  program
    .command('audit-consistency')
    .description('consistency proof between two signed tree heads')
    .requiredOption('--from <n>', 'size of the older signed tree head', wholeNumber)
    .requiredOption('--to <n>', 'size of the newer signed tree head', wholeNumber)
    .action(
      action(async ({ merkleLog }, options: { from: number; to: number }) => {
        const proof = await (await merkleLog()).consistency(options.from, options.to);
        if (!proof) {
          out('both sizes must be signed tree heads, from ≤ to');
          return 1;
        }
        out(JSON.stringify(proof));
        return 0;
      }),
    );

  program
    .command('projection-failures')
    .description('events a read model could not apply (it is held just before each); skip one, or retry after a fix')
    .option('--all', 'also list resolved failures')
    .option('--skip <name>', 'move read model NAME past the held event given by --event (after appending a corrective event)')
    .option('--event <id>', 'the held event to skip')
    .option('--by <who>', 'who decided the skip (default: $USER)')
    .option('--retry <name>', 'try the held event of read model NAME again now (after deploying a fix)')
    .action(
      action(async ({ dataSource }, options: { all?: boolean; skip?: string; event?: string; by?: string; retry?: string }) => {
        const ds = await dataSource();
        if (options.skip) {
          if (!options.event) throw new Error('--event is required with --skip');
          const skipped = await skipProjectionFailure(ds, options.skip, options.event, options.by ?? process.env.USER ?? 'operator');
          out(
            `${skipped.projection} moved past ${skipped.eventType} ${skipped.eventId} at ${skipped.position}; it resumes with the next event`,
          );
          return 0;
        }
        if (options.retry) {
          const asked = await requestProjectionRetry(ds, options.retry);
          out(asked ? `${options.retry} will try its held event again` : `${options.retry} has no open failure`);
          return asked ? 0 : 1;
        }
        const failures = await listProjectionFailures(ds, { all: options.all === true });
        for (const f of failures)
          out(
            `${f.resolvedAt ? `${f.resolution?.toUpperCase()} by ${f.resolvedBy}` : 'HELD'} ${f.projection} at ${f.eventType} ${f.eventId} (${f.streamId}, position ${f.position}), ${f.attempts} attempt(s) since ${f.failedAt}: ${f.error}`,
          );
        const held = failures.filter((f) => !f.resolvedAt).length;
        out(held === 0 ? 'no read model is held' : `${held} read model(s) held`);
        return 0;
      }),
    );

  program
    .command('personal-data-upcast')
    .description(
      "one-off: seal residents' name, phone and plate written in plain text before encryption, as new events superseding the old ones (safe to run again)",
    )
    .action(
      action(async ({ store, vault }) => {
        const report = await new PersonalDataUpcaster(store, await vault(), () => clock.now()).run();
        out(
          `sealed ${report.profilesSealed} profile(s) and ${report.platesSealed} plate(s); ${report.alreadyDone} already sealed; ${report.skippedErased} of people erased since (nothing sealed)`,
        );
        if (report.profilesSealed + report.platesSealed > 0)
          out('the superseded events still hold their plain text: see "Personal data" in the README for purging it from backups');
        return 0;
      }),
    );

  program
    .command('personal-data-rotate-keys')
    .description('start a new key version for one data subject, or for every subject holding a key; older values still open')
    .option('--subject <id>', 'one data subject, e.g. resident-1/1')
    .action(
      action(async ({ dataSource, vault: vaultOf }, options: { subject?: string }) => {
        const ds = await dataSource();
        const vault = await vaultOf();
        const subjects = options.subject
          ? [options.subject]
          : (await ds.query<{ subject_id: string }[]>('SELECT DISTINCT subject_id FROM personal_data_keys ORDER BY 1')).map(
              (r) => r.subject_id,
            );
        for (const subject of subjects) out(`${subject}: key version ${await vault.rotate(subject, clock.now())}`);
        out(`rotated ${subjects.length} key(s)`);
        return 0;
      }),
    );

  program
    .command('import-register')
    .description(
      '资产导入: check a register file (XLSX or CSV) through the API and import it, printing progress (IMPORT_API_URL, IMPORT_TOKEN)',
    )
    .argument('<file>', 'XLSX or CSV file, columns as a 资产卡片 export')
    .option('--dry-run', 'only check the file and print the report; nothing is written')
    .option('--mapping <json>', 'column mapping for other layouts, e.g. {"卡片编号":"assetNo"}')
    .action(async (file: string, options: { dryRun?: boolean; mapping?: string }) =>
      done(await importRegister(file, options, importSettingsOf(process.env), out)),
    );
  program
    .command('import-property')
    .description(
      "物业导入: check a property file (XLSX or CSV, the template's headers) through the API and import it, printing progress (IMPORT_API_URL, IMPORT_TOKEN)",
    )
    .argument('<file>', 'the property file (.xlsx or .csv)')
    .option('--dry-run', 'only check the file and print the report; nothing is written')
    .action(async (file: string, options: { dryRun?: boolean }) =>
      done(await importRegister(file, { ...options, what: 'properties' }, importSettingsOf(process.env), out)),
    );

  return program;
}
