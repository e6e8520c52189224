import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { EpochStatement, leafEntryBytes, merkleOf, verifyEpochStatement, verifyPackage, verifyTreeHead } from '@app/audit';
import { AuditExportService } from '@app/read-models/audit-log/audit-export.service';
import { gmSuite, internationalSuite } from '@app/crypto';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { MerkleLogService } from '@app/read-models/audit-log/merkle-log.service';
import { assertLogSuite } from '@app/read-models/audit-log/log-suite';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { tempFolders } from '@test/support/temp-folders';

const VERIFIER = join(__dirname, '..', '..', '..', 'dist', 'apps', 'audit-verifier', 'src', 'main.js');

/** A deployment on the international suite moves to 国密: history before and after stays verifiable end to end. */
describe('audit log epochs: switching the cryptographic suite of a running log', () => {
  const saved = { suite: process.env.CRYPTO_SUITE, key: process.env.AUDIT_SIGNING_KEY };
  const oldKey = internationalSuite.generateSigningKey();
  const newKey = gmSuite.generateSigningKey();
  const oldPublic = internationalSuite.publicKeyOf(oldKey);
  const newPublic = gmSuite.publicKeyOf(newKey);
  let sys: TestSystem;
  let mgr: string;
  let db: DataSource;

  beforeAll(async () => {
    process.env.CRYPTO_SUITE = 'international';
    process.env.AUDIT_SIGNING_KEY = oldKey;
    sys = await startTestSystem();
    mgr = await sys.tokenFor('mgr-sch1');
    db = sys.app.get(DataSource);
  });
  const folders = tempFolders();
  afterAll(async () => {
    folders.removeAll();
    clock.reset();
    await sys?.close();
    process.env.CRYPTO_SUITE = saved.suite;
    process.env.AUDIT_SIGNING_KEY = saved.key;
    if (saved.suite === undefined) delete process.env.CRYPTO_SUITE;
    if (saved.key === undefined) delete process.env.AUDIT_SIGNING_KEY;
  });

  const register = async (assetNo: string) =>
    (
      await sys
        .http()
        .post('/api/assets')
        .set('authorization', `Bearer ${mgr}`)
        .send({
          assetNo,
          departmentId: 'D-SCH1',
          name: '钢琴',
          categoryCode: 'A05000000',
          custodian: '音乐组',
          location: '艺术楼',
          acquiredOn: '2020-09-01',
          originalValueFen: 1000000,
          quantity: 1,
          unit: '架',
          condition: 'good',
        })
        .expect(201)
    ).body.assetId as string;
  const eventOf = async (assetId: string) =>
    (await sys.query<{ event_id: string }>('SELECT event_id FROM event_store.events WHERE stream_id = $1', [`asset-${assetId}`]))[0]
      .event_id;

  it('binds the old suite’s last head to the new one’s first, hashes new leaves with SM3, and verifies across the switch', async () => {
    // The first package below covers the two cards alone: the unit's accounts and its manager's sign-in (events of the unit too) come a minute earlier.
    clock.travel(60_000);
    const start = clock.now().toISOString();
    const before = await register('EPOCH-1');
    await register('EPOCH-2');
    await sys.projected();
    const running = sys.app.get(MerkleLogService);
    const early = await running.issueTreeHead(clock.now());
    expect(early).toMatchObject({ suite: 'international', epoch: 0 });

    // The operator opens epoch 1 with the running (international) settings and the new SM2 key, a day later.
    clock.travel(86400_000);
    const switchedAt = clock.now().toISOString();
    const statement: EpochStatement = await running.openEpoch({ suite: gmSuite, privateKeyPem: newKey }, clock.now());
    expect(statement.previous).toMatchObject({ epoch: 0, suite: 'international', firstLeaf: 0 });
    expect(statement.next).toMatchObject({ epoch: 1, suite: 'gm', firstLeaf: statement.previous.head.treeSize });
    expect(verifyEpochStatement(statement, { previous: oldPublic, next: newPublic })).toEqual({ ok: true, problem: null });
    expect(verifyEpochStatement(statement, { previous: newPublic, next: oldPublic }).ok).toBe(false);
    const forged = { ...statement, previous: { ...statement.previous, head: { ...statement.previous.head, treeSize: 1 } } };
    expect(verifyEpochStatement(forged).ok).toBe(false);

    // Offline, with both trusted keys.
    const dir = folders.make('epoch-');
    writeFileSync(join(dir, 'statement.json'), JSON.stringify(statement));
    writeFileSync(join(dir, 'old.pem'), oldPublic);
    writeFileSync(join(dir, 'new.pem'), newPublic);
    const offline = spawnSync(
      process.execPath,
      [VERIFIER, 'epoch', join(dir, 'statement.json'), '--key', join(dir, 'old.pem'), '--next-key', join(dir, 'new.pem')],
      { encoding: 'utf8' },
    );
    expect(offline.stdout).toContain('OK: the new epoch continues the old one, signed by both keys');
    const swapped = spawnSync(
      process.execPath,
      [VERIFIER, 'epoch', join(dir, 'statement.json'), '--key', join(dir, 'new.pem'), '--next-key', join(dir, 'old.pem')],
      { encoding: 'utf8' },
    );
    expect(swapped.status).toBe(1);

    // New events land in epoch 1, hashed with SM3; the process still on the old settings may not sign.
    clock.travel(86400_000);
    const after = await register('EPOCH-3');
    await sys.projected();
    const [row] = await sys.query<{
      leaf_hash: Buffer;
      stream_revision: string;
      event_type: string;
      data: object;
      metadata: object;
      event_id: string;
    }>(
      `SELECT a.leaf_hash, a.stream_revision, a.event_type, e.data, e.metadata, a.event_id
         FROM audit_log a JOIN event_store.events e ON e.event_id = a.event_id WHERE a.stream_id = $1`,
      [`asset-${after}`],
    );
    const entry = leafEntryBytes({
      streamId: `asset-${after}`,
      revision: row.stream_revision,
      eventId: row.event_id,
      type: row.event_type,
      data: row.data,
      metadata: row.metadata,
    });
    expect(row.leaf_hash.equals(merkleOf(gmSuite).leafHash(entry))).toBe(true);
    const refused = await sys
      .http()
      .post('/api/audit/tree-heads')
      .set('authorization', `Bearer ${await sys.tokenFor('auditor')}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('LOG_EPOCH_SUITE');
    await expect(assertLogSuite(db, internationalSuite)).rejects.toThrow('the audit log is hashed and signed with the gm suite');

    // Restarted with CRYPTO_SUITE=gm and the SM2 key: signs epoch 1, proves both sides, and the whole history verifies.
    const restarted = new MerkleLogService(db, sys.app.get<EventStore>(EVENT_STORE), { AUDIT_SIGNING_KEY: newKey }, gmSuite);
    await restarted.onModuleInit();
    const late = await restarted.issueTreeHead(clock.now());
    expect(late).toMatchObject({ suite: 'gm', epoch: 1 });
    expect(verifyTreeHead(late, newPublic)).toBe(true);
    const oldProof = await restarted.inclusion(await eventOf(before));
    expect(oldProof).toMatchObject({ epoch: 0, treeHead: { suite: 'international' } });
    const newProof = await restarted.inclusion(await eventOf(after));
    expect(newProof).toMatchObject({ epoch: 1, treeHead: { suite: 'gm' } });
    for (const [proof, suite, key] of [
      [oldProof, internationalSuite, oldPublic],
      [newProof, gmSuite, newPublic],
    ] as const) {
      const merkle = merkleOf(suite);
      const path = proof!.proof.map((h) => Buffer.from(h, 'hex'));
      expect(verifyTreeHead(proof!.treeHead, key)).toBe(true);
      expect(
        merkle.verifyInclusion(
          Buffer.from(proof!.leafHash, 'hex'),
          proof!.leafIndex,
          proof!.treeHead.treeSize,
          path,
          Buffer.from(proof!.treeHead.rootHash, 'hex'),
        ),
      ).toBe(true);
    }
    // Packages: one per side of the switch; a period across it is refused, naming when it was.
    const exporter = sys.app.get(AuditExportService);
    const oldSide = await exporter.build('D-SCH1', new Date(start), new Date(switchedAt), clock.now());
    expect(oldSide.manifest).toMatchObject({ suite: 'international', eventCount: 2 });
    expect(verifyPackage(oldSide, oldPublic)).toMatchObject({ ok: true, eventsVerified: 2 });
    await expect(exporter.build('D-SCH1', new Date(start), clock.now(), clock.now())).rejects.toMatchObject({
      response: { code: 'PACKAGE_SPANS_EPOCHS' },
    });

    const intact = await restarted.verify();
    expect(intact).toMatchObject({ ok: true, firstProblem: null });
    // The old epoch's last head (the one signed before, when nothing came in between), the new epoch's empty first head, and its latest.
    expect(intact.treeHeadsChecked).toBeGreaterThanOrEqual(3);

    // An event of the old epoch edited in the store is named, across the switch.
    const edited = await eventOf(before);
    await sys.query(`UPDATE event_store.events SET data = jsonb_set(data, '{name}', '"电子琴"') WHERE event_id = $1`, [edited]);
    const tampered = await restarted.verify();
    expect(tampered.firstProblem).toMatchObject({ kind: 'altered', eventId: edited });
  });
});
