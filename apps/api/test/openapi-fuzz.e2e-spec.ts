import fc from 'fast-check';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { HOSTILE_RAW, hostileRawBodies, Operation, operationsOf, SchemaArbitraries } from '@test/support/openapi-fuzz';

/**
 * Every operation of the OpenAPI document, called by a user of a role it allows, with generated and
 * hostile bodies, query strings and path parameters. Whatever is sent: no 5xx, every error is JSON
 * with a code, a refused request appends nothing, and every read model is caught up at the end with
 * no recorded projection failure. Fixed seed and bounded runs keep it repeatable and quick.
 */
const SEED = 20260909;
const RUNS_PER_OPERATION = 30;
const USER_FOR_ROLE: Record<string, string[]> = {
  asset_manager: ['mgr-sch1', 'mgr-hosp1'],
  department_staff: ['staff-hosp1', 'staff-sch1'],
  finance_approver: ['fin-approver'],
  auditor: ['auditor'],
  resident: ['resident-1'],
};

interface Attempt {
  method: string;
  path: string;
  query: string;
  body?: unknown;
  rawBody?: string;
  user: string | null;
  idempotencyKey?: string;
}
interface Finding {
  attempt: Attempt;
  status: number;
  problem: string;
  body: string;
}

describe('OpenAPI fuzz: hostile input never gets a 5xx, never writes, never stops a projection', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  const ids: Record<string, string[]> = {};
  let tried = 0;
  const findings: Finding[] = [];

  beforeAll(async () => {
    sys = await startTestSystem();
    // Listen once: otherwise every supertest request opens and closes a listener of its own.
    await sys.app.listen(0, '127.0.0.1');
    for (const user of Object.values(USER_FOR_ROLE).flat()) token[user] = await sys.tokenFor(user);
    await seed();
  });
  afterAll(async () => {
    await sys.close();
  });

  const as = (user: string | null) => (user ? { authorization: `Bearer ${token[user]}` } : {});

  async function seed(): Promise<void> {
    const http = sys.http;
    const asset = await http()
      .post('/api/assets')
      .set(as('mgr-sch1'))
      .send({
        assetNo: 'FUZZ-0001',
        departmentId: 'D-SCH1',
        name: '投影仪',
        categoryCode: 'A02000000',
        custodian: '李四',
        location: '教学楼101',
        acquiredOn: '2022-03-01',
        originalValueFen: 350000,
        quantity: 1,
        unit: '台',
        condition: 'good',
      })
      .expect(201);
    const assetId = asset.body.assetId as string;
    const listing = await http()
      .post(`/api/assets/${assetId}/listing`)
      .set(as('mgr-sch1'))
      .send({
        description: '九成新',
        condition: 'good',
        pickupLocation: '实验小学',
        advertiseUntil: new Date(Date.now() + 7 * 86400_000).toISOString(),
      })
      .expect(201);
    const claim = await http()
      .post(`/api/assets/${assetId}/listing/claims`)
      .set(as('staff-hosp1'))
      .send({ justification: '门诊部缺投影仪' })
      .expect(201);
    const space = await http()
      .post('/api/spaces')
      .set(as('mgr-sch1'))
      .send({
        name: '实验小学操场',
        kind: 'sports_ground',
        location: '和平路12号',
        audiences: ['residents', 'departments'],
        approval: 'automatic',
        schedule: {
          windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
          slotMinutes: 60,
          capacity: 5,
          horizonDays: 14,
          minNoticeMinutes: 30,
        },
      })
      .expect(201);
    const demand = await http()
      .post('/api/demands')
      .set(as('staff-hosp1'))
      .send({ categoryCode: 'A02000000', quantity: 1, purpose: '门诊部需要投影仪' })
      .expect(201);
    await sys.projected();
    Object.assign(ids, {
      assetId: [assetId],
      listingId: [listing.body.listingId as string],
      claimId: [claim.body.claimId as string],
      spaceId: [space.body.id as string],
      demandId: [demand.body.id as string],
      departmentId: ['D-SCH1'],
    });
  }

  function pathFor(op: Operation, picks: number[], hostile: boolean): string {
    let i = 0;
    return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const pick = picks[i++ % picks.length];
      const known = ids[name] ?? [];
      if (!hostile && known.length > 0) return encodeURIComponent(known[pick % known.length]);
      const pool = [...known.map(encodeURIComponent), ...HOSTILE_RAW, '00000000-0000-4000-8000-000000000000', 'nope'];
      return pool[pick % pool.length];
    });
  }

  function queryArbitrary(op: Operation, arbs: SchemaArbitraries): fc.Arbitrary<string> {
    const params = op.parameters.filter((p) => p.in === 'query');
    if (params.length === 0) return fc.constantFrom('', `?unexpected=${HOSTILE_RAW[0]}`);
    const one = (p: (typeof params)[number]) =>
      fc.oneof(
        arbs.plausible(p.schema ?? { type: 'string' }).map((v) => (Array.isArray(v) ? v.join(',') : encodeURIComponent(String(v)))),
        fc.constantFrom(...HOSTILE_RAW),
      );
    const shape = Object.fromEntries(params.map((p) => [p.name, one(p)]));
    const required = params.filter((p) => p.required).map((p) => p.name);
    return fc
      .record(shape, { requiredKeys: required })
      .map((q) => Object.entries(q).map(([k, v]) => `${encodeURIComponent(k)}=${v}`))
      .map((parts) => (parts.length ? `?${parts.join('&')}` : ''));
  }

  function attemptArbitrary(op: Operation, arbs: SchemaArbitraries): fc.Arbitrary<Attempt> {
    const users = op.roles ? op.roles.flatMap((r) => USER_FOR_ROLE[r] ?? []) : [null];
    const body: fc.Arbitrary<{ body?: unknown; rawBody?: string }> =
      op.method === 'get'
        ? fc.constant({})
        : op.body
          ? fc.oneof(
              { weight: 3, arbitrary: arbs.plausible(op.body).map((b) => ({ body: b })) },
              { weight: 4, arbitrary: arbs.mutated(op.body).map((b) => ({ body: b })) },
              { weight: 1, arbitrary: fc.constantFrom(...hostileRawBodies()).map((rawBody) => ({ rawBody })) },
            )
          : fc.oneof(
              fc.constant({ body: {} }),
              fc.constantFrom(...hostileRawBodies()).map((rawBody) => ({ rawBody })),
            );
    return fc
      .record({
        user: fc.constantFrom(...(users.length ? users : [null])),
        picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        hostilePath: fc.boolean(),
        query: queryArbitrary(op, arbs),
        body,
        key: fc.option(fc.stringMatching(/^[A-Za-z0-9]{8,12}$/), { nil: undefined }),
      })
      .map((r) => ({
        method: op.method,
        path: pathFor(op, r.picks, r.hostilePath),
        query: r.query,
        user: r.user,
        idempotencyKey: r.key,
        ...r.body,
      }));
  }

  async function send(attempt: Attempt) {
    const url = `${attempt.path.replace(/^\/?/, '/')}${attempt.query}`;
    const agent = sys.http();
    const call = attempt.method === 'get' ? agent.get(url) : attempt.method === 'put' ? agent.put(url) : agent.post(url);
    call.set(as(attempt.user));
    if (attempt.idempotencyKey) call.set('Idempotency-Key', attempt.idempotencyKey);
    if (attempt.rawBody !== undefined) return call.set('content-type', 'application/json').send(attempt.rawBody);
    if (attempt.body !== undefined) return call.send(attempt.body as object);
    return call;
  }

  // A wrong SMS code is counted against the code (it is void after a few) as well as recorded as a failed sign-in.
  const RECORDED_REFUSALS = ['account.sign-in-failed.v1', 'account.locked-out.v1', 'phone-code.rejected.v1'];

  async function check(attempt: Attempt): Promise<void> {
    const before = await sys.countEvents();
    const res = await send(attempt);
    tried++;
    const record = (problem: string) =>
      findings.push({
        attempt: { ...attempt, rawBody: attempt.rawBody?.slice(0, 80) },
        status: res.status,
        problem,
        body: res.text.slice(0, 300),
      });
    if (res.status >= 500) record('5xx');
    if (res.status >= 400) {
      const json = res.type === 'application/json' ? (res.body as { code?: unknown; statusCode?: unknown }) : null;
      if (!json || typeof json.code !== 'string' || json.statusCode !== res.status) record('error body is not JSON with a code');
      const after = await sys.countEvents();
      // A refused sign-in is recorded by design (the auditor sees every failure, a code counts its tries); nothing else may be written.
      const written = await sys.query<{ type: string }>(
        'SELECT event_type AS type FROM event_store.events ORDER BY global_position DESC LIMIT $1',
        [Math.max(0, after - before)],
      );
      const unexpected = written.filter((e) => !RECORDED_REFUSALS.includes(e.type));
      if (unexpected.length > 0) record(`refused request appended ${unexpected.length} event(s)`);
    }
  }

  // Generous timeout: about 30 s alone, several times that while other suites share the two cores.
  it('answers every operation of /api/docs-json with a 4xx at worst', async () => {
    const doc = (await sys.http().get('/api/docs-json').expect(200)).body;
    const arbs = new SchemaArbitraries(doc);
    // The inbox's live stream never ends by itself (its own tests read it with a reader and hang up).
    const operations = operationsOf(doc).filter((op) => !op.multipart && op.path !== '/api/inbox/stream');
    expect(operations.length).toBeGreaterThan(40);
    let index = 0;
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(attemptArbitrary(op, arbs), async (attempt) => {
          await check(attempt);
        }),
        { seed: SEED + index++, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
    }
    const fiveXx = findings.filter((f) => f.problem === '5xx').length;
    console.log(
      `openapi fuzz: ${tried} requests over ${operations.length} operations; ${fiveXx} answered 5xx; ${findings.length} findings`,
    );
    expect(findings.slice(0, 15)).toEqual([]);
  }, 600_000);

  it('leaves every projection caught up with no recorded failure', async () => {
    await sys.projected();
    const failures = await sys.query('SELECT projection, event_type, error FROM projection_failures WHERE resolved_at IS NULL');
    expect(failures).toEqual([]);
    const ready = await sys.http().get('/api/health/ready').expect(200);
    for (const projection of ready.body.projections as { name: string; caughtUp: boolean }[])
      expect(projection).toMatchObject({ caughtUp: true });
  });
});
