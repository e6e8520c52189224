import { gcj02ToWgs84, outOfChina, roundCoordinate, wgs84ToGcj02 } from './coordinates';

/**
 * Reference values from wandergis/coordtransform (test/app.js, MIT), the implementation most Chinese projects
 * copy: wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164] and its one-step inverse
 * gcj02towgs84(116.404, 39.915) = [116.39775550083061, 39.91359571849836]. hutool's CoordinateUtilTest
 * (cn.hutool.core.util) asserts the same forward value.
 */
describe('GCJ-02 ⇄ WGS-84', () => {
  it('offsets a WGS-84 point in Beijing as the published implementation does', () => {
    const gcj = wgs84ToGcj02({ lng: 116.404, lat: 39.915 });
    expect(gcj.lng).toBeCloseTo(116.41024449916938, 12);
    expect(gcj.lat).toBeCloseTo(39.91640428150164, 12);
  });

  it('takes a GCJ-02 point back to the WGS-84 point it came from (within 0.1 mm)', () => {
    const wgs = gcj02ToWgs84({ lng: 116.41024449916938, lat: 39.91640428150164 });
    expect(wgs.lng).toBeCloseTo(116.404, 9);
    expect(wgs.lat).toBeCloseTo(39.915, 9);
  });

  it('agrees with the one-step inverse to within its known error of a few metres', () => {
    const wgs = gcj02ToWgs84({ lng: 116.404, lat: 39.915 });
    // 1e-4° is about 10 m: the one-step inverse is off by about 1 m here; ours is exact.
    expect(Math.abs(wgs.lng - 116.39775550083061)).toBeLessThan(1e-4);
    expect(Math.abs(wgs.lat - 39.91359571849836)).toBeLessThan(1e-4);
    const there = wgs84ToGcj02(wgs);
    expect(there.lng).toBeCloseTo(116.404, 9);
    expect(there.lat).toBeCloseTo(39.915, 9);
  });

  it('round-trips points across Shenzhen 罗湖 to six decimals', () => {
    for (const point of [
      { lng: 114.131611, lat: 22.548309 },
      { lng: 114.118, lat: 22.569 },
      { lng: 114.16, lat: 22.6 },
    ]) {
      const back = gcj02ToWgs84(wgs84ToGcj02(point));
      expect(roundCoordinate(back.lng)).toBe(point.lng);
      expect(roundCoordinate(back.lat)).toBe(point.lat);
    }
  });

  it('leaves points outside China as they are', () => {
    const london = { lng: -0.1276, lat: 51.5072 };
    expect(outOfChina(london)).toBe(true);
    expect(wgs84ToGcj02(london)).toEqual(london);
    expect(gcj02ToWgs84(london)).toEqual(london);
  });
});
