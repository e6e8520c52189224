/**
 * The city history the benchmarks replay: every event comes from the same pure deciders the command
 * handlers use, folded in memory per asset, then appended in large batches. Positions, transaction id and
 * commit order come from the column defaults, as for any append (the events table's trigger takes the
 * append lock, since the events are the first thing each batch writes). Deterministic: the same size gives the same city.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AssetCommand } from '@app/assets/domain/asset.commands';
import { assetDecider, standardAssetDeps } from '@app/assets/domain/asset.decider';
import { AssetEvent } from '@app/assets/domain/asset.events';
import { AssetState } from '@app/assets/domain/asset.state';
import { eventIdFor } from '@app/event-store';
import {
  Actor,
  creditCodeCheckChar,
  decideOrg,
  demoOrganisationCommands,
  DomainError,
  evolveOrg,
  initialOrgState,
  ORG_STREAM_ID,
} from '@app/shared';
import { OrgCommand, SYSTEM_ACTOR } from '@app/shared';

export const DEPARTMENTS = 200;
const BATCH = 5000;
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
  '扫描仪',
  '服务器',
  '交换机',
  '监控摄像机',
  '电子白板',
  '课桌椅',
  '钢琴',
  '显微镜',
  '救护车',
  '公务用车',
  '图书',
  '档案柜',
  '沙发',
  '冰箱',
  '洗衣机',
];
const BRANDS = ['联想', '华为', '惠普', '戴尔', '海尔', '格力', '美的', '得力', '震旦', '佳能', null];
const CLASSES = ['A010000', 'A020000', 'A030000', 'A040000', 'A050000', 'A060000', 'A070000'];
const CLASS_WEIGHTS = [1, 55, 1, 8, 30, 1, 4];

export const dept = (i: number) => `D-C${String(i + 1).padStart(3, '0')}`;
export const DISTRICTS = 5;
/** The city's district of department i (R-C1 … R-C5), 40 departments each. */
export const districtOf = (i: number) => `R-C${1 + Math.floor((i * DISTRICTS) / DEPARTMENTS)}`;
/** The city's audit bureau sits directly under the city: its auditors cover every unit. */
export const CITY_AUDIT = 'D-CAUDIT';
export const CITY_FINANCE = 'D-CFINANCE';
const manager = (d: string): Actor => ({ userId: `mgr-${d}`, role: 'asset_manager', departmentId: d, displayName: d });
function pickClass(r: number): string {
  const total = CLASS_WEIGHTS.reduce((a, b) => a + b, 0);
  let x = r * total;
  for (let i = 0; i < CLASSES.length; i++) if ((x -= CLASS_WEIGHTS[i]) < 0) return CLASSES[i];
  return CLASSES[1];
}
// Deterministic pseudo-random numbers, so every run builds the same city.
let seed = 20261123;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

interface Pending {
  streamId: string;
  revision: bigint;
  id: string;
  type: string;
  data: object;
  metadata: object;
}

class BulkWriter {
  private buffer: Pending[] = [];
  written = 0;
  constructor(private readonly client: Client) {}

  add(event: Pending): Promise<void> | undefined {
    this.buffer.push(event);
    return this.buffer.length >= BATCH ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    await this.client.query('BEGIN');
    await this.client.query(
      `INSERT INTO event_store.events (stream_id, stream_revision, event_id, event_type, data, metadata)
       SELECT s, r, i, t, d, m FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])
           WITH ORDINALITY AS u(s, r, i, t, d, m, n) ORDER BY n`,
      [
        batch.map((e) => e.streamId),
        batch.map((e) => e.revision.toString()),
        batch.map((e) => e.id),
        batch.map((e) => e.type),
        batch.map((e) => JSON.stringify(e.data)),
        batch.map((e) => JSON.stringify(e.metadata)),
      ],
    );
    const last = new Map<string, bigint>();
    for (const e of batch) last.set(e.streamId, e.revision);
    await this.client.query(
      `INSERT INTO event_store.streams (stream_id, revision) SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision`,
      [[...last.keys()], [...last.values()].map(String)],
    );
    await this.client.query('COMMIT');
    this.written += batch.length;
  }
}

function cityCreditCode(serial: number): string {
  const first17 = `12110100${String(serial).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/**
 * The organisation tree as an administrator builds it, decided by the org decider on the `org-tree`
 * stream: the demo tree (as ORG_SEED_DEMO seeds it), then the city's districts, their departments and
 * a city-level audit bureau and finance bureau, all created before the first asset (2024-12-01).
 */
function organisationCommands(): OrgCommand[] {
  const now = '2024-12-01T00:00:00.000Z';
  const unit = (unitId: string, name: string, parentId: string, level: 'district' | 'department', serial: number, financeBureau = false) =>
    ({
      kind: 'CreateUnit',
      actor: SYSTEM_ACTOR,
      now,
      unitId,
      name,
      parentId,
      level,
      unitType: '机关',
      creditCode: cityCreditCode(serial),
      financeBureau,
    }) as const;
  const commands: OrgCommand[] = [...demoOrganisationCommands('2020-01-01T00:00:00.000Z')];
  commands.push(unit(CITY_AUDIT, '市审计局', 'C-DEMO', 'department', 1), unit(CITY_FINANCE, '市财政局', 'C-DEMO', 'department', 2, true));
  for (let r = 1; r <= DISTRICTS; r++) commands.push(unit(`R-C${r}`, `第${r}区`, 'C-DEMO', 'district', 10 + r));
  for (let i = 0; i < DEPARTMENTS; i++)
    commands.push(unit(dept(i), `${districtOf(i).slice(2)}区第${i + 1}单位`, districtOf(i), 'department', 100 + i));
  return commands;
}

/** Writes a city of `assets` assets into the store at `url`. */
export async function generateCity(url: string, assets: number): Promise<{ events: number; seconds: number }> {
  seed = 20261123;
  const client = new Client({ connectionString: url });
  await client.connect();
  const writer = new BulkWriter(client);
  const decider = assetDecider(standardAssetDeps());
  const states: AssetState[] = new Array(assets);
  const revisions = new Int32Array(assets).fill(-1);
  const started = process.hrtime.bigint();
  const baseTime = Date.parse('2025-01-01T00:00:00Z');
  const assetId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

  // 0. The organisation tree, so that the people of the city's units (and its auditors) have a scope.
  let org = initialOrgState();
  let orgRevision = -1;
  for (const command of organisationCommands()) {
    const events = decideOrg(command, org);
    if (events instanceof DomainError) throw events;
    const commandId = randomUUID();
    const metadata = {
      actorId: 'system',
      actorRole: 'system',
      departmentId: null,
      correlationId: commandId,
      causationId: commandId,
      occurredAt: command.now,
      commandId,
    };
    for (const [k, event] of events.entries()) {
      org = evolveOrg(org, event);
      await writer.add({
        streamId: ORG_STREAM_ID,
        revision: BigInt(++orgRevision),
        id: eventIdFor(commandId, k),
        type: event.type,
        data: event.data,
        metadata,
      });
    }
  }

  const decide = async (i: number, command: AssetCommand, at: number) => {
    const commandId = randomUUID();
    const result = decider.decide(command, states[i] ?? { status: 'unregistered' });
    if (!Array.isArray(result)) return; // a refused command writes nothing, as on the command path
    const metadata = {
      actorId: command.actor.userId,
      actorRole: command.actor.role,
      departmentId: command.actor.departmentId,
      correlationId: commandId,
      causationId: commandId,
      occurredAt: new Date(at).toISOString(),
      commandId,
    };
    for (const [k, event] of (result as AssetEvent[]).entries()) {
      states[i] = decider.evolve(states[i] ?? { status: 'unregistered' }, event);
      revisions[i] += 1;
      await writer.add({
        streamId: `asset-${assetId(i)}`,
        revision: BigInt(revisions[i]),
        id: eventIdFor(commandId, k),
        type: event.type,
        data: event.data,
        metadata,
      });
    }
  };

  // 1. The ledger: every department registers its assets over 2025.
  for (let i = 0; i < assets; i++) {
    const d = dept(i % DEPARTMENTS);
    const value = Math.floor(rand() * 2_000_000) + 5000;
    await decide(
      i,
      {
        kind: 'RegisterAsset',
        actor: manager(d),
        today: '2026-11-23',
        assetId: assetId(i),
        assetNo: `${d}-${i}`,
        departmentId: d,
        card: {
          name: NAMES[Math.floor(rand() * NAMES.length)],
          categoryCode: pickClass(rand()),
          custodian: `使用人${i % 997}`,
          location: `${d}楼${i % 12}层`,
          acquiredOn: `20${10 + Math.floor(rand() * 15)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
          originalValueFen: value,
          quantity: 1,
          unit: '台',
          condition: (['new', 'good', 'fair', 'poor'] as const)[Math.floor(rand() * 4)],
          brand: BRANDS[Math.floor(rand() * BRANDS.length)],
          specification: null,
          accumulatedDepreciationFen: Math.floor(value * rand() * 0.8),
          usage: null,
        },
      },
      baseTime + Math.floor((i / assets) * 300 * 86400_000),
    );
  }
  // 2. Everyday changes: relocations (60%) and corrections (30%).
  for (let i = 0; i < assets; i++) {
    const d = dept(i % DEPARTMENTS);
    const at = baseTime + 300 * 86400_000 + Math.floor((i / assets) * 30 * 86400_000);
    if (rand() < 0.6)
      await decide(
        i,
        { kind: 'RelocateAsset', actor: manager(d), assetId: assetId(i), location: `${d}仓库`, custodian: null, reason: '调整' },
        at,
      );
    if (rand() < 0.3)
      await decide(
        i,
        {
          kind: 'CorrectAsset',
          actor: manager(d),
          today: '2026-11-23',
          assetId: assetId(i),
          changes: { originalValueFen: 10000 + (i % 50000) },
          reason: '按发票更正',
        },
        at + 1000,
      );
  }
  // 3. The warehouse: 5% listed; a fifth of those transferred through the whole approval chain.
  const listedAt = baseTime + 340 * 86400_000;
  const fin: Actor = { userId: 'fin', role: 'finance_approver', departmentId: 'D-FINANCE', displayName: '财政' };
  for (let i = 0; i < assets; i += 20) {
    const d = dept(i % DEPARTMENTS);
    const now = new Date(listedAt + i).toISOString();
    await decide(
      i,
      {
        kind: 'ListAsset',
        actor: manager(d),
        assetId: assetId(i),
        now,
        listingId: randomUUID(),
        description: '闲置可调剂',
        condition: 'good',
        photos: [],
        pickupLocation: `${d}门卫`,
        claimMode: 'manager_picks',
        internalUntil: null,
        advertiseUntil: '2027-12-31T00:00:00.000Z',
      },
      listedAt + i,
    );
    if ((i / 20) % 5 !== 0) continue;
    const to = dept((i + 7) % DEPARTMENTS);
    const claimId = randomUUID();
    const transferId = randomUUID();
    const at = listedAt + 86400_000 + i;
    await decide(
      i,
      {
        kind: 'ClaimAsset',
        actor: { ...manager(to), role: 'department_staff' },
        assetId: assetId(i),
        now,
        claimId,
        transferId,
        justification: '需要',
      },
      at,
    );
    await decide(i, { kind: 'SelectClaim', actor: manager(d), assetId: assetId(i), now, claimId, transferId }, at + 1);
    await decide(
      i,
      { kind: 'DecideTransferStep', actor: manager(d), assetId: assetId(i), now, transferId, approve: true, comment: null },
      at + 2,
    );
    await decide(i, { kind: 'DecideTransferStep', actor: fin, assetId: assetId(i), now, transferId, approve: true, comment: null }, at + 3);
    await decide(i, { kind: 'ConfirmHandover', actor: manager(d), assetId: assetId(i), now, transferId, receivedAs: null }, at + 4);
    const receivedAs = { custodian: `接收人${i % 100}`, location: `接收单位库房${i % 10}` };
    await decide(i, { kind: 'ConfirmHandover', actor: manager(to), assetId: assetId(i), now, transferId, receivedAs }, at + 5);
  }
  await writer.flush();
  await client.end();
  return { events: writer.written, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
