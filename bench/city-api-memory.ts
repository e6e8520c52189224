/**
 * The API's memory at city scale: the API runs as its own process on the city's database; a city-wide
 * reader (an auditor of the city's audit bureau, created and signed in through the API as an
 * administrator would) asks every report and search the API serves, in JSON and as files. The
 * process's peak resident set (VmHWM) is read from the kernel after each answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, memoryOf, startApi, stopApi } from './api-process';
import { CITY_AUDIT, dept } from './city-history';

const INITIAL = 'Chushi-Mima-2026!';
const PASSWORD = 'Shenji-Mima-2026!';
const MiB = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;

/** Signs in as the city's auditor, creating the account (as the administrator) on first use. */
async function cityAuditor(api: Api): Promise<string> {
  const signIn = (password: string) => api.send('POST', '/api/auth/sign-in', { username: 'city-auditor', password });
  let answer = await signIn(PASSWORD);
  if (answer.status === 200) return (JSON.parse(answer.body) as { accessToken: string }).accessToken;
  const admin = await api.send('POST', '/api/auth/demo-login', { userId: 'admin' });
  if (admin.status !== 200) throw new Error(`admin sign-in answered ${admin.status}: ${admin.body}`);
  const adminToken = (JSON.parse(admin.body) as { accessToken: string }).accessToken;
  const created = await api.send(
    'POST',
    '/api/accounts',
    { username: 'city-auditor', displayName: '市审计局 审计员', roles: ['auditor'], departmentId: CITY_AUDIT, initialPassword: INITIAL },
    adminToken,
  );
  if (created.status !== 201) throw new Error(`creating the city auditor answered ${created.status}: ${created.body}`);
  answer = await signIn(INITIAL);
  const first = (JSON.parse(answer.body) as { accessToken: string }).accessToken;
  const changed = await api.send('POST', '/api/auth/password', { currentPassword: INITIAL, newPassword: PASSWORD }, first);
  if (changed.status !== 200) throw new Error(`changing the initial password answered ${changed.status}: ${changed.body}`);
  answer = await signIn(PASSWORD);
  if (answer.status !== 200) throw new Error(`the city auditor's sign-in answered ${answer.status}: ${answer.body}`);
  return (JSON.parse(answer.body) as { accessToken: string }).accessToken;
}

/** Every read the API offers a city-wide reader that grows with the city: reports (JSON and files), searches, audit reads. */
function reads(assetId: string, eventId: string): [string, string][] {
  const year = 'from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z';
  const q = (s: string) => encodeURIComponent(s);
  return [
    ['search: 2-character Chinese substring', `/api/search?q=${q('计算')}`],
    ['search: text + facets', `/api/search?q=${q('空调')}&facets=true`],
    ['search: listings in one 门类 + facets', `/api/search?kind=listing&status=listed&categoryClass=A02000000&facets=true`],
    ['search: no filter + facets (whole city)', `/api/search?facets=true`],
    ['register search (一本账), 100 rows', `/api/assets?limit=100`],
    ['register search, text', `/api/assets?q=${q('打印机')}&limit=100`],
    ['register export CSV (whole city)', `/api/assets/export?format=csv`],
    ['register export XLSX (whole city)', `/api/assets/export?format=xlsx`],
    ['report: register summary (live)', `/api/reports/register-summary`],
    ['report: register summary as of 2025-06-30, corrected', `/api/reports/register-summary?asOf=2025-06-30T00:00:00Z&view=corrected`],
    ['report: register summary as of, XLSX', `/api/reports/register-summary?asOf=2025-06-30T00:00:00Z&format=xlsx`],
    ['report: idle rate 2025', `/api/reports/idle-rate?${year}`],
    ['report: idle rate 2025, CSV', `/api/reports/idle-rate?${year}&format=csv`],
    ['report: long-idle (>90 days)', `/api/reports/long-idle`],
    ['report: long-idle, CSV', `/api/reports/long-idle?format=csv`],
    ['report: long-idle, XLSX', `/api/reports/long-idle?format=xlsx`],
    ['report: reuse (盘活)', `/api/reports/reuse?${year}`],
    ['report: sharing utilisation', `/api/reports/sharing-utilisation?${year}`],
    ['report: sharing utilisation by hour', `/api/reports/sharing-utilisation-by-hour?${year}`],
    ['sharing utilisation', `/api/sharing/utilisation?from=2025-11-01&to=2025-12-31`],
    ['transfers (whole city)', `/api/transfers`],
    ['savings', `/api/savings`],
    ['warehouse feed', `/api/marketplace`],
    ['demands', `/api/demands`],
    ['purchase requests', `/api/purchase-requests`],
    ['asset card history', `/api/assets/${assetId}/history`],
    ['audit: timeline of a department', `/api/audit/timeline?departmentId=${dept(0)}&limit=500`],
    ['audit: department register as of', `/api/audit/departments/${dept(0)}/register?at=2025-06-30T00:00:00Z`],
    ['audit: asset as of', `/api/audit/assets/${assetId}/as-of?at=2026-01-01T00:00:00Z&view=corrected`],
    ['audit: tree head', `/api/audit/tree-head`],
    ['audit: inclusion proof', `/api/audit/proofs/inclusion?eventId=${eventId}`],
    ['audit: package for a department, 2025', `/api/audit/export?departmentId=${dept(0)}&${year}`],
    ['audit: verification of the whole log', `/api/audit/verification`],
  ];
}

/** Table rows: each read's answer, time and the API's peak RSS after it. */
export async function measureApiMemory(databaseUrl: string, sample: { assetId: string; eventId: string }): Promise<string[]> {
  const filesDir = mkdtempSync(join(tmpdir(), 'bench-city-files-'));
  const { child, api } = await startApi(databaseUrl, filesDir);
  const rows: string[] = [];
  try {
    const token = await cityAuditor(api);
    const start = memoryOf(child.pid!);
    rows.push(`| API started, city auditor signed in | | | | ${MiB(start.now)} | ${MiB(start.peak)} |`);
    for (const [label, path] of reads(sample.assetId, sample.eventId)) {
      const t = performance.now();
      const answer = await api.send('GET', path, undefined, token);
      const ms = performance.now() - t;
      const mem = memoryOf(child.pid!);
      if (answer.status !== 200) console.error(`${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
      rows.push(
        `| ${label} | ${answer.status} | ${(answer.bytes / 1024).toFixed(0)} KiB | ${(ms / 1000).toFixed(2)} s | ${MiB(mem.now)} | ${MiB(mem.peak)} |`,
      );
    }
  } finally {
    await stopApi(child, api);
    rmSync(filesDir, { recursive: true, force: true });
  }
  return rows;
}
