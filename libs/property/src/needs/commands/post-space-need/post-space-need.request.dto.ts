import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';
import { PROPERTY_USES, PropertyUse } from '../../../domain/property.constants';
import { MAX_DURATION_MONTHS, MAX_NEED_AREA_SQM, MAX_RADIUS_M, MIN_RADIUS_M } from '../../domain/space-need.decider';

export class NeedLocationDto {
  @ApiProperty({ example: 114.131 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng!: number;

  @ApiProperty({ example: 22.548 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;

  @ApiProperty({ enum: ['WGS84', 'GCJ02'], description: 'WGS84 (GPS) or GCJ02 (高德/腾讯 map picks); stored as WGS-84' })
  @IsIn(['WGS84', 'GCJ02'], { message: 'system must be WGS84 or GCJ02' })
  system!: 'WGS84' | 'GCJ02';
}

/** 发布空间使用需求: a point with a radius, or a district (one of the two). */
export class PostSpaceNeedRequestDto {
  @ApiProperty({ description: '需求名称', example: '医务科办公用房' })
  @IsString()
  @Length(1, 100)
  title!: string;

  @ApiProperty({ enum: PROPERTY_USES, description: '用途' })
  @IsIn(PROPERTY_USES, { message: `use must be one of ${PROPERTY_USES.join(', ')}` })
  use!: PropertyUse;

  @ApiProperty({ description: '面积下限 (m², 2 decimals)', example: 100 })
  // Two decimals at most is the decider's check (INVALID_SPACE_NEED_FIELD): class-validator's maxDecimalPlaces throws on 8e-323.
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(MAX_NEED_AREA_SQM)
  minAreaSqm!: number;

  @ApiProperty({ description: '面积上限 (m², 2 decimals)', example: 150 })
  // Two decimals at most is the decider's check (INVALID_SPACE_NEED_FIELD): class-validator's maxDecimalPlaces throws on 8e-323.
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(MAX_NEED_AREA_SQM)
  maxAreaSqm!: number;

  @ApiPropertyOptional({ type: NeedLocationDto, description: 'The point the space should be near (with radiusM); or give districtId' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedLocationDto)
  location?: NeedLocationDto;

  @ApiPropertyOptional({ description: `半径 (metres, ${MIN_RADIUS_M}–${MAX_RADIUS_M}), with location`, example: 2000 })
  @IsOptional()
  @IsInt()
  @Min(MIN_RADIUS_M)
  @Max(MAX_RADIUS_M)
  radiusM?: number;

  @ApiPropertyOptional({ description: '所在区 (a district code), instead of a location', example: 'R-DEMO' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  districtId?: string;

  @ApiProperty({ description: '起用日期 (YYYY-MM-DD, today or later)', example: '2026-12-01' })
  @IsCalendarDate()
  neededFrom!: string;

  @ApiProperty({ description: '使用期限 (months)', example: 24 })
  @IsInt()
  @Min(1)
  @Max(MAX_DURATION_MONTHS)
  durationMonths!: number;

  @ApiProperty({ description: '用途说明', example: '医务科扩编后办公' })
  @IsString()
  @Length(1, 1000)
  purpose!: string;
}
