import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PROPERTY_KINDS, PROPERTY_STATUSES, PROPERTY_USES } from '@app/property';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';
import { PropertyMapFilters } from '@app/read-models/property-map/property-map.queries';

const list = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

/** The map's filters, shared by the viewport and the nearby list. */
export class PropertyMapFiltersDto {
  @ApiPropertyOptional({ type: String, description: `Comma-separated uses: ${PROPERTY_USES.join(', ')}` })
  @IsOptional()
  @Transform(list)
  @IsIn(PROPERTY_USES, { each: true, message: `use must be one of ${PROPERTY_USES.join(', ')}` })
  use?: string[];

  @ApiPropertyOptional({ type: String, description: `Comma-separated statuses: ${PROPERTY_STATUSES.join(', ')}` })
  @IsOptional()
  @Transform(list)
  @IsIn(PROPERTY_STATUSES, { each: true, message: `status must be one of ${PROPERTY_STATUSES.join(', ')}` })
  status?: string[];

  @ApiPropertyOptional({ type: String, description: `Comma-separated kinds: ${PROPERTY_KINDS.join(', ')}` })
  @IsOptional()
  @Transform(list)
  @IsIn(PROPERTY_KINDS, { each: true, message: `kind must be one of ${PROPERTY_KINDS.join(', ')}` })
  kind?: string[];

  @ApiPropertyOptional({ description: 'Owner or occupant unit (that unit and the units below it, within your scope)', example: 'D-SCH1' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `unit ${DEPARTMENT_CODE_MESSAGE}` })
  unit?: string;

  @ApiPropertyOptional({ description: 'Smallest 建筑面积, m²' })
  @IsOptional()
  @Type(() => Number)
  // No maxDecimalPlaces: class-validator's check throws on exponent notation (2e-323), a 500 for a typo.
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000_000)
  minArea?: number;

  @ApiPropertyOptional({ description: 'Largest 建筑面积, m²' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000_000)
  maxArea?: number;
}

export function filtersOf(q: PropertyMapFiltersDto): PropertyMapFilters {
  return { uses: q.use, statuses: q.status, kinds: q.kind, minAreaSqm: q.minArea, maxAreaSqm: q.maxArea };
}

export class MapPointsQueryDto extends PropertyMapFiltersDto {
  @ApiPropertyOptional({ description: 'Viewport: west,south,east,north in degrees (required)', example: '114.08,22.52,114.2,22.6' })
  @IsOptional()
  @IsString()
  bbox?: string;

  @ApiPropertyOptional({ description: 'Map zoom (0–22): sizes the cluster cells (about 64 px)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(22)
  zoom?: number;
}

/** Centre and radius are checked by the map itself (MAP_POINT_INVALID, MAP_RADIUS_INVALID), so they arrive as text. */
export class MapNearbyQueryDto extends PropertyMapFiltersDto {
  @ApiPropertyOptional({ description: 'Centre longitude, degrees (required)', example: '114.1219' })
  @IsOptional()
  @IsString()
  lng?: string;

  @ApiPropertyOptional({ description: 'Centre latitude, degrees (required)', example: '22.5487' })
  @IsOptional()
  @IsString()
  lat?: string;

  @ApiPropertyOptional({ description: 'Radius in metres, 1–50,000', default: 1000 })
  @IsOptional()
  @IsString()
  radiusM?: string;

  @ApiPropertyOptional({ description: 'At most this many, nearest first', default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class MapPlacesQueryDto {
  @ApiPropertyOptional({ description: 'Part of a property name, number or address, or of a unit name (required)' })
  @IsString()
  @Length(1, 50)
  q!: string;
}
