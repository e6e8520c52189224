import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';
import {
  PROPERTY_KINDS,
  PROPERTY_STATUSES,
  PROPERTY_USES,
  PropertyKind,
  PropertyStatus,
  PropertyUse,
} from '../../domain/property.constants';
import { LocationRequestDto } from '../location.request.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 物业登记: a parcel, building, floor or room on a unit's books. */
export class RegisterPropertyRequestDto {
  @ApiProperty({ description: '物业编号, unique in the city (the id follows from it)', example: 'LH-B-001' })
  @IsString()
  @Length(1, 40)
  propertyNo!: string;

  @ApiProperty({ enum: PROPERTY_KINDS, description: 'parcel 地块, building 楼栋, floor 楼层, room 房间/场地' })
  @IsIn(PROPERTY_KINDS)
  kind!: PropertyKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The parcel, building or floor it sits in (required for floors and rooms)' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiProperty({ example: '教育局办公楼' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ example: '深圳市罗湖区文锦中路1008号', description: 'Required for parcels and buildings' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @ApiPropertyOptional({ type: LocationRequestDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocationRequestDto)
  location?: LocationRequestDto;

  @ApiProperty({ description: '建筑面积 in m², two decimals at most', example: 8600.5 })
  // Two decimals at most is the domain's check (INVALID_PROPERTY_FIELD): class-validator's maxDecimalPlaces throws on 8e-323.
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(100_000_000)
  grossAreaSqm!: number;

  @ApiPropertyOptional({ description: '使用面积 in m², at most the 建筑面积', example: 6200 })
  @IsOptional()
  // Two decimals at most is the domain's check (INVALID_PROPERTY_FIELD): class-validator's maxDecimalPlaces throws on 8e-323.
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000_000)
  usableAreaSqm?: number;

  @ApiProperty({ enum: PROPERTY_USES })
  @IsIn(PROPERTY_USES)
  use!: PropertyUse;

  @ApiPropertyOptional({
    description: 'The unit on whose books it is; an asset manager may leave it out (their own unit)',
    example: 'D-EDU',
  })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: DEPARTMENT_CODE_MESSAGE })
  ownerUnitId?: string;

  @ApiPropertyOptional({ description: 'The unit using it now', example: 'D-EDU' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: DEPARTMENT_CODE_MESSAGE })
  occupantUnitId?: string;

  @ApiPropertyOptional({ description: 'Since when (YYYY-MM-DD, China date); today when left out', example: '2015-03-01' })
  @IsOptional()
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  occupiedSince?: string;

  @ApiProperty({ enum: PROPERTY_STATUSES })
  @IsIn(PROPERTY_STATUSES)
  status!: PropertyStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'The 房屋和构筑物 card of the asset ledger' })
  @IsOptional()
  @IsUUID()
  assetId?: string;
}
