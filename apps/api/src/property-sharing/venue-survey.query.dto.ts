import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { VENUE_KINDS, VenueKind } from '@app/read-models/property-sharing/venue-kind';

export class VenueSurveyQueryDto {
  @ApiPropertyOptional({ description: 'A district code (区): its units only' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  district?: string;

  @ApiPropertyOptional({ enum: VENUE_KINDS }) @IsOptional() @IsIn(VENUE_KINDS) kind?: VenueKind;

  @ApiPropertyOptional({ enum: ['yes', 'no'], description: 'yes: assessed; no: not assessed yet' })
  @IsOptional()
  @IsIn(['yes', 'no'])
  assessed?: 'yes' | 'no';

  @ApiPropertyOptional({ description: 'Part of the name, or the 物业编号' }) @IsOptional() @IsString() @Length(1, 100) q?: string;

  @ApiPropertyOptional({ default: 0 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000_000) offset?: number;

  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}
