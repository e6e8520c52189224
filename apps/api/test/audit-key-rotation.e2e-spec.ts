import { DataSource } from 'typeorm';
import { internationalSuite } from '@app/crypto';
import { verifyEpochStatement, verifyPackage, verifyTreeHead } from '@app/audit';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { AuditExportService } from '@app/read-models/audit-log/audit-export.service';
import { AuditQueries } from '@app/read-models/audit-log/audit.queries';
import { MerkleLogService } from '@app/read-models/audit-log/merkle-log.service';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';

/** A signing key suspected of leaking is replaced in the same suite: old heads stay provable with the old key, new ones need the new. */
describe('audit log: a new signing key in the same suite', () => {
  const saved = { suite: process.env.CRYPTO_SUITE, key: process.env.AUDIT_SIGNING_KEY };
  const oldKey = internationalSuite.generateSigningKey();
  const newKey = internationalSuite.generateSigningKey();
  const oldPublic = internationalSuite.publicKeyOf(oldKey);
  const newPublic = internationalSuite.publicKeyOf(newKey);
  let sys: TestSystem;
  let mgr: string;
  let auditor: string;

  beforeAll(async () => {
    process.env.CRYPTO_SUITE = 'international';
    process.env.AUDIT_SIGNING_KEY = oldKey;
    sys = await startTestSystem();
    [mgr, auditor] = await Promise.all([sys.tokenFor('mgr-sch1'), sys.tokenFor('auditor')]);
  });
  afterAll(async () => {
    clock.reset();
    await sys?.close();
    for (const [name, value] of [
      ['CRYPTO_SUITE', saved.suite],
      ['AUDIT_SIGNING_KEY', saved.key],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });

  const register = async (assetNo: string) => {
    const body = {
      assetNo,
      departmentId: 'D-SCH1',
      name: '投影仪',
      categoryCode: 'A02000000',
      custodian: '教务处',
      location: '教学楼',
      acquiredOn: '2021-03-01',
      originalValueFen: 350000,
      quantity: 1,
      unit: '台',
      condition: 'good',
    };
    return (await sys.http().post('/api/assets').set('authorization', `Bearer ${mgr}`).send(body).expect(201)).body.assetId as string;
  };
  const eventOf = async (assetId: string) =>
    (await sys.query<{ event_id: string }>('SELECT event_id FROM event_store.events WHERE stream_id = $1', [`asset-${assetId}`]))[0]
      .event_id;

  it('binds the old key’s last head to the new key’s first, refuses the old key afterwards, and proves both sides', async () => {
    clock.travel(60_000);
    const start = clock.now();
    const before = await register('KEY-1');
    await sys.projected();
    const running = sys.app.get(MerkleLogService);
    await running.issueTreeHead(clock.now());

    await expect(running.openEpoch({ suite: internationalSuite, privateKeyPem: oldKey }, clock.now())).rejects.toThrow(
      'the log is already in the international suite with this key',
    );
    clock.travel(3600_000);
    const rotatedAt = clock.now();
    const statement = await running.openEpoch({ suite: internationalSuite, privateKeyPem: newKey }, rotatedAt);
    expect(statement.next).toMatchObject({ epoch: 1, suite: 'international', publicKeyPem: newPublic });
    expect(verifyEpochStatement(statement, { previous: oldPublic, next: newPublic })).toEqual({ ok: true, problem: null });

    // The processes not yet restarted hold the old key: they may not sign the new epoch.
    clock.travel(3600_000);
    const after = await register('KEY-2');
    await sys.projected();
    const refused = await sys.http().post('/api/audit/tree-heads').set('authorization', `Bearer ${auditor}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('LOG_EPOCH_KEY');

    // Restarted with the new key: signs epoch 1; the old event is proven under the old key, the new one under the new.
    const db = sys.app.get(DataSource);
    const restarted = new MerkleLogService(db, sys.app.get<EventStore>(EVENT_STORE), { AUDIT_SIGNING_KEY: newKey }, internationalSuite);
    await restarted.onModuleInit();
    const late = await restarted.issueTreeHead(clock.now());
    expect(late).toMatchObject({ epoch: 1 });
    expect(verifyTreeHead(late, newPublic)).toBe(true);
    expect(verifyTreeHead(late, oldPublic)).toBe(false);
    const oldProof = await restarted.inclusion(await eventOf(before));
    const newProof = await restarted.inclusion(await eventOf(after));
    expect(oldProof).toMatchObject({ epoch: 0 });
    expect(newProof).toMatchObject({ epoch: 1 });
    expect(verifyTreeHead(oldProof!.treeHead, oldPublic)).toBe(true);
    expect(verifyTreeHead(newProof!.treeHead, newPublic)).toBe(true);
    await expect(
      running.openEpoch({ suite: internationalSuite, privateKeyPem: internationalSuite.generateSigningKey() }, clock.now()),
    ).rejects.toThrow('the open epoch 1 is signed with another key');

    // The department's package before the change verifies with the old key; the whole log verifies across it.
    const exporter = new AuditExportService(restarted, sys.app.get(AuditQueries));
    const oldSide = await exporter.build('D-SCH1', start, rotatedAt, clock.now());
    expect(verifyPackage(oldSide, oldPublic)).toMatchObject({ ok: true, eventsVerified: 1 });
    expect(await restarted.verify()).toMatchObject({ ok: true, firstProblem: null });
  });
});
