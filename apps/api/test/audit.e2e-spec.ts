import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  leafEntryBytes,
  merkleOf,
  SignedTreeHead,
  verifyPackage,
  verifyTreeHead,
  verifyTreeHeadConsistency,
  writePackage,
} from '@app/audit';
import { AuditExportService } from '@app/read-models/audit-log/audit-export.service';
import { gmSuite, internationalSuite } from '@app/crypto';
import { assertLogSuite } from '@app/read-models/audit-log/log-suite';
import { DataSource } from 'typeorm';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { tempFolders } from '@test/support/temp-folders';
import { TreeHeadScheduler } from '../src/audit/tree-head.scheduler';

const VERIFIER = join(__dirname, '..', '..', '..', 'dist', 'apps', 'audit-verifier', 'src', 'main.js');
const DAY = 86400_000;

/** The whole audit flow under each cryptographic suite: SHA-256 + Ed25519, and 国密 SM3 + SM2. */
describe.each([internationalSuite, gmSuite])('auditor: history, as-of, proofs, tamper evidence ($id suite)', (suite) => {
  const { inclusionProof, leafHash, rootOf, verifyInclusion } = merkleOf(suite);
  const saved = { suite: process.env.CRYPTO_SUITE, key: process.env.AUDIT_SIGNING_KEY };
  let sys: TestSystem;
  const token: Record<string, string> = {};
  let assetId: string;
  let asOf: string;
  let correctionEventId: string;

  beforeAll(async () => {
    process.env.CRYPTO_SUITE = suite.id;
    process.env.AUDIT_SIGNING_KEY = suite.generateSigningKey();
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'auditor', 'fin-approver']) token[user] = await sys.tokenFor(user);
    // A scripted history: registered, moved; later (after the as-of instant) the value is corrected.
    const reg = await post('/api/assets', 'mgr-sch1', {
      assetNo: 'AUD-1',
      departmentId: 'D-SCH1',
      name: '钢琴',
      categoryCode: 'A05000000',
      custodian: '音乐组',
      location: '艺术楼',
      acquiredOn: '2020-09-01',
      originalValueFen: 1000000,
      accumulatedDepreciationFen: 200000,
      quantity: 1,
      unit: '架',
      condition: 'good',
    }).expect(201);
    assetId = reg.body.assetId;
    clock.travel(DAY);
    await post(`/api/assets/${assetId}/relocations`, 'mgr-sch1', { location: '礼堂', reason: '演出需要' }).expect(200);
    asOf = new Date(clock.now().getTime() + 60_000).toISOString();
    clock.travel(DAY);
    await post(`/api/assets/${assetId}/corrections`, 'mgr-sch1', { originalValueFen: 1200000, reason: '按原始发票更正原值' }).expect(200);
    await post('/api/assets', 'mgr-sch1', {
      assetNo: 'AUD-2',
      departmentId: 'D-SCH1',
      name: '电子琴',
      categoryCode: 'A05000000',
      custodian: '音乐组',
      location: '艺术楼',
      acquiredOn: '2024-01-01',
      originalValueFen: 300000,
      quantity: 1,
      unit: '台',
      condition: 'new',
    }).expect(201);
    await sys.projected();
    const [row] = await sys.query<{ event_id: string }>(
      `SELECT event_id FROM event_store.events WHERE event_type = 'asset.corrected.v1' AND stream_id = $1`,
      [`asset-${assetId}`],
    );
    correctionEventId = row.event_id;
  });
  const folders = tempFolders();
  afterAll(async () => {
    folders.removeAll();
    clock.reset();
    await sys.close();
    process.env.CRYPTO_SUITE = saved.suite;
    process.env.AUDIT_SIGNING_KEY = saved.key;
    if (saved.suite === undefined) delete process.env.CRYPTO_SUITE;
    if (saved.key === undefined) delete process.env.AUDIT_SIGNING_KEY;
  });

  function post(path: string, who: string, body: object = {}) {
    return sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  }
  const get = (path: string, who = 'auditor') => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);

  it('shows the ordered history of an asset with who, when, why, and filters it', async () => {
    const all = (await get(`/api/audit/timeline?assetId=${assetId}`).expect(200)).body;
    expect(all.items.map((e: { type: string }) => e.type)).toEqual(['asset.registered.v1', 'asset.relocated.v1', 'asset.corrected.v1']);
    expect(all.items[2]).toMatchObject({
      actorId: 'mgr-sch1',
      actorRole: 'asset_manager',
      reason: '按原始发票更正原值',
      departmentIds: ['D-SCH1'],
    });
    expect(all.items[2].correlationId).toBeDefined();
    const corrections = (await get(`/api/audit/timeline?assetId=${assetId}&type=asset.corrected.v1`).expect(200)).body.items;
    expect(corrections).toHaveLength(1);
    const beforeAsOf = (await get(`/api/audit/timeline?assetId=${assetId}&to=${encodeURIComponent(asOf)}`).expect(200)).body.items;
    expect(beforeAsOf.map((e: { type: string }) => e.type)).toEqual(['asset.registered.v1', 'asset.relocated.v1']);
    const page1 = (await get(`/api/audit/timeline?departmentId=D-SCH1&limit=2`).expect(200)).body;
    const page2 = (await get(`/api/audit/timeline?departmentId=D-SCH1&limit=2&after=${page1.nextAfter}`).expect(200)).body;
    expect(page1.items).toHaveLength(2);
    expect(page2.items[0].leafIndex).toBeGreaterThan(page1.items[1].leafIndex);
    expect((await get('/api/audit/timeline?actorId=nobody').expect(200)).body.items).toEqual([]);
    await get('/api/audit/timeline?type=DROP TABLE').expect(400);
  });

  it('answers "as of" from the events: the original view ignores later corrections, the corrected view applies them', async () => {
    const original = (await get(`/api/audit/assets/${assetId}/as-of?at=${encodeURIComponent(asOf)}`).expect(200)).body;
    expect(original).toMatchObject({ view: 'original', state: { originalValueFen: 1000000, location: '礼堂' } });
    expect(original.correctionsRecordedLater).toHaveLength(1);
    const corrected = (await get(`/api/audit/assets/${assetId}/as-of?at=${encodeURIComponent(asOf)}&view=corrected`).expect(200)).body;
    expect(corrected).toMatchObject({ view: 'corrected', state: { originalValueFen: 1200000, location: '礼堂' } });
    const before = (await get(`/api/audit/assets/${assetId}/as-of?at=2000-01-01T00:00:00Z`).expect(200)).body;
    expect(before.state).toEqual({ status: 'unregistered' });

    const register = (await get(`/api/audit/departments/D-SCH1/register?at=${encodeURIComponent(asOf)}`).expect(200)).body;
    expect(register.lines).toEqual([
      { classCode: 'A05000000', className: '家具和用具', count: 1, originalValueFen: 1000000, netBookValueFen: 800000 },
    ]);
    const correctedRegister = (
      await get(`/api/audit/departments/D-SCH1/register?at=${encodeURIComponent(asOf)}&view=corrected`).expect(200)
    ).body;
    expect(correctedRegister.total).toEqual({ count: 1, originalValueFen: 1200000, netBookValueFen: 1000000 });
    const now = (await get(`/api/audit/departments/D-SCH1/register?at=${encodeURIComponent(clock.now().toISOString())}`).expect(200)).body;
    expect(now.total).toEqual({ count: 2, originalValueFen: 1500000, netBookValueFen: 1300000 });
    await get(`/api/audit/assets/${assetId}/as-of?at=yesterday`).expect(400);
  });

  it('signs tree heads and proves inclusion and consistency; forged proofs fail', async () => {
    const key = (await get('/api/audit/public-key').expect(200)).body.publicKeyPem as string;
    const first = (await post('/api/audit/tree-heads', 'auditor').expect(201)).body as SignedTreeHead;
    expect(first.suite).toBe(suite.id);
    expect(verifyTreeHead(first, key)).toBe(true);
    // The suite is part of what was signed: the same head passed off as the other suite's does not verify.
    expect(verifyTreeHead({ ...first, suite: suite.id === 'gm' ? 'international' : 'gm' }, key)).toBe(false);
    expect(verifyTreeHead({ ...first, treeSize: first.treeSize + 1 }, key)).toBe(false);

    const proof = (await get(`/api/audit/proofs/inclusion?eventId=${correctionEventId}`).expect(200)).body;
    expect(proof.treeHead.treeSize).toBe(first.treeSize);
    const [event] = await sys.query<{ stream_id: string; stream_revision: string; event_type: string; data: object; metadata: object }>(
      'SELECT stream_id, stream_revision, event_type, data, metadata FROM event_store.events WHERE event_id = $1',
      [correctionEventId],
    );
    const leaf = leafHash(
      leafEntryBytes({
        streamId: event.stream_id,
        revision: event.stream_revision,
        eventId: correctionEventId,
        type: event.event_type,
        data: event.data,
        metadata: event.metadata,
      }),
    );
    expect(leaf.toString('hex')).toBe(proof.leafHash);
    const path = proof.proof.map((h: string) => Buffer.from(h, 'hex'));
    expect(verifyInclusion(leaf, proof.leafIndex, first.treeSize, path, Buffer.from(first.rootHash, 'hex'))).toBe(true);
    const forged = [...path];
    forged[0] = leafHash(Buffer.from('forged'));
    expect(verifyInclusion(leaf, proof.leafIndex, first.treeSize, forged, Buffer.from(first.rootHash, 'hex'))).toBe(false);

    await post(`/api/assets/${assetId}/relocations`, 'mgr-sch1', { location: '艺术楼' }).expect(200);
    await sys.projected();
    const second = (await post('/api/audit/tree-heads', 'auditor').expect(201)).body as SignedTreeHead;
    expect(second.treeSize).toBeGreaterThan(first.treeSize);
    const consistency = (await get(`/api/audit/proofs/consistency?from=${first.treeSize}&to=${second.treeSize}`).expect(200)).body;
    expect(verifyTreeHeadConsistency(first, second, consistency.proof, key).ok).toBe(true);
    const rewritten = { ...first, rootHash: rootOf([leafHash(Buffer.from('other history'))]).toString('hex') };
    expect(verifyTreeHeadConsistency(rewritten, second, consistency.proof, key).ok).toBe(false);
    await get('/api/audit/proofs/consistency?from=5&to=3').expect(404);
    expect(inclusionProof([leaf], 0)).toEqual([]);
  });

  it('exports a package that the standalone verifier accepts, and rejects once an event is edited', async () => {
    if (!existsSync(VERIFIER)) throw new Error(`${VERIFIER} is missing: build first (npm test runs npm run build)`);
    const from = new Date(clock.now().getTime() - 10 * DAY).toISOString();
    const pkg = (
      await get(
        `/api/audit/export?departmentId=D-SCH1&from=${encodeURIComponent(from)}&to=${encodeURIComponent(clock.now().toISOString())}`,
      ).expect(200)
    ).body;
    expect(pkg.manifest.eventCount).toBe(pkg.events.length);
    expect(pkg.manifest.suite).toBe(suite.id);
    expect(pkg.events.length).toBeGreaterThanOrEqual(4);
    // Written page by page: pages of three events give the same package as one page (same events, proofs, order).
    const chunks: string[] = [];
    const exporter = sys.app.get(AuditExportService);
    await exporter.write('D-SCH1', new Date(from), clock.now(), clock.now(), (c) => Promise.resolve(void chunks.push(c)), 3);
    const paged = JSON.parse(chunks.join(''));
    expect(chunks.length).toBeGreaterThan(6);
    expect(paged.events).toEqual(pkg.events);
    expect(paged.proofs.map((p: { eventId: string; leafIndex: number }) => [p.eventId, p.leafIndex])).toEqual(
      pkg.proofs.map((p: { eventId: string; leafIndex: number }) => [p.eventId, p.leafIndex]),
    );
    expect(verifyPackage(paged, (await get('/api/audit/public-key').expect(200)).body.publicKeyPem)).toMatchObject({ ok: true });
    const dir = folders.make('audit-package-');
    writePackage(pkg, dir);
    const trusted = join(dir, 'trusted.pem');
    writeFileSync(trusted, (await get('/api/audit/public-key').expect(200)).body.publicKeyPem);
    const ok = spawnSync(process.execPath, [VERIFIER, 'package', dir, '--key', trusted], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`OK: ${pkg.events.length} events verified`);

    // A forged proof (one sibling hash changed) is rejected, naming its event.
    const proofs = readFileSync(join(dir, 'proofs.jsonl'), 'utf8').trim().split('\n');
    const forged = JSON.parse(proofs[0]);
    forged.path[0] = '00'.repeat(32);
    writeFileSync(join(dir, 'proofs.jsonl'), [JSON.stringify(forged), ...proofs.slice(1)].join('\n') + '\n');
    const forgedRun = spawnSync(process.execPath, [VERIFIER, 'package', dir, '--key', trusted], { encoding: 'utf8' });
    expect(forgedRun.status).toBe(1);
    expect(forgedRun.stdout).toContain(`FAILED: event ${forged.eventId}`);
    writeFileSync(join(dir, 'proofs.jsonl'), proofs.join('\n') + '\n');

    const lines = readFileSync(join(dir, 'events.jsonl'), 'utf8').trim().split('\n');
    const edited = JSON.parse(lines[1]);
    edited.data = { ...edited.data, originalValueFen: 1 };
    lines[1] = JSON.stringify(edited);
    writeFileSync(join(dir, 'events.jsonl'), lines.join('\n') + '\n');
    const bad = spawnSync(process.execPath, [VERIFIER, 'package', dir, '--key', trusted], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`FAILED: event ${edited.eventId}`);
    // The single JSON file the export page downloads verifies the same way, and fails the same way once edited.
    const file = join(dir, 'audit-package.json');
    writeFileSync(file, JSON.stringify(pkg, null, 2));
    const fromFile = spawnSync(process.execPath, [VERIFIER, 'package', file, '--key', trusted], { encoding: 'utf8' });
    expect(fromFile.stdout).toContain(`OK: ${pkg.events.length} events verified`);
    expect(fromFile.status).toBe(0);
    writeFileSync(file, JSON.stringify({ ...pkg, events: pkg.events.map((e: { eventId: string }, i: number) => (i === 1 ? edited : e)) }));
    const editedFile = spawnSync(process.execPath, [VERIFIER, 'package', file, '--key', trusted], { encoding: 'utf8' });
    expect(editedFile.status).toBe(1);
    expect(editedFile.stdout).toContain(`FAILED: event ${edited.eventId}`);
    writeFileSync(file, JSON.stringify({ manifest: pkg.manifest }));
    const partial = spawnSync(process.execPath, [VERIFIER, 'package', file, '--key', trusted], { encoding: 'utf8' });
    expect(partial.status).toBe(1);
    expect(partial.stdout).toContain('is not an audit package: no treeHead, events, proofs');
    const stranger = join(dir, 'stranger.pem');
    writeFileSync(stranger, suite.publicKeyOf(suite.generateSigningKey()));
    expect(spawnSync(process.execPath, [VERIFIER, 'package', dir, '--key', stranger], { encoding: 'utf8' }).stdout).toContain(
      'not signed by the trusted key',
    );
  });

  it('refuses to serve the log under the other suite, naming both', async () => {
    const other = suite.id === 'gm' ? internationalSuite : gmSuite;
    const db = sys.app.get(DataSource);
    await expect(assertLogSuite(db, other)).rejects.toThrow(
      `CRYPTO_SUITE=${other.id}, but the audit log is hashed and signed with the ${suite.id} suite`,
    );
    await expect(assertLogSuite(db, suite)).resolves.toBeUndefined();
  });

  it('signs tree heads periodically when the log has grown', async () => {
    const scheduler = sys.app.get(TreeHeadScheduler);
    await post(`/api/assets/${assetId}/relocations`, 'mgr-sch1', { location: '琴房' }).expect(200);
    await sys.projected();
    const size = await scheduler.tick();
    expect(size).toBeGreaterThan(0);
    expect(await scheduler.tick()).toBeNull();
    const heads = (await get('/api/audit/tree-heads').expect(200)).body as SignedTreeHead[];
    expect(heads.at(-1)?.treeSize).toBe(size);
  });

  it('records every auditor read, and lets nobody else in', async () => {
    const before = await sys.query<{ n: string }>(`SELECT count(*) AS n FROM event_store.events WHERE stream_id = 'auditor-auditor'`);
    await get(`/api/audit/timeline?assetId=${assetId}`).expect(200);
    const after = await sys.query<{ n: string; data: object }>(
      `SELECT count(*) AS n FROM event_store.events WHERE stream_id = 'auditor-auditor'`,
    );
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
    await get('/api/audit/timeline', 'mgr-sch1').expect(403);
    await get('/api/audit/verification', 'fin-approver').expect(403);
  });

  it('finds history intact, then names the first event edited or deleted in the store', async () => {
    await sys.projected();
    const intact = (await get('/api/audit/verification').expect(200)).body;
    expect(intact).toMatchObject({ ok: true, firstProblem: null });
    expect(intact.eventsChecked).toBeGreaterThan(5);

    // A stored subtree hash (what heads and proofs are read from) altered is named by the leaves it covers, then put back.
    const node = `FROM audit_log_nodes WHERE epoch = 0 AND level = 1 AND node_index = 1`;
    const [kept] = await sys.query<{ hash: Buffer }>(`SELECT hash ${node}`);
    await sys.query(`UPDATE audit_log_nodes SET hash = sha256(hash) WHERE epoch = 0 AND level = 1 AND node_index = 1`);
    const subtree = (await get('/api/audit/verification').expect(200)).body;
    expect(subtree).toMatchObject({ ok: false, firstProblem: { kind: 'subtree_mismatch', leafIndex: 2 } });
    await sys.query(`UPDATE audit_log_nodes SET hash = $1 WHERE epoch = 0 AND level = 1 AND node_index = 1`, [kept.hash]);
    expect((await get('/api/audit/verification').expect(200)).body).toMatchObject({ ok: true });

    await sys.query(`UPDATE event_store.events SET data = jsonb_set(data, '{corrected,originalValueFen}', '1') WHERE event_id = $1`, [
      correctionEventId,
    ]);
    const altered = (await get('/api/audit/verification').expect(200)).body;
    expect(altered).toMatchObject({
      ok: false,
      firstProblem: { kind: 'altered', eventId: correctionEventId, streamId: `asset-${assetId}` },
    });

    const [victim] = await sys.query<{ event_id: string; global_position: string }>(
      `SELECT event_id, global_position FROM event_store.events WHERE stream_id = $1 AND stream_revision = 0`,
      [`asset-${assetId}`],
    );
    await sys.query('DELETE FROM event_store.events WHERE event_id = $1', [victim.event_id]);
    const deleted = (await get('/api/audit/verification').expect(200)).body;
    expect(deleted).toMatchObject({ ok: false, firstProblem: { kind: 'missing', eventId: victim.event_id } });
  });
});
