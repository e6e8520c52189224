import { gcj02ToWgs84, wgs84ToGcj02 } from '@app/property';
import { Bbox, LngLat } from '@app/read-models/property-map/geo';

type Position = number[];
export interface OutlineFeature {
  readonly type: 'Feature';
  readonly properties: Record<string, unknown>;
  readonly geometry:
    | { readonly type: 'Polygon'; readonly coordinates: Position[][] }
    | { readonly type: 'MultiPolygon'; readonly coordinates: Position[][][] };
}

/**
 * The register keeps WGS-84. Tiles drawn in GCJ-02 (the Chinese offset datum) need every point the
 * map shows shifted the same way, and every point or box it sends shifted back; otherwise the
 * markers sit a few hundred metres off the streets.
 */
export class DisplayDatum {
  constructor(private readonly datum: 'WGS84' | 'GCJ02') {}

  out<T extends LngLat>(p: T): T {
    if (this.datum === 'WGS84') return p;
    const shifted = wgs84ToGcj02(p);
    return { ...p, lng: shifted.lng, lat: shifted.lat };
  }

  pointIn(p: LngLat): LngLat {
    return this.datum === 'WGS84' ? p : gcj02ToWgs84(p);
  }

  /** A viewport sent in GCJ-02: the WGS-84 box holding its four corners shifted back. */
  bboxIn(b: Bbox): Bbox {
    if (this.datum === 'WGS84') return b;
    const corners = [
      { lng: b.west, lat: b.south },
      { lng: b.west, lat: b.north },
      { lng: b.east, lat: b.south },
      { lng: b.east, lat: b.north },
    ].map(gcj02ToWgs84);
    return {
      west: Math.min(...corners.map((c) => c.lng)),
      east: Math.max(...corners.map((c) => c.lng)),
      south: Math.min(...corners.map((c) => c.lat)),
      north: Math.max(...corners.map((c) => c.lat)),
    };
  }

  feature(f: OutlineFeature): OutlineFeature {
    if (this.datum === 'WGS84') return f;
    const ring = (r: Position[]) => r.map(([lng, lat]) => this.out({ lng, lat })).map((p) => [p.lng, p.lat]);
    return f.geometry.type === 'Polygon'
      ? { ...f, geometry: { type: 'Polygon', coordinates: f.geometry.coordinates.map(ring) } }
      : { ...f, geometry: { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((poly) => poly.map(ring)) } };
  }
}
