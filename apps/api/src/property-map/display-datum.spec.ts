import { wgs84ToGcj02 } from '@app/property';
import { DisplayDatum } from './display-datum';

const DONGMEN = { lng: 114.1219, lat: 22.5487 };

describe('the datum points are shown and asked in', () => {
  it('leaves WGS-84 alone', () => {
    const d = new DisplayDatum('WGS84');
    expect(d.out({ ...DONGMEN, name: 'x' })).toEqual({ ...DONGMEN, name: 'x' });
    expect(d.pointIn(DONGMEN)).toEqual(DONGMEN);
  });

  it('shifts points out to GCJ-02 and back, keeping the other fields', () => {
    const d = new DisplayDatum('GCJ02');
    const shown = d.out({ ...DONGMEN, name: '东门' });
    expect(shown).toEqual({ ...wgs84ToGcj02(DONGMEN), name: '东门' });
    // The offset in 罗湖 is a few hundred metres.
    expect(Math.abs(shown.lng - DONGMEN.lng) + Math.abs(shown.lat - DONGMEN.lat)).toBeGreaterThan(0.003);
    const back = d.pointIn(shown);
    expect(back.lng).toBeCloseTo(DONGMEN.lng, 8);
    expect(back.lat).toBeCloseTo(DONGMEN.lat, 8);
  });

  it('turns a GCJ-02 viewport into the WGS-84 box holding its corners, and shifts outlines', () => {
    const d = new DisplayDatum('GCJ02');
    const shown = wgs84ToGcj02(DONGMEN);
    const box = d.bboxIn({ west: shown.lng - 0.01, south: shown.lat - 0.01, east: shown.lng + 0.01, north: shown.lat + 0.01 });
    expect(DONGMEN.lng).toBeGreaterThan(box.west);
    expect(DONGMEN.lng).toBeLessThan(box.east);
    expect(DONGMEN.lat).toBeGreaterThan(box.south);
    expect(DONGMEN.lat).toBeLessThan(box.north);
    const f = d.feature({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[DONGMEN.lng, DONGMEN.lat]]] } });
    expect(f.geometry.coordinates).toEqual([[[shown.lng, shown.lat]]]);
  });
});
