import { ApiProperty } from '@nestjs/swagger';

export class MapPointView {
  @ApiProperty() propertyId!: string;
  @ApiProperty({ description: '物业编号' }) propertyNo!: string;
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiProperty({ enum: ['parcel', 'building', 'floor', 'room'] }) kind!: string;
  @ApiProperty() use!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'Longitude in the answer’s datum' }) lng!: number;
  @ApiProperty({ description: 'Latitude in the answer’s datum' }) lat!: number;
  @ApiProperty({ description: '建筑面积, m²' }) grossAreaSqm!: number;
  @ApiProperty() ownerUnitId!: string;
  @ApiProperty({ nullable: true, type: String }) occupantUnitId!: string | null;
}

export class MapClusterView {
  @ApiProperty() count!: number;
  @ApiProperty() lng!: number;
  @ApiProperty() lat!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Count per status' })
  statuses!: Record<string, number>;
}

export class MapPointsView {
  @ApiProperty({ enum: ['points', 'clusters'] }) mode!: 'points' | 'clusters';
  @ApiProperty({ description: 'Property in the viewport under the filters' }) total!: number;
  @ApiProperty({ enum: ['WGS84', 'GCJ02'], description: 'Datum of every coordinate here (GCJ-02 when the tiles are)' })
  datum!: 'WGS84' | 'GCJ02';
  @ApiProperty({ type: [MapPointView], description: 'mode points: each property' }) points!: MapPointView[];
  @ApiProperty({ type: [MapClusterView], description: 'mode clusters: one per grid cell' }) clusters!: MapClusterView[];
  @ApiProperty({ nullable: true, type: Number, description: 'Cluster cell size, degrees' }) cellDegrees!: number | null;
}

export class NearbyPropertyView extends MapPointView {
  @ApiProperty({ description: 'Great-circle distance from the centre, metres' }) distanceM!: number;
}

export class NearbyView {
  @ApiProperty({ enum: ['WGS84', 'GCJ02'] }) datum!: 'WGS84' | 'GCJ02';
  @ApiProperty() radiusM!: number;
  @ApiProperty({ type: [NearbyPropertyView], description: 'Nearest first' }) items!: NearbyPropertyView[];
}

export class TileLayerView {
  @ApiProperty({ description: 'Leaflet URL template ({s}, {z}, {x}, {y})' }) urlTemplate!: string;
  @ApiProperty({ nullable: true, type: String }) subdomains!: string | null;
}

export class MapSettingsView {
  @ApiProperty({ enum: ['none', 'tianditu', 'gis', 'osm'] }) source!: string;
  @ApiProperty({ type: [TileLayerView], description: 'Empty: no tiles; the map shows points and the shipped outlines' })
  layers!: TileLayerView[];
  @ApiProperty({ nullable: true, type: String }) attribution!: string | null;
  @ApiProperty({ enum: ['WGS84', 'GCJ02'] }) datum!: 'WGS84' | 'GCJ02';
  @ApiProperty() maxZoom!: number;
}

export class MapPlaceView {
  @ApiProperty({ enum: ['property', 'unit'] }) kind!: 'property' | 'unit';
  @ApiProperty({ nullable: true, type: String }) propertyId!: string | null;
  @ApiProperty({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Address (property) or how many located properties (unit)' }) detail!: string;
  @ApiProperty() lng!: number;
  @ApiProperty() lat!: number;
}

export class MapPlacesView {
  @ApiProperty({ enum: ['WGS84', 'GCJ02'] }) datum!: 'WGS84' | 'GCJ02';
  @ApiProperty({ type: [MapPlaceView] }) items!: MapPlaceView[];
}

export class DistrictOutlinesView {
  @ApiProperty({ enum: ['WGS84', 'GCJ02'] }) datum!: 'WGS84' | 'GCJ02';
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'GeoJSON FeatureCollection. Features with properties.kind = "boundary" come from the outline file shipped with the project (source and licence in properties); kind = "property-extent" is drawn from our own data: the convex hull of a unit’s located property, not an administrative boundary',
  })
  outlines!: Record<string, unknown>;
  @ApiProperty({ description: 'Where the shipped outlines come from, and under which licence' }) source!: string;
}
