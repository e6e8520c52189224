/**
 * Operator and auditor commands against DATABASE_URL (and EVENTSTORE_CONNECTION_STRING when set):
 *   rebuild                 rebuild every read model from the events into fresh tables, then swap them in
 *   verify-read-models      rebuild into shadow tables and report every row that differs from the live ones
 *   audit-verify            recompute the Merkle log from the events; name the first altered, deleted or moved event
 *   audit-tree-head         sign and print a tree head for the log as it stands
 *   audit-export --department D --from T --to T --out DIR   write an audit package for the standalone verifier
 *   audit-proof --event ID [--tree-size N]       inclusion proof of an event against a signed tree head
 *   audit-consistency --from N --to M            consistency proof between two signed tree heads
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { writePackage } from '@app/audit';
import { CategoryCatalog } from '@app/assets';
import { validateConfig } from '@app/platform/config/validate-config';
import { DatabaseConfig } from '@app/platform/database/database.config';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { openEventStore } from '@app/platform/event-store/event-store.module';
import { AuditExportService } from '@app/read-models/audit-log/audit-export.service';
import { AuditQueries } from '@app/read-models/audit-log/audit.queries';
import { MerkleLogService } from '@app/read-models/audit-log/merkle-log.service';
import { AuditConfig } from '@app/read-models/audit-log/audit.config';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { Progress, ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';

function progressBar({ events, total, seconds }: Progress): void {
  const ratio = total > 0 ? Math.min(1, events / total) : 1;
  const bar = '#'.repeat(Math.round(ratio * 30)).padEnd(30, '.');
  const rate = seconds > 0 ? Math.round(events / seconds) : 0;
  process.stderr.write(
    `${process.stderr.isTTY ? '\r' : ''}[${bar}] ${events}/${total} events, ${rate} events/s${process.stderr.isTTY ? '' : '\n'}`,
  );
}

function option(args: string[], name: string): string {
  const at = args.indexOf(`--${name}`);
  if (at < 0 || !args[at + 1]) throw new Error(`--${name} is required`);
  return args[at + 1];
}

export async function run(args: string[], out: (line: string) => void = console.log): Promise<number> {
  const url = validateConfig(DatabaseConfig).DATABASE_URL;
  const store = openEventStore();
  const rebuilder = new ReadModelRebuilder(store, url, progressBar);
  const dataSource = new DataSource(dataSourceOptions(url, DATABASE_SCHEMA));
  try {
    switch (args[0]) {
      case 'rebuild': {
        const built = await rebuilder.buildShadow();
        process.stderr.write('\n');
        await rebuilder.swapIn(built.schema);
        await rebuilder.drop(built.schema);
        out(
          `rebuilt ${built.events} events in ${built.seconds.toFixed(1)} s (${Math.round(built.events / Math.max(built.seconds, 0.001))} events/s) and swapped in`,
        );
        return 0;
      }
      case 'verify-read-models': {
        const at = await rebuilder.liveCheckpoint();
        const built = await rebuilder.buildShadow(at ?? undefined);
        process.stderr.write('\n');
        const differences = await rebuilder.compare(built.schema);
        await rebuilder.drop(built.schema);
        out(
          `replayed ${built.events} events in ${built.seconds.toFixed(1)} s (${Math.round(built.events / Math.max(built.seconds, 0.001))} events/s)`,
        );
        for (const d of differences)
          out(`DIFFERS ${d.table}: ${d.onlyLive} row(s) only live, ${d.onlyRebuilt} only rebuilt; e.g. ${JSON.stringify(d.sample[0])}`);
        out(differences.length === 0 ? 'every read model equals a rebuild from the events' : `${differences.length} table(s) differ`);
        return differences.length === 0 ? 0 : 1;
      }
      case 'audit-verify': {
        await dataSource.initialize();
        const started = process.hrtime.bigint();
        const result = await new MerkleLogService(dataSource, store, validateConfig(AuditConfig)).verify();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        out(
          `checked ${result.eventsChecked} events and ${result.treeHeadsChecked} signed tree heads in ${seconds.toFixed(1)} s (${Math.round(result.eventsChecked / Math.max(seconds, 0.001))} events/s)`,
        );
        if (result.firstProblem)
          out(
            `TAMPERED ${result.firstProblem.kind}: ${result.firstProblem.detail} — leaf ${result.firstProblem.leafIndex}, event ${result.firstProblem.eventId} (${result.firstProblem.streamId}@${result.firstProblem.revision})`,
          );
        else out('history is intact');
        return result.ok ? 0 : 1;
      }
      case 'audit-tree-head': {
        await dataSource.initialize();
        out(JSON.stringify(await new MerkleLogService(dataSource, store, validateConfig(AuditConfig)).issueTreeHead(new Date())));
        return 0;
      }
      case 'audit-export': {
        await dataSource.initialize();
        const log = new MerkleLogService(dataSource, store, validateConfig(AuditConfig));
        const exporter = new AuditExportService(log, new AuditQueries(dataSource, CategoryCatalog.standard()));
        const pkg = await exporter.build(
          option(args, 'department'),
          new Date(option(args, 'from')),
          new Date(option(args, 'to')),
          new Date(),
        );
        writePackage(pkg, option(args, 'out'));
        out(`wrote ${pkg.events.length} events with proofs against tree head ${pkg.treeHead.treeSize} to ${option(args, 'out')}`);
        return 0;
      }
      case 'audit-proof': {
        await dataSource.initialize();
        const size = args.includes('--tree-size') ? Number(option(args, 'tree-size')) : undefined;
        const proof = await new MerkleLogService(dataSource, store, validateConfig(AuditConfig)).inclusion(option(args, 'event'), size);
        if (!proof) {
          out('no signed tree head covers that event yet: run audit-tree-head first');
          return 1;
        }
        out(JSON.stringify(proof));
        return 0;
      }
      case 'audit-consistency': {
        await dataSource.initialize();
        const proof = await new MerkleLogService(dataSource, store, validateConfig(AuditConfig)).consistency(
          Number(option(args, 'from')),
          Number(option(args, 'to')),
        );
        if (!proof) {
          out('both sizes must be signed tree heads, from ≤ to');
          return 1;
        }
        out(JSON.stringify(proof));
        return 0;
      }
      default:
        out(
          'commands: rebuild | verify-read-models | audit-verify | audit-tree-head | audit-export --department D --from T --to T --out DIR | audit-proof --event ID [--tree-size N] | audit-consistency --from N --to M',
        );
        return 2;
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await store.close();
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
