import type { Schemas } from '../../../api/client';

export type RegisterBody = Schemas['RegisterPropertyRequestDto'];

/** The form's values: the API's fields, coordinates as three inputs (any of them empty: no coordinates). */
export interface RegisterValues {
  kind: RegisterBody['kind'];
  parentId?: string;
  propertyNo: string;
  name: string;
  address?: string;
  lng?: number | null;
  lat?: number | null;
  system: 'WGS84' | 'GCJ02';
  grossAreaSqm: number;
  usableAreaSqm?: number | null;
  use: RegisterBody['use'];
  ownerUnitId?: string;
  occupantUnitId?: string;
  occupiedSince?: string;
  status: RegisterBody['status'];
  assetId?: string;
}

const filled = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
const isNumber = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The request for the form's values: empty fields left out (the API takes no nulls), coordinates only
 * when both are given (with the system they were read in), the occupation date only with an occupant.
 */
export function toRegisterBody(v: RegisterValues): RegisterBody {
  const occupant = filled(v.occupantUnitId);
  return {
    propertyNo: v.propertyNo.trim(),
    kind: v.kind,
    name: v.name.trim(),
    grossAreaSqm: v.grossAreaSqm,
    use: v.use,
    status: v.status,
    ...(filled(v.parentId) ? { parentId: filled(v.parentId) } : {}),
    ...(filled(v.address) ? { address: filled(v.address) } : {}),
    ...(isNumber(v.lng) && isNumber(v.lat) ? { location: { lng: v.lng, lat: v.lat, system: v.system } } : {}),
    ...(isNumber(v.usableAreaSqm) ? { usableAreaSqm: v.usableAreaSqm } : {}),
    ...(filled(v.ownerUnitId) ? { ownerUnitId: filled(v.ownerUnitId) } : {}),
    ...(occupant ? { occupantUnitId: occupant } : {}),
    ...(occupant && filled(v.occupiedSince) ? { occupiedSince: filled(v.occupiedSince) } : {}),
    ...(filled(v.assetId) ? { assetId: filled(v.assetId) } : {}),
  };
}
