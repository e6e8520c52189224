import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { assetDecider, standardAssetDeps } from '@app/assets/domain/asset.decider';
import { AssetEvent } from '@app/assets/domain/asset.events';
import { eventIdFor } from '@app/event-store';
import { Actor } from '@app/shared';
import { PROJECTION_LAG_SQL } from '../projection-lag';

const NAMES = ['台式计算机', '笔记本电脑', '激光打印机', '投影仪', '办公桌', '办公椅', '文件柜', '空调', '复印机', '电子白板'];
const CLASSES = ['A02000000', 'A02000000', 'A05000000', 'A05000000', 'A04000000', 'A07000000'];

/**
 * Registers `count` assets for one department in bulk: events come from the real decider (as on the
 * command path) and are appended in batches under the event store's advisory lock, like the city
 * benchmark. Then waits until the projector has applied them all.
 */
/** Registers `count` assets numbered from `first` (asset numbers are unique: a second call continues where the first stopped). */
export async function seedAssets(databaseUrl: string, departmentId: string, count: number, first = 0): Promise<void> {
  const decider = assetDecider(standardAssetDeps());
  const actor: Actor = { userId: 'seed', role: 'asset_manager', departmentId, displayName: 'seed' };
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    for (let from = first; from < first + count; from += 2000) {
      const rows: { stream: string; id: string; type: string; data: object; metadata: object }[] = [];
      for (let i = from; i < Math.min(first + count, from + 2000); i++) {
        const assetId = randomUUID();
        const commandId = randomUUID();
        const value = 50_000 + ((i * 7919) % 2_000_000);
        const result = decider.decide(
          {
            kind: 'RegisterAsset',
            actor,
            today: '2026-11-23',
            assetId,
            assetNo: `${departmentId}-SEED-${String(i).padStart(6, '0')}`,
            departmentId,
            card: {
              name: NAMES[i % NAMES.length],
              categoryCode: CLASSES[i % CLASSES.length],
              custodian: `使用人${i % 97}`,
              location: `${i % 5} 号楼 ${i % 12} 层`,
              acquiredOn: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`,
              originalValueFen: value,
              quantity: 1,
              unit: '台',
              condition: (['new', 'good', 'fair', 'poor'] as const)[i % 4],
              brand: null,
              specification: null,
              accumulatedDepreciationFen: Math.floor(value / 3),
              usage: null,
            },
          },
          { status: 'unregistered' },
        );
        if (!Array.isArray(result)) throw new Error(`seed asset ${i} refused: ${JSON.stringify(result)}`);
        const metadata = {
          actorId: actor.userId,
          actorRole: actor.role,
          departmentId,
          correlationId: commandId,
          causationId: commandId,
          occurredAt: new Date().toISOString(),
          commandId,
        };
        (result as AssetEvent[]).forEach((event, k) =>
          rows.push({ stream: `asset-${assetId}`, id: eventIdFor(commandId, k), type: event.type, data: event.data, metadata }),
        );
      }
      await sql.query('BEGIN');
      // Positions, transaction id and commit order come from the column defaults, as for any append.
      await sql.query(
        `INSERT INTO event_store.events (stream_id, stream_revision, event_id, event_type, data, metadata)
         SELECT s, r, i, t, d, m FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])
           WITH ORDINALITY AS u(s, r, i, t, d, m, n) ORDER BY n`,
        [
          rows.map((r) => r.stream),
          rows.map(() => '0'),
          rows.map((r) => r.id),
          rows.map((r) => r.type),
          rows.map((r) => JSON.stringify(r.data)),
          rows.map((r) => JSON.stringify(r.metadata)),
        ],
      );
      await sql.query(`INSERT INTO event_store.streams (stream_id, revision) SELECT s, 0 FROM unnest($1::text[]) AS s`, [
        rows.map((r) => r.stream),
      ]);
      await sql.query('COMMIT');
      await sql.query(`NOTIFY event_store_appended`).catch(() => undefined);
    }
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      const { rows } = await sql.query<{ lag: string }>(PROJECTION_LAG_SQL);
      if (Number(rows[0].lag) <= 0) return;
      if (Date.now() > deadline) throw new Error(`projection still ${rows[0].lag} events behind after seeding`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await sql.end();
  }
}
