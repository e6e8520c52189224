import { PROPERTY_USE_LABELS, PropertyUse } from '../../domain/property.constants';

/**
 * Which property uses may serve a need of each use. A use always serves itself; beyond that only where
 * the space is commonly put to that use without changing what it is registered as: 桥下空间 is used as
 * parking and for sports courts (桥下篮球场), and 其他 space for business use. 办公用房 serves only an office
 * need and an office need only 办公用房 (党政机关办公用房 are kept to their standard and use), and no other
 * use is stretched into housing, schools or offices.
 */
export const USES_SERVING: Readonly<Record<PropertyUse, readonly PropertyUse[]>> = {
  office: ['office'],
  business: ['business', 'other'],
  school: ['school'],
  parking: ['parking', 'under_bridge'],
  sports_venue: ['sports_venue', 'under_bridge'],
  under_bridge: ['under_bridge'],
  residential: ['residential'],
  other: ['other', 'business', 'under_bridge'],
};

export function useServes(propertyUse: PropertyUse, needUse: PropertyUse): boolean {
  return USES_SERVING[needUse].includes(propertyUse);
}

/** The reason a fitting use is shown with: 用途相符 when equal, otherwise what the space is used as. */
export function useFitReason(propertyUse: PropertyUse, needUse: PropertyUse): string {
  return propertyUse === needUse
    ? `用途相符（${PROPERTY_USE_LABELS[needUse]}）`
    : `${PROPERTY_USE_LABELS[propertyUse]}可作${PROPERTY_USE_LABELS[needUse]}使用`;
}

/** Kinds a need may be met with: a whole parcel, building or room. A floor is only the container of rooms. */
export const ALLOCATABLE_KINDS = ['parcel', 'building', 'room'] as const;
