import { boxAround, checkCentre, clusterCellDegrees, convexHull, haversineMetres, parseBbox } from './geo';
import { PropertyMapError } from './property-map.errors';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof PropertyMapError ? e.code : String(e);
  }
  return null;
};

describe('map geometry', () => {
  it('reads a bbox as west,south,east,north and refuses anything else with MAP_BBOX_INVALID', () => {
    expect(parseBbox('114.08,22.52,114.2,22.6')).toEqual({ west: 114.08, south: 22.52, east: 114.2, north: 22.6 });
    for (const bad of [
      undefined,
      '',
      '1,2,3',
      '114.2,22.52,114.08,22.6',
      '114,22.6,115,22.5',
      '114,22,115,abc',
      '-181,0,1,1',
      '0,0,1,91',
      '1e3,0,2,1',
    ])
      expect(codeOf(() => parseBbox(bad))).toBe('MAP_BBOX_INVALID');
  });

  it('takes a centre and a radius of 1 m to 50 km', () => {
    expect(checkCentre(114.1, 22.5, 1000)).toEqual({ lng: 114.1, lat: 22.5 });
    expect(codeOf(() => checkCentre(200, 22.5, 1000))).toBe('MAP_POINT_INVALID');
    expect(codeOf(() => checkCentre(undefined, 22.5, 1000))).toBe('MAP_POINT_INVALID');
    expect(codeOf(() => checkCentre(114.1, 22.5, 0))).toBe('MAP_RADIUS_INVALID');
    expect(codeOf(() => checkCentre(114.1, 22.5, 50_001))).toBe('MAP_RADIUS_INVALID');
    expect(codeOf(() => checkCentre(114.1, 22.5, NaN))).toBe('MAP_RADIUS_INVALID');
  });

  it('measures a degree of latitude as about 111.2 km, and a degree of longitude shorter away from the equator', () => {
    expect(haversineMetres({ lng: 0, lat: 0 }, { lng: 0, lat: 1 })).toBeCloseTo(111_195, 0);
    const atLuohu = haversineMetres({ lng: 114, lat: 22.55 }, { lng: 115, lat: 22.55 });
    expect(atLuohu).toBeGreaterThan(102_000);
    expect(atLuohu).toBeLessThan(103_000);
  });

  it('puts the whole circle inside the box around it', () => {
    const centre = { lng: 114.12, lat: 22.55 };
    const box = boxAround(centre, 2000);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // Walk 1,999 m along the bearing on the sphere; the point must be inside the box.
      const d = 1999 / 6_371_008.8;
      const b = (bearing * Math.PI) / 180;
      const lat1 = (centre.lat * Math.PI) / 180;
      const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
      const lng2 =
        (centre.lng * Math.PI) / 180 +
        Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
      const p = { lng: (lng2 * 180) / Math.PI, lat: (lat2 * 180) / Math.PI };
      expect(haversineMetres(centre, p)).toBeCloseTo(1999, 3);
      expect(p.lng > box.west && p.lng < box.east && p.lat > box.south && p.lat < box.north).toBe(true);
    }
  });

  it('sizes cluster cells by zoom (about 64 px), or a sixteenth of the viewport without one', () => {
    expect(clusterCellDegrees({ west: 0, south: 0, east: 1, north: 1 }, 0)).toBe(90);
    expect(clusterCellDegrees({ west: 0, south: 0, east: 1, north: 1 }, 10)).toBeCloseTo(360 / 1024 / 4, 12);
    expect(clusterCellDegrees({ west: 0, south: 0, east: 1.6, north: 1 }, undefined)).toBeCloseTo(0.1, 12);
    // A city-wide box with a street-level zoom: cells stay a 64th of the box, not 64 pixels at zoom 22.
    expect(clusterCellDegrees({ west: 113.7, south: 22.4, east: 114.7, north: 22.9 }, 22)).toBeCloseTo(1 / 64, 12);
  });

  it('outlines points by their convex hull, closed, leaving inner points out', () => {
    const square = [
      { lng: 0, lat: 0 },
      { lng: 1, lat: 0 },
      { lng: 1, lat: 1 },
      { lng: 0, lat: 1 },
      { lng: 0.5, lat: 0.5 },
    ];
    const hull = convexHull(square)!;
    expect(hull).toHaveLength(5);
    expect(hull[0]).toEqual(hull[4]);
    expect(hull).not.toContainEqual({ lng: 0.5, lat: 0.5 });
    expect(
      convexHull([
        { lng: 0, lat: 0 },
        { lng: 1, lat: 1 },
        { lng: 2, lat: 2 },
      ]),
    ).toBeNull();
  });
});
