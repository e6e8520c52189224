import { IsIn, IsOptional, IsString } from 'class-validator';
import { moduleConfig } from '@app/platform/config/module-config';
import { ConfigError } from '@app/platform/config/validate-config';

export const TILE_SOURCES = ['none', 'tianditu', 'gis', 'osm'] as const;
export type TileSource = (typeof TILE_SOURCES)[number];

export class PropertyMapConfig {
  /** Where the map's background comes from; `none` (the default, and test systems): points and outlines only. */
  @IsOptional()
  @IsIn(TILE_SOURCES, { message: 'PROPERTY_MAP_TILES must be none, tianditu, gis or osm' })
  PROPERTY_MAP_TILES?: TileSource;

  /** 天地图's browser key (tk): required with PROPERTY_MAP_TILES=tianditu. */
  @IsOptional()
  @IsString()
  PROPERTY_MAP_TIANDITU_KEY?: string;

  /** The internal GIS server's tile URL template with {z}, {x} and {y}: required with PROPERTY_MAP_TILES=gis. */
  @IsOptional()
  @IsString()
  PROPERTY_MAP_TILE_URL?: string;

  /** Credit shown on the map for the internal GIS server's tiles. */
  @IsOptional()
  @IsString()
  PROPERTY_MAP_TILE_ATTRIBUTION?: string;

  /** `true`: the tiles are drawn in GCJ-02 (高德/腾讯-style), so points are shifted to match them. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'PROPERTY_MAP_TILES_GCJ02 must be true or false' })
  PROPERTY_MAP_TILES_GCJ02?: 'true' | 'false';
}

export const propertyMapConfig = moduleConfig('propertyMap', PropertyMapConfig);

export interface TileLayer {
  readonly urlTemplate: string;
  readonly subdomains: string | null;
}

/** What the page needs to draw the background; `layers` empty: no tiles, the shipped outlines only. */
export interface MapSettings {
  readonly source: TileSource;
  readonly layers: readonly TileLayer[];
  readonly attribution: string | null;
  /** The datum of the coordinates the API answers and takes (GCJ-02 when the tiles are). */
  readonly datum: 'WGS84' | 'GCJ02';
  readonly maxZoom: number;
}

const tiandituLayer = (layer: 'vec' | 'cva', key: string): TileLayer => ({
  // Web Mercator (_w) WMTS; CGCS2000 differs from WGS-84 by centimetres, so no shift.
  urlTemplate: `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  subdomains: '01234567',
});

/** The settings in force; a source without what it needs stops the start, naming the missing setting. */
export function mapSettings(config: PropertyMapConfig): MapSettings {
  const source = config.PROPERTY_MAP_TILES ?? 'none';
  const gcj02 = config.PROPERTY_MAP_TILES_GCJ02 === 'true';
  const datum = gcj02 ? 'GCJ02' : 'WGS84';
  if (source === 'tianditu') {
    const key = config.PROPERTY_MAP_TIANDITU_KEY?.trim();
    if (!key) throw new ConfigError('PROPERTY_MAP_TILES=tianditu needs PROPERTY_MAP_TIANDITU_KEY (天地图 key)');
    return { source, layers: [tiandituLayer('vec', key), tiandituLayer('cva', key)], attribution: '天地图', datum, maxZoom: 18 };
  }
  if (source === 'gis') {
    const url = config.PROPERTY_MAP_TILE_URL?.trim() ?? '';
    if (!/^https?:\/\/\S+$/.test(url) || !['{z}', '{x}', '{y}'].every((p) => url.includes(p)))
      throw new ConfigError('PROPERTY_MAP_TILES=gis needs PROPERTY_MAP_TILE_URL: an http(s) URL template with {z}, {x} and {y}');
    return {
      source,
      layers: [{ urlTemplate: url, subdomains: null }],
      attribution: config.PROPERTY_MAP_TILE_ATTRIBUTION ?? null,
      datum,
      maxZoom: 19,
    };
  }
  if (source === 'osm')
    return {
      source,
      layers: [{ urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', subdomains: null }],
      attribution: '© OpenStreetMap contributors',
      datum,
      maxZoom: 19,
    };
  return { source, layers: [], attribution: null, datum, maxZoom: 19 };
}

/** Where the page may load tile images from (the Content-Security-Policy's img-src): each layer's origin. */
export function tileImageSources(settings: MapSettings): string[] {
  const origins = settings.layers.map((l) => {
    const origin = new URL(l.urlTemplate.replace('{s}', '0')).origin;
    // A subdomain placeholder (t{s}.tianditu.gov.cn) allows every host of the domain.
    return l.urlTemplate.includes('{s}') ? origin.replace(/:\/\/[^.]+\./, '://*.') : origin;
  });
  return [...new Set(origins)];
}

export const MAP_SETTINGS = Symbol('MAP_SETTINGS');
