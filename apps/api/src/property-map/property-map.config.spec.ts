import { validateConfig } from '@app/platform/config/validate-config';
import { mapSettings, PropertyMapConfig, tileImageSources } from './property-map.config';

const settingsOf = (env: Record<string, string>) => mapSettings(validateConfig(PropertyMapConfig, env));

describe('map tile settings', () => {
  it('draws no tiles by default (test systems): points and outlines only, in WGS-84', () => {
    expect(settingsOf({})).toEqual({ source: 'none', layers: [], attribution: null, datum: 'WGS84', maxZoom: 19 });
    expect(tileImageSources(settingsOf({}))).toEqual([]);
  });

  it('takes 天地图 with its key (vector and annotation layers), and refuses it without one', () => {
    const s = settingsOf({ PROPERTY_MAP_TILES: 'tianditu', PROPERTY_MAP_TIANDITU_KEY: 'abc 123' });
    expect(s.layers.map((l) => l.urlTemplate)).toEqual([
      expect.stringMatching(
        /^https:\/\/t\{s\}\.tianditu\.gov\.cn\/vec_w\/wmts\?.*TILEMATRIX=\{z\}&TILEROW=\{y\}&TILECOL=\{x\}&tk=abc%20123$/,
      ),
      expect.stringContaining('/cva_w/wmts?'),
    ]);
    expect(tileImageSources(s)).toEqual(['https://*.tianditu.gov.cn']);
    expect(() => settingsOf({ PROPERTY_MAP_TILES: 'tianditu' })).toThrow(/PROPERTY_MAP_TIANDITU_KEY/);
  });

  it('takes an internal GIS server’s template with {z}, {x}, {y}, in GCJ-02 when told', () => {
    const s = settingsOf({
      PROPERTY_MAP_TILES: 'gis',
      PROPERTY_MAP_TILE_URL: 'https://gis.luohu.gov.cn/tiles/{z}/{x}/{y}.png',
      PROPERTY_MAP_TILES_GCJ02: 'true',
    });
    expect(s).toMatchObject({ source: 'gis', datum: 'GCJ02', layers: [{ urlTemplate: 'https://gis.luohu.gov.cn/tiles/{z}/{x}/{y}.png' }] });
    expect(tileImageSources(s)).toEqual(['https://gis.luohu.gov.cn']);
    for (const bad of ['', 'ftp://gis/{z}/{x}/{y}', 'https://gis.luohu.gov.cn/tiles/{z}/{x}.png'])
      expect(() => settingsOf({ PROPERTY_MAP_TILES: 'gis', PROPERTY_MAP_TILE_URL: bad })).toThrow(/PROPERTY_MAP_TILE_URL/);
  });

  it('takes OpenStreetMap with its credit, and refuses an unknown source or datum flag', () => {
    expect(settingsOf({ PROPERTY_MAP_TILES: 'osm' })).toMatchObject({ attribution: '© OpenStreetMap contributors', datum: 'WGS84' });
    expect(() => settingsOf({ PROPERTY_MAP_TILES: 'google' })).toThrow(/PROPERTY_MAP_TILES must be none, tianditu, gis or osm/);
    expect(() => settingsOf({ PROPERTY_MAP_TILES_GCJ02: 'yes' })).toThrow(/PROPERTY_MAP_TILES_GCJ02/);
  });
});
