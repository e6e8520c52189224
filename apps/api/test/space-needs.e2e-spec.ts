import { randomUUID } from 'node:crypto';
import { addChinaDays, chinaDate } from '@app/shared';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PropertyRegistered, propertyStreamId } from '@app/property';
import { wgs84ToGcj02 } from '@app/property/domain/coordinates';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { appendPropertyRegistered } from '@test/support/property-registration';
import { clock } from '@test/support/test-clock';

const CENTRE = { lng: 114.131, lat: 22.548 };

describe('space needs (空间使用需求): post, matches with reasons, take, approvals, handover to changed occupancy', () => {
  let sys: TestSystem;
  let store: EventStore;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    store = sys.app.get(EVENT_STORE);
    for (const user of ['mgr-hosp1', 'mgr-sch1', 'mgr-sch2', 'mgr-edu', 'fin-approver', 'auditor']) token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => {
    clock.reset();
    await sys.close();
  });

  const post = (path: string, who: string, body: object = {}, key?: string) => {
    const call = sys.http().post(path).set('authorization', `Bearer ${token[who]}`);
    return (key ? call.set('idempotency-key', key) : call).send(body);
  };
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const eventCount = async () => Number((await sys.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events'))[0].n);

  /** A property on the register of 区第二中学, as the core's register command would record it. */
  const register = (propertyNo: string, over: Partial<PropertyRegistered['data']> = {}) =>
    appendPropertyRegistered(store, propertyNo, { lng: CENTRE.lng + 0.005, lat: CENTRE.lat }, clock.now(), over);

  const tomorrow = () => addChinaDays(chinaDate(clock.now()), 1);
  const needBody = (over: object = {}) => ({
    title: '医务科办公用房',
    use: 'office',
    minAreaSqm: 100,
    maxAreaSqm: 150,
    // Picked on a 高德 map: GCJ-02, stored as WGS-84.
    location: { ...wgs84ToGcj02(CENTRE), system: 'GCJ02' },
    radiusM: 2000,
    neededFrom: tomorrow(),
    durationMonths: 24,
    purpose: '医务科扩编后办公',
    ...over,
  });

  it('refuses a bad need with a clear Chinese 4xx naming the problem, and writes nothing', async () => {
    const before = await eventCount();
    const upsideDown = await post('/api/space-needs', 'mgr-hosp1', needBody({ minAreaSqm: 200 })).expect(400);
    expect(upsideDown.body).toMatchObject({ code: 'INVALID_SPACE_NEED_FIELD', details: { field: 'maxAreaSqm' } });
    expect(upsideDown.body.message).toBe('空间需求信息取值无效');
    expect(upsideDown.body.detail).toMatch(/面积上限不能小于下限/);
    const both = await post('/api/space-needs', 'mgr-hosp1', needBody({ districtId: 'R-DEMO' })).expect(400);
    expect(both.body.detail).toMatch(/二者选一/);
    await post('/api/space-needs', 'mgr-hosp1', needBody({ use: 'castle' })).expect(400);
    await post('/api/space-needs', 'staff-hosp1', needBody()).expect(401);
    expect(await eventCount()).toBe(before);
  });

  it('goes from a posted need through ranked matches, 主管部门 and 财政 approval, to the handover that changes occupancy once', async () => {
    const room = await register('LH-SCH2-301');
    const business = await register('LH-SCH2-302', { use: 'business' });
    const posted = await post('/api/space-needs', 'mgr-hosp1', needBody()).expect(201);
    expect(posted.body.events).toEqual(['space-need.posted.v1']);
    const needId = posted.body.needId as string;
    await sys.projected();

    const need = (await get(`/api/space-needs/${needId}`, 'mgr-hosp1').expect(200)).body;
    expect(need).toMatchObject({ status: 'open', radiusM: 2000 });
    expect(Math.abs(need.lng - CENTRE.lng)).toBeLessThan(1e-5);
    const matches = (await get(`/api/space-needs/${needId}/matches`, 'mgr-hosp1').expect(200)).body as {
      propertyId: string;
      reasons: { text: string; met: boolean }[];
    }[];
    expect(matches.map((m) => m.propertyId)).toEqual([room]);
    expect(matches[0].reasons.map((r) => r.text)).toEqual([
      '用途相符（办公用房）',
      '面积 120.0㎡ 在需求 100.0–150.0㎡ 内',
      expect.stringMatching(/^距离 5\d\d 米，在 2\.0 公里范围内$/),
      expect.stringMatching(/^自 \d{4}-\d{2}-\d{2} 起空置，\d{4}-\d{2}-\d{2} 起可用$/),
    ]);
    // Another unit's manager cannot see the need's matches.
    await get(`/api/space-needs/${needId}/matches`, 'mgr-sch1').expect(404);

    const before = await eventCount();
    expect((await post(`/api/space-needs/${needId}/matches/${business}/take`, 'mgr-hosp1').expect(422)).body.code).toBe(
      'SPACE_PROPERTY_USE_NOT_FIT',
    );
    expect((await post(`/api/space-needs/${needId}/matches/${room}/take`, 'mgr-sch1').expect(403)).body.code).toBe('NOT_YOUR_DEPARTMENT');
    expect(await eventCount()).toBe(before);

    const taken = await post(`/api/space-needs/${needId}/matches/${room}/take`, 'mgr-hosp1').expect(201);
    expect(taken.body).toMatchObject({ events: ['space-allocation.started.v1'], carried: ['space-need.match-taken.v1'] });
    const allocationId = taken.body.allocationId as string;
    // One allocation per need at a time.
    expect((await post(`/api/space-needs/${needId}/matches/${room}/take`, 'mgr-hosp1').expect(409)).body.code).toBe('SPACE_NEED_NOT_OPEN');
    await sys.projected();

    const waiting = async (who: string) =>
      ((await get('/api/space-allocations/awaiting-me', who).expect(200)).body as { allocationId: string }[]).map((a) => a.allocationId);
    expect(await waiting('mgr-edu')).toEqual([allocationId]);
    expect(await waiting('fin-approver')).toEqual([]);
    // The review is a to-do in the 主管部门's inbox, linked to 调配审批.
    const todos = (await get('/api/inbox', 'mgr-edu').expect(200)).body.items as { kind: string; link: string }[];
    expect(todos).toContainEqual(expect.objectContaining({ kind: 'allocation_step', link: '/space-allocations/approvals' }));
    expect((await post(`/api/space-allocations/${allocationId}/handover`, 'mgr-hosp1').expect(409)).body.code).toBe(
      'ALLOCATION_APPROVALS_PENDING',
    );
    expect((await post(`/api/space-allocations/${allocationId}/decision`, 'fin-approver', { approve: true }).expect(403)).body.code).toBe(
      'NOT_YOUR_STEP',
    );
    await post(`/api/space-allocations/${allocationId}/decision`, 'mgr-edu', { approve: true, comment: '同意调配' }).expect(200);
    await sys.projected();
    expect(await waiting('mgr-edu')).toEqual([]);
    expect(await waiting('fin-approver')).toEqual([allocationId]);
    await post(`/api/space-allocations/${allocationId}/decision`, 'fin-approver', { approve: true }).expect(200);

    const handedOver = await post(
      `/api/space-allocations/${allocationId}/handover`,
      'mgr-hosp1',
      { note: '钥匙 3 把' },
      randomUUID(),
    ).expect(200);
    expect(handedOver.body).toMatchObject({
      events: ['space-allocation.handed-over.v1'],
      carried: ['property.occupancy-changed.v1', 'property.status-changed.v1', 'space-need.fulfilled.v1'],
    });
    // Sent again under another key: nothing new, and the occupancy is not changed twice.
    const again = await post(`/api/space-allocations/${allocationId}/handover`, 'mgr-hosp1', { note: '钥匙 3 把' }, randomUUID()).expect(
      200,
    );
    expect(again.body).toMatchObject({ events: [], carried: [] });
    const changes = (await store.readStream(propertyStreamId(room))).filter((e) => e.type === 'property.occupancy-changed.v1');
    expect(changes.map((e) => e.data)).toEqual([expect.objectContaining({ toUnitId: 'D-HOSP1', allocationId, fromUnitId: null })]);

    await sys.projected();
    expect((await get(`/api/space-needs/${needId}`, 'mgr-hosp1').expect(200)).body).toMatchObject({
      status: 'fulfilled',
      allocationId,
      propertyId: room,
    });
    expect((await get(`/api/space-allocations/${allocationId}`, 'auditor').expect(200)).body).toMatchObject({
      status: 'handed_over',
      handedOverOn: chinaDate(clock.now()),
      steps: [
        expect.objectContaining({ kind: 'supervisor_review', status: 'approved', by: 'mgr-edu', comment: '同意调配' }),
        expect.objectContaining({ kind: 'finance_approval', status: 'approved', by: 'fin-approver' }),
      ],
    });
    const [row] = await sys.query<{ occupant_unit_id: string; status: string }>(
      'SELECT occupant_unit_id, status FROM properties WHERE property_id = $1',
      [room],
    );
    // Occupied through the 调配, the room is 在用, no longer 闲置 (the register, map and vacancy report read this).
    expect(row).toEqual({ occupant_unit_id: 'D-HOSP1', status: 'in_use' });
    expect((await get(`/api/properties/${room}`, 'mgr-sch2').expect(200)).body.property).toMatchObject({
      status: 'in_use',
      occupantUnitId: 'D-HOSP1',
    });
    const occupancies = await sys.query<{ unit_id: string; allocation_id: string }>(
      'SELECT unit_id, allocation_id FROM property_occupancies WHERE property_id = $1',
      [room],
    );
    expect(occupancies).toEqual([{ unit_id: 'D-HOSP1', allocation_id: allocationId }]);
    // Occupied now, the room is no longer offered.
    const posted2 = await post('/api/space-needs', 'mgr-hosp1', needBody({ title: '第二间' })).expect(201);
    await sys.projected();
    expect((await get(`/api/space-needs/${posted2.body.needId}/matches`, 'mgr-hosp1').expect(200)).body).toEqual([]);
  });

  it('ends on a rejection with its reason and opens the need again', async () => {
    const room = await register('LH-SCH2-401', { grossAreaSqm: 110 });
    const needId = (await post('/api/space-needs', 'mgr-hosp1', needBody({ title: '档案室' })).expect(201)).body.needId as string;
    const allocationId = (await post(`/api/space-needs/${needId}/matches/${room}/take`, 'mgr-hosp1').expect(201)).body.allocationId;
    expect((await post(`/api/space-allocations/${allocationId}/decision`, 'mgr-edu', { approve: false }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    const rejected = await post(`/api/space-allocations/${allocationId}/decision`, 'mgr-edu', {
      approve: false,
      comment: '该房已规划为教研室',
    }).expect(200);
    expect(rejected.body).toMatchObject({ events: ['space-allocation.rejected.v1'], carried: ['space-need.allocation-ended.v1'] });
    await sys.projected();
    expect((await get(`/api/space-needs/${needId}`, 'mgr-hosp1').expect(200)).body).toMatchObject({
      status: 'open',
      endReason: '调配被驳回',
    });
    expect((await get(`/api/space-allocations/${allocationId}`, 'mgr-hosp1').expect(200)).body).toMatchObject({
      status: 'rejected',
      rejectReason: '该房已规划为教研室',
    });
    // Open again: it may be withdrawn now.
    await post(`/api/space-needs/${needId}/withdrawal`, 'mgr-hosp1', { reason: '另行解决' }).expect(200);
  });

  it('lets only one of two approved allocations of one room move in when both handovers come at once; the other ends and its need is open again', async () => {
    const room = await register('LH-SCH2-501');
    /** A need of `who`'s unit takes the room, and every approval step of its allocation passes. */
    async function approvedAllocation(who: string, title: string): Promise<{ needId: string; allocationId: string }> {
      const needId = (await post('/api/space-needs', who, needBody({ title })).expect(201)).body.needId as string;
      const allocationId = (await post(`/api/space-needs/${needId}/matches/${room}/take`, who).expect(201)).body.allocationId as string;
      await post(`/api/space-allocations/${allocationId}/decision`, 'mgr-edu', { approve: true, comment: '同意' }).expect(200);
      await sys.projected();
      if ((await get(`/api/space-allocations/${allocationId}`, 'auditor').expect(200)).body.status === 'pending_finance_approval')
        await post(`/api/space-allocations/${allocationId}/decision`, 'fin-approver', { approve: true }).expect(200);
      await sys.projected();
      expect((await get(`/api/space-allocations/${allocationId}`, 'auditor').expect(200)).body.status).toBe('approved');
      return { needId, allocationId };
    }
    const hospital = await approvedAllocation('mgr-hosp1', '病案室');
    const school = await approvedAllocation('mgr-sch1', '教研室');

    const [a, b] = await Promise.all([
      post(`/api/space-allocations/${hospital.allocationId}/handover`, 'mgr-hosp1', {}, randomUUID()),
      post(`/api/space-allocations/${school.allocationId}/handover`, 'mgr-sch1', {}, randomUUID()),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [hospital, school] : [school, hospital];
    const [winner, loserUnit, loserWho] = a.status === 200 ? ['D-HOSP1', 'D-SCH1', 'mgr-sch1'] : ['D-SCH1', 'D-HOSP1', 'mgr-hosp1'];
    expect((a.status === 409 ? a : b).body.code).toBe('PROPERTY_NOT_VACANT');

    const changes = (await store.readStream(propertyStreamId(room))).filter((e) => e.type === 'property.occupancy-changed.v1');
    expect(changes.map((e) => e.data)).toEqual([expect.objectContaining({ toUnitId: winner, allocationId: won.allocationId })]);
    await sys.projected();
    expect((await get(`/api/space-needs/${won.needId}`, 'auditor').expect(200)).body.status).toBe('fulfilled');
    expect((await get(`/api/space-needs/${lost.needId}`, 'auditor').expect(200)).body).toMatchObject({
      status: 'open',
      allocationId: null,
      endReason: expect.stringMatching(/调配终止/),
    });
    expect((await get(`/api/space-allocations/${lost.allocationId}`, 'auditor').expect(200)).body).toMatchObject({
      status: 'ended',
      toDepartmentId: loserUnit,
    });
    // The loser sending it again is told the allocation is over; the room stays with the winner, in use.
    expect((await post(`/api/space-allocations/${lost.allocationId}/handover`, loserWho, {}, randomUUID()).expect(409)).body.code).toBe(
      'ALLOCATION_NOT_PENDING',
    );
    const [row] = await sys.query<{ occupant_unit_id: string; status: string }>(
      'SELECT occupant_unit_id, status FROM properties WHERE property_id = $1',
      [room],
    );
    expect(row).toEqual({ occupant_unit_id: winner, status: 'in_use' });
    // Open again, the loser's need may be withdrawn.
    await post(`/api/space-needs/${lost.needId}/withdrawal`, loserWho, { reason: '另行解决' }).expect(200);
  });
});
