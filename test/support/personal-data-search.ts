import { ConsoleLogger } from '@nestjs/common';
import { TestSystem } from './test-app';

/** Every base table of the system (event store, read models, keys, checkpoints …), schema-qualified. */
export async function everyTable(sys: TestSystem): Promise<string[]> {
  const rows = await sys.query<{ name: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** The tables whose rows, read as text, contain `needle` anywhere (any column, JSON included). */
export async function tablesContaining(sys: TestSystem, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of await everyTable(sys)) {
    const [{ n }] = await sys.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} t WHERE strpos(t::text, $1) > 0`, [needle]);
    if (Number(n) > 0) found.push(table);
  }
  return found;
}

/**
 * Everything the API and projector log (every level, debug included) and everything written to
 * stdout/stderr while it is installed, to search for personal data.
 */
export class CapturedLogs extends ConsoleLogger {
  readonly lines: string[] = [];
  private restore: (() => void) | null = null;

  constructor() {
    super('test', { logLevels: ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'] });
  }

  protected override printMessages(messages: unknown[], context?: string, logLevel?: string): void {
    this.lines.push(`${logLevel ?? ''} ${context ?? ''} ${messages.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ')}`);
  }

  /** Also keeps what anything writes to the process's stdout and stderr (still passing it on). */
  captureProcessOutput(): void {
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    const keep =
      (write: typeof out) =>
      (chunk: unknown, ...rest: unknown[]): boolean => {
        this.lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
        return (write as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
      };
    process.stdout.write = keep(out) as typeof process.stdout.write;
    process.stderr.write = keep(err) as typeof process.stderr.write;
    this.restore = () => {
      process.stdout.write = out;
      process.stderr.write = err;
    };
  }

  release(): void {
    this.restore?.();
    this.restore = null;
  }

  containing(needle: string): string[] {
    return this.lines.filter((l) => l.includes(needle));
  }
}
