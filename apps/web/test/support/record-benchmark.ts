import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const FILE = join(__dirname, '../../../../BENCHMARKS.md');

/** Replaces (or appends) one section of BENCHMARKS.md (same markers as bench/benchmarks-file.ts), from a browser test run from source. */
export function recordBenchmarkSection(id: string, title: string, body: string): void {
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const section = `${start}\n## ${title}\n\nRun ${new Date().toISOString()} on ${machine}.\n\n${body}\n${end}`;
  let text = readFileSync(FILE, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  text = from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, text);
}
