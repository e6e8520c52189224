import { randomUUID } from 'node:crypto';
import { EventStore } from '@app/event-store';
import { propertyIdFor, PropertyRegistered, propertyStreamId } from '@app/property';

/**
 * A vacant room on 区第二中学's register (D-SCH2), appended as the register command records it, for tests of what
 * reads property (needs and their matches) that do not test registering. Returns the property's id.
 */
export async function appendPropertyRegistered(
  store: EventStore,
  propertyNo: string,
  location: { lng: number; lat: number },
  occurredAt: Date,
  over: Partial<PropertyRegistered['data']> = {},
): Promise<string> {
  const propertyId = propertyIdFor(propertyNo);
  const data: PropertyRegistered['data'] = {
    propertyId,
    propertyNo,
    kind: 'room',
    parentId: null,
    name: `行政楼 ${propertyNo}`,
    address: '深圳市罗湖区文锦中路',
    location,
    enteredLocation: { ...location, system: 'WGS84' },
    grossAreaSqm: 120,
    usableAreaSqm: null,
    use: 'office',
    ownerUnitId: 'D-SCH2',
    occupantUnitId: null,
    occupiedSince: null,
    status: 'idle',
    assetId: null,
    ...over,
  };
  const metadata = {
    actorId: 'mgr-sch2',
    actorRole: 'asset_manager',
    departmentId: 'D-SCH2',
    correlationId: randomUUID(),
    causationId: randomUUID(),
    occurredAt: occurredAt.toISOString(),
  };
  await store.append(
    propertyStreamId(propertyId),
    [{ id: randomUUID(), type: 'property.registered.v1', data: { ...data }, metadata }],
    'no_stream',
  );
  return propertyId;
}
