import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';
import { IsInstant } from '@app/platform/http/calendar-validators';

export class TimelineQueryDto {
  @ApiPropertyOptional({ description: 'One asset' }) @IsOptional() @IsUUID() assetId?: string;
  @ApiPropertyOptional({ description: 'Any stream, e.g. space-…, slot-…, demand-…' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  streamId?: string;
  @ApiPropertyOptional({ description: 'Everything concerning a department' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;
  @ApiPropertyOptional({ description: 'One transfer (调剂)' }) @IsOptional() @IsUUID() transferId?: string;
  @ApiPropertyOptional({ description: 'Comma-separated event types, e.g. asset.corrected.v1' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : value,
  )
  @Matches(/^[a-z]+\.[a-z-]+\.v\d+$/, { each: true, message: 'type must be an event type such as asset.corrected.v1' })
  type?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) actorId?: string;
  @ApiPropertyOptional({ description: 'From (ISO time)' }) @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({ description: 'To (ISO time)' }) @IsOptional() @IsInstant() to?: string;
  @ApiPropertyOptional({ default: 50, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ description: 'nextAfter of the previous page' }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) after?: number;
}

export class AsOfQueryDto {
  @ApiPropertyOptional({ description: 'The instant (ISO time), e.g. 2024-12-31T23:59:59+08:00', required: true })
  @IsInstant({ message: 'at must be an ISO 8601 time' })
  at!: string;

  @ApiPropertyOptional({
    enum: ['original', 'corrected'],
    default: 'original',
    description: 'original: as recorded then; corrected: with corrections recorded later applied',
  })
  @IsOptional()
  @IsIn(['original', 'corrected'])
  view?: 'original' | 'corrected';
}

export class ExportQueryDto {
  @ApiPropertyOptional({ required: true })
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId!: string;
  @ApiPropertyOptional({ required: true }) @IsInstant({ message: 'from must be an ISO 8601 time' }) from!: string;
  @ApiPropertyOptional({ required: true }) @IsInstant({ message: 'to must be an ISO 8601 time' }) to!: string;
}

export class InclusionQueryDto {
  @ApiPropertyOptional({ required: true }) @IsUUID() eventId!: string;
  @ApiPropertyOptional({ description: 'Size of a signed tree head; the latest when omitted' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  treeSize?: number;
}

export class ConsistencyQueryDto {
  @ApiPropertyOptional({ required: true }) @Type(() => Number) @IsInt() @Min(1) from!: number;
  @ApiPropertyOptional({ required: true }) @Type(() => Number) @IsInt() @Min(1) to!: number;
}
