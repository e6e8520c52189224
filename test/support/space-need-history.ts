import { EVENT_STORE, EventStore } from '@app/event-store';
import { chinaDate } from '@app/shared';
import { appendPropertyRegistered } from './property-registration';
import { TestSystem } from './test-app';
import { clock } from './test-clock';

type Post = (path: string, who: string, body?: object) => { expect(status: number): PromiseLike<{ body: Record<string, unknown> }> };

/**
 * A vacant office room of 区第二中学 (recorded as the register's command records it), a need of the
 * hospital matched to it, taken, approved by 区教育局 and finance, and handed over: every space-need
 * and property table gets rows.
 */
export async function writeSpaceNeedHistory(sys: TestSystem, post: Post): Promise<void> {
  const location = { lng: 114.131, lat: 22.548 };
  const store = sys.app.get<EventStore>(EVENT_STORE);
  const propertyId = await appendPropertyRegistered(store, 'REPLAY-ROOM-1', location, clock.now(), {
    name: '行政楼 201',
    address: '深圳市罗湖区',
    usableAreaSqm: 96.5,
  });
  const need = await post('/api/space-needs', 'mgr-hosp1', {
    title: '医务科办公用房',
    use: 'office',
    minAreaSqm: 100,
    maxAreaSqm: 150,
    location: { ...location, system: 'WGS84' },
    radiusM: 2000,
    neededFrom: chinaDate(clock.now()),
    durationMonths: 24,
    purpose: '扩编',
  }).expect(201);
  const taken = await post(`/api/space-needs/${need.body.needId as string}/matches/${propertyId}/take`, 'mgr-hosp1').expect(201);
  const allocation = `/api/space-allocations/${taken.body.allocationId as string}`;
  await post(`${allocation}/decision`, 'mgr-edu', { approve: true, comment: '同意' }).expect(200);
  await post(`${allocation}/decision`, 'fin-approver', { approve: true }).expect(200);
  await post(`${allocation}/handover`, 'mgr-hosp1', { note: '钥匙 2 把' }).expect(200);
}
