import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assetDecider, standardAssetDeps } from '@app/assets/domain/asset.decider';
import { EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { Actor, CommandContext } from '@app/shared';

/** What the projector tests that run it as a process share: a history to project, the process, waiting. */
export const PROJECTOR_MAIN = join(__dirname, '..', '..', '..', 'dist', 'apps', 'projector', 'src', 'main.js');
const manager: Actor = { userId: 'mgr-edu', role: 'asset_manager', departmentId: 'D-EDU', displayName: 'm' };
const DECIDER = assetDecider(standardAssetDeps());
let commandSeq = 0;
const ctx = (): CommandContext => ({
  actor: manager,
  commandId: `cmd-${process.pid}-${++commandSeq}`,
  correlationId: 'c',
  causationId: 'c',
  now: new Date('2026-06-01T08:00:00Z'),
});

export function assertProjectorBuilt(): void {
  if (!existsSync(PROJECTOR_MAIN)) throw new Error(`${PROJECTOR_MAIN} is missing: build first (npm test runs npm run build)`);
}

/** Assets R-from … R-(to-1): each registered, every second one corrected, every third relocated. */
export async function writeAssetHistory(store: EventStore, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i++) {
    const assetId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const stream = `asset-${assetId}`;
    await executeOnStream(
      store,
      stream,
      DECIDER,
      {
        kind: 'RegisterAsset',
        actor: manager,
        today: '2026-06-01',
        assetId,
        assetNo: `R-${i}`,
        departmentId: 'D-EDU',
        card: {
          name: `资产${i}`,
          categoryCode: i % 2 ? 'A02000000' : 'A05000000',
          custodian: '张三',
          location: `楼${i % 7}`,
          acquiredOn: '2020-01-01',
          originalValueFen: 1000 * i,
          quantity: 1,
          unit: '台',
          condition: 'good',
          brand: null,
          specification: null,
          accumulatedDepreciationFen: 0,
          usage: null,
        },
      },
      ctx(),
    );
    if (i % 2 === 0)
      await executeOnStream(
        store,
        stream,
        DECIDER,
        {
          kind: 'CorrectAsset',
          actor: manager,
          today: '2026-06-01',
          assetId,
          changes: { originalValueFen: 1000 * i + 1 },
          reason: '更正',
        },
        ctx(),
      );
    if (i % 3 === 0)
      await executeOnStream(
        store,
        stream,
        DECIDER,
        { kind: 'RelocateAsset', actor: manager, assetId, location: `新楼${i}`, custodian: null, reason: null },
        ctx(),
      );
  }
}

export function startProjector(url: string, env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [PROJECTOR_MAIN], {
    env: { ...process.env, DATABASE_URL: url, PROJECTOR_MAX_BATCH: '5', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A projector whose standard output (its log, and its bulk build's) is kept to read. */
export function startLoggedProjector(url: string, env: NodeJS.ProcessEnv = {}): { child: ChildProcess; log: () => string } {
  const child = spawn(process.execPath, [PROJECTOR_MAIN], {
    env: { ...process.env, DATABASE_URL: url, PROJECTOR_MAX_BATCH: '5', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return { child, log: () => out };
}

export async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

export async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}
