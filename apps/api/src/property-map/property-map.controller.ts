import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { Actor, DepartmentDirectory } from '@app/shared';
import { checkCentre, parseBbox } from '@app/read-models/property-map/geo';
import { PropertyMapQueries } from '@app/read-models/property-map/property-map.queries';
import { MAP_SETTINGS, MapSettings } from './property-map.config';
import { filtersOf, MapNearbyQueryDto, MapPlacesQueryDto, MapPointsQueryDto } from './property-map.query.dto';
import { DistrictOutlinesView, MapPlacesView, MapPointsView, MapSettingsView, NearbyView } from './property-map.views';
import { DisplayDatum } from './display-datum';
import { DistrictOutlines } from './district-outlines';

/** 物业一张图: property on the map for the people who manage, approve, pay for and audit it. */
@ApiTags('property map (物业一张图)')
@ApiBearerAuth()
@Controller('property-map')
@Roles('asset_manager', 'finance_approver', 'auditor', 'system_admin')
export class PropertyMapController {
  private readonly datum: DisplayDatum;

  constructor(
    private readonly queries: PropertyMapQueries,
    private readonly directory: DepartmentDirectory,
    private readonly outlines: DistrictOutlines,
    @Inject(MAP_SETTINGS) private readonly settings: MapSettings,
  ) {
    this.datum = new DisplayDatum(settings.datum);
  }

  @Get('points')
  @ApiOperation({
    summary: 'Property in a viewport: points, or grid clusters when there are too many',
    description:
      'bbox=west,south,east,north (degrees, in the datum of /settings). Up to 500 properties answer as points; more answer as grid clusters (count, mean position, count per status) of about 64 px at the zoom. Filters: use, status, kind (comma-separated), unit (owner or occupant, with the units below it), minArea/maxArea (建筑面积 m²). Only property of units the caller covers (owner or occupant): a unit its own, a 主管部门 its units, finance and audit their district, administrators all. A bad bbox answers 400 MAP_BBOX_INVALID.',
  })
  @ApiOkResponse({ type: MapPointsView })
  async points(@Query() q: MapPointsQueryDto, @CurrentActor() actor: Actor): Promise<MapPointsView> {
    const bbox = this.datum.bboxIn(parseBbox(q.bbox));
    const answer = await this.queries.viewport(bbox, filtersOf(q), this.directory.visibleUnits(actor, q.unit), q.zoom);
    const base = { total: answer.total, datum: this.settings.datum };
    if (answer.mode === 'points')
      return { ...base, mode: 'points', points: answer.points.map((p) => this.datum.out(p)), clusters: [], cellDegrees: null };
    return {
      ...base,
      mode: 'clusters',
      points: [],
      clusters: answer.clusters.map((c) => this.datum.out(c)),
      cellDegrees: answer.cellDegrees,
    };
  }

  @Get('nearby')
  @ApiOperation({
    summary: 'Property within a radius of a point, nearest first, with the distance in metres',
    description:
      'lng, lat (degrees, in the datum of /settings), radiusM 1–50,000 (default 1,000), limit ≤ 200; the same filters and scope as /points. Distances are great-circle (haversine) in metres. A bad point answers 400 MAP_POINT_INVALID, a bad radius MAP_RADIUS_INVALID.',
  })
  @ApiOkResponse({ type: NearbyView })
  async nearby(@Query() q: MapNearbyQueryDto, @CurrentActor() actor: Actor): Promise<NearbyView> {
    const num = (s: string | undefined) => (s === undefined || !/^\s*-?\d+(\.\d+)?\s*$/.test(s) ? NaN : Number(s));
    const radiusM = q.radiusM === undefined ? 1000 : num(q.radiusM);
    const centre = this.datum.pointIn(
      checkCentre(q.lng === undefined ? undefined : num(q.lng), q.lat === undefined ? undefined : num(q.lat), radiusM),
    );
    const items = await this.queries.nearby(centre, radiusM, filtersOf(q), this.directory.visibleUnits(actor, q.unit), q.limit);
    return { datum: this.settings.datum, radiusM, items: items.map((p) => this.datum.out(p)) };
  }

  @Get('places')
  @ApiOperation({
    summary: 'Find a place in our own data: property by name, number or address, and units by name',
    description: 'No outside geocoder is used. A unit lands at the mean position of its located property; units without any are left out.',
  })
  @ApiOkResponse({ type: MapPlacesView })
  async places(@Query() q: MapPlacesQueryDto, @CurrentActor() actor: Actor): Promise<MapPlacesView> {
    const scope = this.directory.visibleUnits(actor);
    const text = q.q.trim();
    const units = this.directory
      .all()
      .filter((d) => !d.closed && d.name.includes(text) && (scope === null || scope.includes(d.code)))
      .slice(0, 10);
    const [properties, centres] = await Promise.all([this.queries.places(text, scope), this.queries.unitCentres(units.map((u) => u.code))]);
    const unitHits = units.flatMap((u) => {
      const at = centres.get(u.code);
      return at
        ? [
            {
              kind: 'unit' as const,
              propertyId: null,
              unitId: u.code,
              name: u.name,
              detail: `${at.count} 处物业`,
              lng: at.lng,
              lat: at.lat,
            },
          ]
        : [];
    });
    const propertyHits = properties.map((p) => ({
      kind: 'property' as const,
      propertyId: p.propertyId,
      unitId: null,
      name: p.name,
      detail: p.address,
      lng: p.lng,
      lat: p.lat,
    }));
    return { datum: this.settings.datum, items: [...unitHits, ...propertyHits].map((h) => this.datum.out(h)) };
  }

  @Get('settings')
  @ApiOperation({ summary: 'The tile source the map draws on (天地图, an internal GIS server, OpenStreetMap, or none) and its datum' })
  @ApiOkResponse({ type: MapSettingsView })
  tiles(): MapSettingsView {
    return { ...this.settings, layers: [...this.settings.layers] };
  }

  @Get('districts')
  @ApiOperation({
    summary: 'District outlines to draw without tiles (GeoJSON)',
    description:
      'The outline file shipped with the project (its source and licence named in each feature), plus, for each unit in scope, the convex hull of its located property (kind property-extent: drawn from our data, not an administrative boundary).',
  })
  @ApiOkResponse({ type: DistrictOutlinesView })
  async districts(@CurrentActor() actor: Actor): Promise<DistrictOutlinesView> {
    const hulls = await this.queries.hulls(this.directory.visibleUnits(actor));
    const extents = hulls.map((h) => ({
      type: 'Feature',
      properties: { kind: 'property-extent', unitId: h.unitId, name: `${this.directory.get(h.unitId)?.name ?? h.unitId} 物业范围` },
      geometry: { type: 'Polygon', coordinates: [h.ring.map((p) => this.datum.out(p)).map((p) => [p.lng, p.lat])] },
    }));
    const shipped = this.outlines.features().map((f) => this.datum.feature(f));
    return {
      datum: this.settings.datum,
      source: this.outlines.source,
      outlines: { type: 'FeatureCollection', features: [...shipped, ...extents] },
    };
  }
}
