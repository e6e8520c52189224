import { randomUUID } from 'node:crypto';
import { AssetCommand } from '@app/assets/domain/asset.commands';
import { assetDecider, standardAssetDeps } from '@app/assets/domain/asset.decider';
import { AssetState } from '@app/assets/domain/asset.state';
import { EVENT_STORE, EventStore, eventIdFor } from '@app/event-store';
import { Actor } from '@app/shared';
import type { WebSystem } from '@test/support/browser/web-system';
import { PROJECTION_LAG_SQL } from '@test/support/projection-lag';

const NAMES = [
  '台式计算机',
  '笔记本电脑',
  '激光打印机',
  '投影仪',
  '办公桌',
  '办公椅',
  '文件柜',
  '会议桌',
  '空调',
  '复印机',
  '电子白板',
  '档案柜',
];
const CLASSES = [
  'A02000000',
  'A02000000',
  'A02000000',
  'A02000000',
  'A05000000',
  'A05000000',
  'A05000000',
  'A05000000',
  'A02000000',
  'A02000000',
  'A02000000',
  'A05000000',
];
const DEPARTMENTS = ['D-SCH1', 'D-SCH2', 'D-EDU', 'D-HEALTH'];
const CONDITIONS = ['new', 'good', 'fair', 'poor'] as const;

/**
 * Many listed assets, fast but honestly: every event comes from the asset decider (register, then
 * list), and is appended through the event store port, one stream per asset, as the command path
 * does; the projector then builds the read models as it always does.
 */
export async function seedListings(sys: WebSystem, from: number, count: number, parallel = 16): Promise<void> {
  const store = sys.app.get<EventStore>(EVENT_STORE);
  const decider = assetDecider(standardAssetDeps());
  const advertiseUntil = new Date(Date.now() + 60 * 86400_000).toISOString();
  const one = async (i: number) => {
    const departmentId = DEPARTMENTS[i % DEPARTMENTS.length];
    const actor: Actor = { userId: `mgr-seed-${departmentId}`, role: 'asset_manager', departmentId, displayName: departmentId };
    const assetId = randomUUID();
    const now = new Date().toISOString();
    const commands: AssetCommand[] = [
      {
        kind: 'RegisterAsset',
        actor,
        today: now.slice(0, 10),
        assetId,
        assetNo: `SEED-${i}`,
        departmentId,
        card: {
          name: NAMES[i % NAMES.length],
          categoryCode: CLASSES[i % CLASSES.length],
          custodian: `使用人${i % 97}`,
          location: `${departmentId} 仓库 ${i % 12} 号`,
          acquiredOn: `20${15 + (i % 10)}-0${1 + (i % 9)}-1${i % 9}`,
          originalValueFen: 50_000 + ((i * 7919) % 2_000_000),
          quantity: 1,
          unit: '台',
          condition: CONDITIONS[i % 4],
          brand: null,
          specification: null,
          accumulatedDepreciationFen: 10_000,
          usage: null,
        },
      },
      {
        kind: 'ListAsset',
        actor,
        assetId,
        now,
        listingId: randomUUID(),
        description: '闲置可调剂',
        condition: CONDITIONS[i % 4],
        photos: [],
        pickupLocation: `${departmentId} 门卫室`,
        claimMode: 'manager_picks',
        internalUntil: null,
        advertiseUntil,
      },
    ];
    let state: AssetState = decider.initialState();
    for (const command of commands) {
      const decided = decider.decide(command, state);
      if (!Array.isArray(decided)) throw new Error(`seed ${i}: ${String(decided)}`);
      const commandId = randomUUID();
      const metadata = {
        actorId: actor.userId,
        actorRole: actor.role,
        departmentId,
        correlationId: commandId,
        causationId: commandId,
        occurredAt: now,
        commandId,
      };
      await store.append(
        `asset-${assetId}`,
        decided.map((event, k) => ({ id: eventIdFor(commandId, k), type: event.type, data: event.data, metadata })),
        command.kind === 'RegisterAsset' ? 'no_stream' : 0n,
      );
      state = decided.reduce(decider.evolve, state);
    }
  };
  let next = from;
  const end = from + count;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < end) await one(next++);
    }),
  );
}

/** Waits (up to `timeoutMs`) until every projection has caught up with the event store. */
export async function waitProjected(sys: WebSystem, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ lag }] = await sys.query<{ lag: string }>(PROJECTION_LAG_SQL);
    if (Number(lag) <= 0) return;
    if (Date.now() > deadline) throw new Error(`projection still ${lag} events behind after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
