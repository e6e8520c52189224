import { AddressInfo } from 'node:net';
import { PRIVACY_NOTICE } from '@app/sharing';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const HOUR = 3600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();
const hourFromNow = (hours: number) => new Date(Math.ceil((clock.now().getTime() + hours * HOUR) / HOUR) * HOUR).toISOString();
const USERS = [
  'mgr-sch1',
  'mgr-sch2',
  'mgr-edu',
  'reviewer-edu',
  'mgr-health',
  'mgr-hosp1',
  'staff-hosp1',
  'fin-approver',
  'resident-1',
  'resident-2',
];

interface Todo {
  taskKey: string;
  kind: string;
  link: string;
}
interface Note {
  notificationId: string;
  kind: string;
  title: string;
  link: string;
  read: boolean;
}

/**
 * The inbox through HTTP, as people use it: each event kind gives the right people their to-do or
 * notification and nobody else (another unit's manager sees nothing), a to-do closes when anyone does
 * it, mark read (one, all) moves the counts, and the live stream pushes the counts when another acts.
 */
describe('inbox (待办与消息) over HTTP', () => {
  let sys: TestSystem;
  let base: string;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    await sys.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(sys.app.getHttpServer().address() as AddressInfo).port}`;
    for (const user of USERS) token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const todos = async (who: string): Promise<Todo[]> => (await get('/api/inbox?limit=100', who).expect(200)).body.items;
  const notes = async (who: string): Promise<Note[]> => (await get('/api/notifications?limit=100', who).expect(200)).body.items;
  const everyone = async () =>
    Object.fromEntries(await Promise.all(USERS.map(async (u) => [u, { todos: await todos(u), notes: await notes(u) }] as const)));

  async function listed(assetNo: string): Promise<string> {
    const reg = await post('/api/assets', 'mgr-sch1', {
      assetNo,
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
    }).expect(201);
    const assetId = reg.body.assetId as string;
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
      description: '九成新',
      condition: 'good',
      pickupLocation: '实验小学门卫室',
      advertiseUntil: inHours(48),
    }).expect(201);
    return assetId;
  }

  it('a claim, its pick, the approval chain and the handover reach the right people only, and close when done', async () => {
    const assetId = await listed('INBOX-1');
    const claim = await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', { justification: '门诊部示教' }).expect(201);
    await post(`/api/assets/${assetId}/listing/claims`, 'mgr-sch2', { justification: '多媒体教室' }).expect(201);
    await sys.projected();
    let seen = await everyone();
    // The listing school's manager picks; nobody else has anything to do.
    expect(seen['mgr-sch1'].todos.map((t) => t.kind)).toEqual(['claim_to_pick']);
    expect(seen['mgr-sch1'].todos[0].link).toBe('/manager/claims');
    for (const other of USERS.filter((u) => u !== 'mgr-sch1')) expect({ other, todos: seen[other].todos }).toEqual({ other, todos: [] });

    const selected = await post(`/api/assets/${assetId}/listing/claims/${claim.body.claimId}/selection`, 'mgr-sch1').expect(200);
    const transferId = selected.body.transferId as string;
    await sys.projected();
    seen = await everyone();
    expect(seen['mgr-sch1'].todos).toEqual([]);
    // 主管部门审核 by 教育局's managers (both of them); the hospital's manager hears the claim was chosen, the other school that it was not.
    expect(seen['mgr-edu'].todos.map((t) => [t.kind, t.link])).toEqual([['transfer_step', '/approvals']]);
    expect(seen['reviewer-edu'].todos.map((t) => t.kind)).toEqual(['transfer_step']);
    expect(seen['mgr-hosp1'].notes.map((n) => n.kind)).toEqual(['claim_selected']);
    expect(seen['mgr-sch2'].notes.map((n) => n.kind)).toEqual(['claim_not_selected']);
    for (const other of ['mgr-health', 'fin-approver', 'staff-hosp1', 'resident-1'])
      expect({ other, ...seen[other] }).toEqual({ other, todos: [], notes: [] });

    await post(`/api/assets/${assetId}/transfers/${transferId}/decisions`, 'reviewer-edu', { approve: true, comment: '同意' }).expect(200);
    await sys.projected();
    // Done by one reviewer: closed for both; 财政审批 waits for the district's finance approver.
    expect(await todos('mgr-edu')).toEqual([]);
    expect(await todos('reviewer-edu')).toEqual([]);
    expect((await todos('fin-approver')).map((t) => t.kind)).toEqual(['transfer_step']);
    const closed = (await get('/api/inbox?view=closed', 'mgr-edu').expect(200)).body.items;
    expect(closed.map((t: { kind: string; closedReason: string }) => [t.kind, t.closedReason])).toEqual([['transfer_step', 'done']]);

    await post(`/api/assets/${assetId}/transfers/${transferId}/decisions`, 'fin-approver', { approve: true }).expect(200);
    await sys.projected();
    expect(await todos('fin-approver')).toEqual([]);
    expect((await todos('mgr-sch1')).map((t) => t.kind)).toEqual(['handover']);
    expect((await todos('mgr-hosp1')).map((t) => t.kind)).toEqual(['handover']);
    expect((await notes('mgr-sch1')).map((n) => n.kind)).toEqual(['transfer_approved']);
    expect(await todos('mgr-sch2')).toEqual([]);
  });

  it('a rejection tells both sides and closes the step for every reviewer', async () => {
    const assetId = await listed('INBOX-2');
    const claim = await post(`/api/assets/${assetId}/listing/claims`, 'mgr-sch2', { justification: '教学' }).expect(201);
    const selected = await post(`/api/assets/${assetId}/listing/claims/${claim.body.claimId}/selection`, 'mgr-sch1').expect(200);
    await sys.projected();
    expect((await todos('reviewer-edu')).map((t) => t.kind)).toEqual(['transfer_step']);
    await post(`/api/assets/${assetId}/transfers/${selected.body.transferId}/decisions`, 'mgr-edu', {
      approve: false,
      comment: '暂缓',
    }).expect(200);
    await sys.projected();
    expect(await todos('reviewer-edu')).toEqual([]);
    expect((await notes('mgr-sch2'))[0]).toMatchObject({ kind: 'transfer_rejected', link: '/manager/transfers', read: false });
    expect((await notes('mgr-edu')).map((n) => n.kind)).not.toContain('transfer_rejected');
    expect((await notes('mgr-hosp1')).map((n) => n.kind)).not.toContain('transfer_rejected');
  });

  it('a booking to approve waits for the space’s manager; a blackout tells the resident; mark read moves the counts', async () => {
    const space = await post('/api/spaces', 'mgr-sch1', {
      name: '实验小学会议室',
      kind: 'meeting_room',
      location: '行政楼2楼',
      audiences: ['residents', 'departments'],
      approval: 'manager',
      schedule: {
        windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
        slotMinutes: 60,
        capacity: 5,
        horizonDays: 14,
        minNoticeMinutes: 30,
      },
    }).expect(201);
    const spaceId = space.body.id as string;
    for (const who of ['resident-1', 'resident-2']) {
      await post('/api/residents/me', who, { name: '王小明', phone: '13812345678' }).expect(200);
      await post('/api/residents/me/consent', who, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    }
    const slotStart = hourFromNow(5);
    const booking = await post(`/api/spaces/${spaceId}/bookings`, 'resident-1', { slotStart }).expect(201);
    await sys.projected();
    expect((await todos('mgr-sch1')).filter((t) => t.kind === 'booking_to_approve').map((t) => t.link)).toEqual([`/spaces/${spaceId}`]);
    expect((await todos('mgr-sch2')).filter((t) => t.kind === 'booking_to_approve')).toEqual([]);
    expect(await notes('resident-1')).toEqual([]);

    await post(`/api/bookings/${booking.body.id}/approval`, 'mgr-sch1').expect(200);
    await post(`/api/spaces/${spaceId}/blackouts`, 'mgr-sch1', { from: slotStart, to: hourFromNow(6), reason: '期末考试' }).expect(201);
    await sys.projected();
    expect((await todos('mgr-sch1')).filter((t) => t.kind === 'booking_to_approve')).toEqual([]);
    const residentNotes = await notes('resident-1');
    expect(residentNotes.map((n) => [n.kind, n.link])).toEqual([
      ['booking_cancelled_blackout', '/resident/bookings'],
      ['booking_confirmed', '/resident/bookings'],
    ]);
    expect(await notes('resident-2')).toEqual([]);
    expect((await get('/api/inbox/counts', 'resident-1').expect(200)).body).toEqual({ todos: 0, unread: 2 });

    // Another person's notification is not found for me; my own is marked once.
    await post(`/api/notifications/${residentNotes[0].notificationId}/read`, 'resident-2').expect(404);
    const one = await post(`/api/notifications/${residentNotes[0].notificationId}/read`, 'resident-1').expect(200);
    expect(one.body).toEqual({ marked: 1, counts: { todos: 0, unread: 1 } });
    expect((await get('/api/notifications?unread=true', 'resident-1').expect(200)).body.items).toHaveLength(1);
    const all = await post('/api/notifications/read', 'resident-1').expect(200);
    expect(all.body).toEqual({ marked: 1, counts: { todos: 0, unread: 0 } });
    await post('/api/notifications/read', 'resident-1', { ids: ['not-a-uuid'] }).expect(400);
    await get('/api/inbox?cursor=bad cursor', 'resident-1').expect(400);
  });

  it('pages to-dos with a cursor', async () => {
    for (const n of [3, 4, 5]) {
      const assetId = await listed(`INBOX-P${n}`);
      await post(`/api/assets/${assetId}/listing/claims`, 'mgr-sch2', { justification: '教学' }).expect(201);
    }
    await sys.projected();
    const first = (await get('/api/inbox?limit=2', 'mgr-sch1').expect(200)).body;
    expect(first.items).toHaveLength(2);
    const second = (await get(`/api/inbox?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`, 'mgr-sch1').expect(200)).body;
    const keys = [...first.items, ...second.items].map((t: Todo) => t.taskKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe((await todos('mgr-sch1')).length);
  });

  it('the live stream needs a token and pushes the counts when another person acts', async () => {
    expect((await fetch(`${base}/api/inbox/stream`)).status).toBe(401);
    const controller = new AbortController();
    const res = await fetch(`${base}/api/inbox/stream`, {
      headers: { authorization: `Bearer ${token['mgr-sch1']}` },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const counts = async (): Promise<{ todos: number; unread: number }> => {
      for (;;) {
        const match = /event: inbox-counts\ndata: (.+)\n\n/.exec(text);
        if (match) {
          text = text.slice(match.index + match[0].length);
          return JSON.parse(match[1]);
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += decoder.decode(value);
      }
    };
    const before = await counts();
    // mgr-sch2 claims a new listing of the school: the school's manager has one more claim to pick.
    const assetId = await listed('INBOX-LIVE');
    await post(`/api/assets/${assetId}/listing/claims`, 'mgr-sch2', { justification: '教学' }).expect(201);
    const after = await counts();
    expect(after.todos).toBe(before.todos + 1);
    controller.abort();
  });
});
