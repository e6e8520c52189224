import { Client } from 'pg';
import { EVENT_STORE, EventStore, formatPosition } from '@app/event-store';
import { assetStreamId } from '@app/assets/domain/asset.events';
import { startTestSystem, TestSystem } from '@test/support/test-app';

/** A read carrying the position of the caller's own write waits for the read models to apply it. */
describe('read your own writes (X-Written-Through → X-Read-After)', () => {
  let sys: TestSystem;
  let mgr: string;
  let holder: Client;

  beforeAll(async () => {
    process.env.READ_AFTER_MAX_WAIT_MS = '1500';
    sys = await startTestSystem();
    mgr = await sys.tokenFor('mgr-sch1');
    holder = new Client({ connectionString: sys.databaseUrl });
    await holder.connect();
  });
  afterAll(async () => {
    delete process.env.READ_AFTER_MAX_WAIT_MS;
    await holder?.end();
    await sys?.close();
  });

  const register = (assetNo: string) =>
    sys
      .http()
      .post('/api/assets')
      .set('authorization', `Bearer ${mgr}`)
      .send({
        assetNo,
        departmentId: 'D-SCH1',
        name: '投影仪',
        categoryCode: 'A02000000',
        custodian: '李四',
        location: '教学楼101',
        acquiredOn: '2022-03-01',
        originalValueFen: 350000,
        accumulatedDepreciationFen: 0,
        quantity: 1,
        unit: '台',
        condition: 'good',
      })
      .expect(201);

  /** Holds every read model still: the projector waits for the checkpoint rows' lock until release. */
  const holdProjections = async () => {
    await holder.query('BEGIN');
    await holder.query('SELECT name FROM projection_checkpoints FOR UPDATE');
    return () => holder.query('COMMIT');
  };

  it('answers a write with the position reached, and holds a read sent with it until the read models have applied it', async () => {
    await sys.projected();
    const release = await holdProjections();
    const written = await register('RYW-1');
    const position = written.headers['x-written-through'];
    expect(position).toMatch(/^\d+\/\d+$/);

    let answered = false;
    const read = sys
      .http()
      .get(`/api/assets/${written.body.assetId}`)
      .set('authorization', `Bearer ${mgr}`)
      .set('X-Read-After', position)
      .then((res) => {
        answered = true;
        return res;
      });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(answered).toBe(false);
    await release();
    const res = await read;
    expect(res.status).toBe(200);
    expect(res.body.assetNo).toBe('RYW-1');
    expect(res.headers['x-read-stale']).toBeUndefined();
  });

  it('answers after READ_AFTER_MAX_WAIT_MS marked stale when the read models have not caught up', async () => {
    await sys.projected();
    const release = await holdProjections();
    try {
      const written = await register('RYW-2');
      const res = await sys
        .http()
        .get(`/api/assets/${written.body.assetId}`)
        .set('authorization', `Bearer ${mgr}`)
        .set('X-Read-After', written.headers['x-written-through']);
      expect(res.status).toBe(404);
      expect(res.headers['x-read-stale']).toBe('true');
    } finally {
      await release();
    }
  });

  it('names the position its own append landed at', async () => {
    const store = sys.app.get<EventStore>(EVENT_STORE);
    const written = await register('RYW-3');
    const [event] = await store.readStream(assetStreamId(written.body.assetId));
    expect(event.type).toBe('asset.registered.v1');
    expect(written.headers['x-written-through']).toBe(formatPosition(event.position));
  });

  it('refuses a position that is not one, and a read without it does not wait', async () => {
    const bad = await sys.http().get('/api/assets').set('authorization', `Bearer ${mgr}`).set('X-Read-After', '12; DROP').expect(400);
    expect(bad.body.code).toBe('READ_AFTER_INVALID');
    const plain = await sys.http().get('/api/assets').set('authorization', `Bearer ${mgr}`).expect(200);
    expect(plain.headers['x-read-stale']).toBeUndefined();
    expect(plain.headers['x-written-through']).toBeUndefined();
  });
});
