import { Actor } from '@app/shared';
import { SharingError } from './sharing.errors';

/**
 * What sharing needs to know of a property of the register (物业台账), folded by the handler from the
 * property's own event stream: commands never read projections.
 */
export interface PropertyFacts {
  readonly propertyId: string;
  readonly name: string;
  /** parcel, building, floor or room */
  readonly kind: string;
  /** office, business, school, parking, sports_venue, under_bridge, residential, other */
  readonly use: string;
  /** The unit on whose books it is. */
  readonly ownerUnitId: string;
  readonly occupantUnitId: string | null;
}

/** A shared space is a place people go: a room (场地) or a parcel (地块), not a whole building or floor. */
const SPACE_KINDS_OF_PROPERTY: readonly string[] = ['room', 'parcel'];

/** As the asset ledger words it (OFFICE_SPACE_RULE in @app/assets): a shared space is lent to others. */
export const OFFICE_RULE = '《机关事务管理条例》第二十三条：党政机关不得出租、出借办公用房';

/**
 * Whether the actor's unit may open this property to others: it must exist, be a room or parcel, not
 * be office space (the 机关事务管理条例 forbids lending it), and be on the unit's books or used by it.
 */
export function propertyRefusal(actor: Actor, propertyId: string, property: PropertyFacts | null): SharingError | null {
  if (!property) return new SharingError('PROPERTY_NOT_FOUND', `物业 ${propertyId} 不存在`, { field: 'propertyId' });
  if (!SPACE_KINDS_OF_PROPERTY.includes(property.kind))
    return new SharingError('PROPERTY_NOT_A_SPACE', `物业「${property.name}」是楼栋或楼层：共享空间须属于房间/场地或地块`, {
      field: 'propertyId',
    });
  if (property.use === 'office')
    return new SharingError('OFFICE_SPACE_NOT_LENDABLE', `物业「${property.name}」是办公用房，不能共享：${OFFICE_RULE}`, {
      field: 'propertyId',
      rule: OFFICE_RULE,
    });
  const unit = actor.departmentId;
  if (unit === null || (property.ownerUnitId !== unit && property.occupantUnitId !== unit))
    return new SharingError('PROPERTY_NOT_YOUR_UNIT', `物业「${property.name}」不属于本单位，也不由本单位使用`, { field: 'propertyId' });
  return null;
}
