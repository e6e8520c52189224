import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** What the import command needs: the API to talk to and an asset manager's access token. */
export interface ImportSettings {
  readonly apiUrl: string;
  readonly token: string;
}

export function importSettingsOf(env: NodeJS.ProcessEnv): ImportSettings {
  const token = env.IMPORT_TOKEN;
  if (!token) throw new Error('set IMPORT_TOKEN to an asset manager’s access token (sign in on the web app, or POST /api/auth/login)');
  return { apiUrl: (env.IMPORT_API_URL ?? 'http://localhost:3000').replace(/\/$/, ''), token };
}

interface Problem {
  row: number | null;
  column: string | null;
  problem: string;
}
interface Report {
  encoding: string;
  totals: { rows: number; valid: number; badRows: number; warnings: number; alreadyRegistered: number; toImport: number };
  problems: Problem[];
  truncated: boolean;
}
interface Progress {
  status: string;
  totalRows: number;
  rowsDone: number;
  imported: number;
  skipped: number;
  failed: number;
  failures: { row: number; problem: string }[];
}

/** What an import registers: asset cards (资产导入) or property (物业导入); both APIs answer alike. */
export type ImportTarget = 'assets' | 'properties';
const TARGETS: Readonly<Record<ImportTarget, { path: string; unit: string }>> = {
  assets: { path: '/api/asset-imports', unit: '张卡片' },
  properties: { path: '/api/property-imports', unit: '处物业' },
};

const where = (p: Problem) => `${p.row === null ? '整个文件' : `第 ${p.row} 行`}${p.column ? ` ${p.column}` : ''}`;

function printReport(report: Report, out: (line: string) => void): void {
  const t = report.totals;
  out(
    `编码 ${report.encoding}；共 ${t.rows} 行，可导入 ${t.valid} 行（其中已登记 ${t.alreadyRegistered} 行将跳过），有问题 ${t.badRows} 行，提示 ${t.warnings} 条`,
  );
  for (const p of report.problems) out(`  ${where(p)}：${p.problem}`);
  if (report.truncated) out('  （只列出前 1000 条问题）');
}

/**
 * 资产导入 from the command line, through the API (the same checks and the same job as the page): a dry run,
 * or the import with a progress bar on stderr until the job is done. Returns the exit code.
 */
export async function importRegister(
  file: string,
  options: { dryRun?: boolean; mapping?: string; what?: ImportTarget },
  settings: ImportSettings,
  out: (line: string) => void,
  pollMs = 500,
): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(file)]), basename(file));
  if (options.mapping) form.append('mapping', options.mapping);
  const headers = { authorization: `Bearer ${settings.token}`, 'accept-language': 'zh-CN' };
  const target = TARGETS[options.what ?? 'assets'];
  const path = options.dryRun ? `${target.path}/dry-run` : target.path;
  const res = await fetch(`${settings.apiUrl}${path}`, { method: 'POST', body: form, headers });
  // A proxy may answer with a page, not JSON (413 from a front server): say what came back instead of throwing.
  const body = (await res.json().catch(() => ({ code: res.status, message: res.statusText }))) as Record<string, unknown>;
  if (options.dryRun && res.ok) {
    printReport(body as unknown as Report, out);
    return (body as unknown as Report).totals.badRows > 0 ? 1 : 0;
  }
  if (!res.ok) {
    const report = (body.details as { report?: Report } | undefined)?.report;
    out(`未导入（${res.status} ${String(body.code)}）：${String(body.detail ?? body.message)}`);
    if (report) printReport(report, out);
    return 1;
  }
  const { jobId, report } = body as unknown as { jobId: string; report: Report };
  printReport(report, out);
  out(`导入任务 ${jobId} 已开始`);
  for (;;) {
    const polled = await fetch(`${settings.apiUrl}${target.path}/${jobId}`, { headers });
    if (!polled.ok) {
      // An expired token or a lost job must end the loop: the job itself carries on in the API.
      const why = (await polled.json().catch(() => ({}))) as { code?: string; message?: string };
      out(`\n无法读取导入进度（${polled.status} ${why.code ?? ''}）：${why.message ?? polled.statusText}；任务 ${jobId} 仍在服务端继续`);
      return 1;
    }
    const progress = (await polled.json()) as Progress;
    const ratio = progress.totalRows > 0 ? progress.rowsDone / progress.totalRows : 1;
    const bar = '#'.repeat(Math.round(ratio * 30)).padEnd(30, '.');
    process.stderr.write(
      `${process.stderr.isTTY ? '\r' : ''}[${bar}] ${progress.rowsDone}/${progress.totalRows} 行${process.stderr.isTTY ? '' : '\n'}`,
    );
    if (progress.status === 'done') {
      process.stderr.write('\n');
      out(`完成：新登记 ${progress.imported} ${target.unit}，已登记跳过 ${progress.skipped} 行，被拒绝 ${progress.failed} 行`);
      for (const f of progress.failures) out(`  第 ${f.row} 行：${f.problem}`);
      return progress.failed > 0 ? 1 : 0;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
