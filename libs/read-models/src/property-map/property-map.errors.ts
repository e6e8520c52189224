import { DomainError, ErrorKind } from '@app/shared';

export type PropertyMapErrorCode = 'MAP_BBOX_INVALID' | 'MAP_POINT_INVALID' | 'MAP_RADIUS_INVALID' | 'MAP_AREA_RANGE_INVALID';

/** A map question that cannot be asked: the area it names is not a place (400, nothing read). */
export class PropertyMapError extends DomainError {
  readonly kind: ErrorKind = 'invalid';
  constructor(
    readonly code: PropertyMapErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
  }
}
