import { startTestSystem, TestSystem } from '@test/support/test-app';
import { ListingExpirySweeper } from '../src/warehouse/listing-expiry.sweeper';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000);

describe('到期提醒: owners are told once that a warehouse listing ends soon, then it expires', () => {
  let sys: TestSystem;
  let sweeper: ListingExpirySweeper;
  let manager: string;

  beforeAll(async () => {
    sys = await startTestSystem();
    sweeper = sys.app.get(ListingExpirySweeper);
    manager = await sys.tokenFor('mgr-sch1');
  });
  afterAll(() => sys.close());

  const post = (path: string, body: object = {}) => sys.http().post(path).set('authorization', `Bearer ${manager}`).send(body);
  const typesOf = async (assetId: string) =>
    (
      await sys.query<{ t: string }>(`SELECT event_type AS t FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision`, [
        `asset-${assetId}`,
      ])
    ).map((r) => r.t);
  const listed = async (assetNo: string, endsInHours: number) => {
    const res = await post('/api/assets', {
      assetNo,
      departmentId: 'D-SCH1',
      name: '文件柜',
      categoryCode: 'A05000000',
      custodian: '李四',
      location: '行政楼201',
      acquiredOn: '2021-03-01',
      originalValueFen: 120000,
      quantity: 1,
      unit: '个',
      condition: 'good',
    }).expect(201);
    const assetId = res.body.assetId as string;
    await post(`/api/assets/${assetId}/listing`, {
      description: '八成新',
      condition: 'good',
      pickupLocation: '门卫室',
      advertiseUntil: inHours(endsInHours).toISOString(),
    }).expect(201);
    return assetId;
  };

  it('warns listings ending within the window once, leaves later ones, and expires them when they end', async () => {
    expect(sweeper.warningHours).toBe(24);
    const soon = await listed('EXP-SOON', 10);
    const later = await listed('EXP-LATER', 72);
    await sys.projected();

    expect(await sweeper.warn()).toBe(1);
    await sys.projected();
    // The next round (or another instance) finds nothing left to tell.
    expect(await sweeper.warn()).toBe(0);
    expect(await typesOf(soon)).toEqual(['asset.registered.v1', 'asset.listed.v1', 'asset.listing-expiry-warned.v1']);
    expect(await typesOf(later)).toEqual(['asset.registered.v1', 'asset.listed.v1']);
    const [row] = await sys.query<{ warned: Date | null }>(
      `SELECT expiry_warned_at AS warned FROM marketplace_listings WHERE asset_id = $1`,
      [soon],
    );
    expect(row.warned).toBeInstanceOf(Date);

    // Two days on: the later listing is within its window; the first one has ended and expires.
    const twoDaysOn = inHours(50);
    expect(await sweeper.warn(twoDaysOn)).toBe(1);
    expect(await sweeper.sweep(twoDaysOn)).toBe(1);
    expect(await typesOf(soon)).toEqual([
      'asset.registered.v1',
      'asset.listed.v1',
      'asset.listing-expiry-warned.v1',
      'asset.listing-expired.v1',
    ]);
    expect(await typesOf(later)).toEqual(['asset.registered.v1', 'asset.listed.v1', 'asset.listing-expiry-warned.v1']);
  });
});
