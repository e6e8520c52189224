import { EVENT_STORE, EventStore } from '@app/event-store';
import { Actor } from '@app/shared';
import { tablesContaining } from '@test/support/personal-data-search';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { run } from '../src/main';

const HOUR = 3600_000;
const slotStart = new Date(Math.ceil((Date.now() + 5 * HOUR) / HOUR) * HOUR).toISOString();
const slotEnd = new Date(Date.parse(slotStart) + HOUR).toISOString();
const chinaDate = (iso: string) => new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 10);
const meta = (actorId: string) => ({
  actorId,
  actorRole: 'resident',
  departmentId: null,
  correlationId: 'c',
  causationId: 'c',
  occurredAt: new Date().toISOString(),
});

describe('personal-data-upcast: plain-text resident events from before sealing', () => {
  let sys: TestSystem;
  let store: EventStore;
  let lot: string;
  const lines: string[] = [];
  const cli = async (...args: string[]) => {
    lines.length = 0;
    return run(args, (line) => lines.push(line));
  };
  const ids = { profile: '00000000-0000-4000-8000-000000000001', booking: '00000000-0000-4000-8000-000000000002' };

  beforeAll(async () => {
    sys = await startTestSystem();
    store = sys.app.get(EVENT_STORE);
    const manager = await sys.tokenFor('mgr-sch1');
    lot = (
      await sys
        .http()
        .post('/api/spaces')
        .set('authorization', `Bearer ${manager}`)
        .send({
          name: '老停车场',
          kind: 'parking',
          location: '和平路1号',
          audiences: ['residents'],
          approval: 'automatic',
          schedule: {
            windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
            slotMinutes: 60,
            capacity: 5,
            horizonDays: 14,
            minNoticeMinutes: 0,
          },
        })
        .expect(201)
    ).body.id;
    // As the system wrote them before personal data was sealed.
    const profile = (residentId: string, phone: string) => ({ residentId, name: '郑老', phone, plateNumber: '沪A99999' });
    await store.append(
      'resident-legacy1',
      [{ id: ids.profile, type: 'resident.profile-recorded.v1', data: profile('legacy1', '13611112222'), metadata: meta('legacy1') }],
      'no_stream',
    );
    await store.append(
      `slot-${lot}-${slotStart}`,
      [
        {
          id: ids.booking,
          type: 'booking.placed.v2',
          data: {
            bookingId: '00000000-0000-4000-8000-0000000000b1',
            spaceId: lot,
            slotStart,
            slotEnd,
            bookerId: 'legacy1',
            bookerKind: 'resident',
            departmentId: null,
            places: 1,
            plateNumber: '沪A99999',
            status: 'confirmed',
            requestedAt: new Date().toISOString(),
          },
          metadata: meta('legacy1'),
        },
      ],
      'no_stream',
    );
    await store.append(
      'resident-legacy2',
      [
        {
          id: '00000000-0000-4000-8000-000000000003',
          type: 'resident.profile-recorded.v1',
          data: profile('legacy2', '13633334444'),
          metadata: meta('legacy2'),
        },
        {
          id: '00000000-0000-4000-8000-000000000004',
          type: 'resident.erased.v1',
          data: { residentId: 'legacy2', subjectId: 'legacy2/1', requestedBy: 'resident', byUserId: 'legacy2', reason: '' },
          metadata: meta('legacy2'),
        },
      ],
      'no_stream',
    );
    await sys.projected();
  });
  afterAll(() => sys.close());

  it('projects no plain text before the upcast; after it, the profile and plate are sealed in new events superseding the old', async () => {
    expect(await tablesContaining(sys, '13611112222')).toEqual(['event_store.events', 'public.audit_log']);
    const [row] = await sys.query<{ legacy_plain: boolean; personal: unknown }>(
      "SELECT legacy_plain, personal FROM sharing_residents WHERE resident_id = 'legacy1'",
    );
    expect(row).toEqual({ legacy_plain: true, personal: null });

    expect(await cli('personal-data-upcast')).toBe(0);
    expect(lines[0]).toBe('sealed 1 profile(s) and 1 plate(s); 0 already sealed; 1 of people erased since (nothing sealed)');
    await sys.projected();
    const written = await sys.query<{ event_type: string; data: { supersedes: string; subjectId: string } }>(
      "SELECT event_type, data FROM event_store.events WHERE event_type IN ('resident.profile-recorded.v2', 'booking.plate-sealed.v1') ORDER BY global_position",
    );
    expect(written.map((e) => [e.event_type, e.data.supersedes, e.data.subjectId])).toEqual([
      ['resident.profile-recorded.v2', ids.profile, 'legacy1/1'],
      ['booking.plate-sealed.v1', ids.booking, 'legacy1/1'],
    ]);
    const actor: Actor = { userId: 'legacy1', role: 'resident', departmentId: null, displayName: '居民' };
    const token = await sys.tokenAs(actor);
    const me = await sys.http().get('/api/residents/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ name: '郑老', phone: '13611112222', plateNumber: '沪A99999' });
    const manager = await sys.tokenFor('mgr-sch1');
    const day = chinaDate(slotStart);
    const occupancy = await sys
      .http()
      .get(`/api/spaces/${lot}/occupancy?from=${day}&to=${day}`)
      .set('authorization', `Bearer ${manager}`)
      .expect(200);
    expect(occupancy.body[0]).toMatchObject({ bookerName: '郑老', bookerPhone: '13611112222', plateNumber: '沪A99999' });
    // What stays readable: the superseded events themselves (and their copies in the audit log), never a read model.
    expect(await tablesContaining(sys, '13611112222')).toEqual(['event_store.events', 'public.audit_log']);

    expect(await cli('personal-data-upcast')).toBe(0);
    expect(lines[0]).toBe('sealed 0 profile(s) and 0 plate(s); 2 already sealed; 1 of people erased since (nothing sealed)');
    expect(await cli('personal-data-rotate-keys', '--subject', 'legacy1/1')).toBe(0);
    expect(lines).toEqual(['legacy1/1: key version 2', 'rotated 1 key(s)']);
    expect(await cli('verify-read-models')).toBe(0);
    expect(await cli('audit-verify')).toBe(0);
  });
});
