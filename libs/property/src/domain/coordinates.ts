/**
 * GCJ-02 (国测局坐标, used by 高德, 腾讯 and 天地图's Chinese-offset layers) ⇄ WGS-84 (GPS).
 *
 * GCJ-02 is WGS-84 plus an obfuscating offset computed on the Krasovsky 1940 ellipsoid
 * (a = 6378245 m, e² = 0.00669342162296594323). The offset formula is the one published and reproduced
 * by every open implementation (wandergis/coordtransform, googollee/eviltransform, hutool CoordinateUtil);
 * outside China's bounding box no offset is applied. There is no closed-form inverse: gcj02ToWgs84
 * iterates the forward transform until it reproduces the entered point (under 1e-9° ≈ 0.1 mm).
 */
export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}

const A = 6378245.0;
const EE = 0.00669342162296594323;

/** The bounding box the offset applies in (coordtransform's out_of_china). */
export function outOfChina({ lng, lat }: LngLat): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return ret;
}

function transformLng(x: number, y: number): number {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return ret;
}

/** The offset GCJ-02 adds at a WGS-84 point, in degrees. */
function offset({ lng, lat }: LngLat): LngLat {
  const dLat = transformLat(lng - 105.0, lat - 35.0);
  const dLng = transformLng(lng - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
  const sqrtMagic = Math.sqrt(magic);
  return {
    lat: (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI),
    lng: (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI),
  };
}

export function wgs84ToGcj02(point: LngLat): LngLat {
  if (outOfChina(point)) return { lng: point.lng, lat: point.lat };
  const d = offset(point);
  return { lng: point.lng + d.lng, lat: point.lat + d.lat };
}

export function gcj02ToWgs84(point: LngLat): LngLat {
  if (outOfChina(point)) return { lng: point.lng, lat: point.lat };
  // Start from the usual one-step estimate and correct by what the forward transform misses.
  let wgs: LngLat = { lng: point.lng, lat: point.lat };
  for (let i = 0; i < 30; i++) {
    const back = wgs84ToGcj02(wgs);
    const dLng = point.lng - back.lng;
    const dLat = point.lat - back.lat;
    wgs = { lng: wgs.lng + dLng, lat: wgs.lat + dLat };
    if (Math.abs(dLng) < 1e-10 && Math.abs(dLat) < 1e-10) break;
  }
  return wgs;
}

/** Coordinates as stored in events: six decimals (about 0.1 m), which is what any survey gives. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
