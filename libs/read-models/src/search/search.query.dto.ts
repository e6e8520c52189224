import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SearchFiltersDto } from '../search-filters';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';

export const SEARCH_KINDS = ['asset', 'listing', 'space'] as const;

export class SearchQueryDto extends SearchFiltersDto {
  @ApiPropertyOptional({ description: 'Comma-separated: asset, listing, space (default all)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((k) => k.trim()) : value))
  @IsIn(SEARCH_KINDS, { each: true, message: 'kind must be asset, listing or space' })
  kind?: (typeof SEARCH_KINDS)[number][];

  @ApiPropertyOptional({
    description: 'Asset: in_use, listed, in_transfer; listing: listed, in_transfer, withdrawn, expired, transferred; space: open',
  })
  @IsOptional()
  @Matches(/^[a-z_]{2,20}$/, { message: 'status must be a status such as in_use or listed' })
  status?: string;

  @ApiPropertyOptional({ description: 'Date from (YYYY-MM-DD): acquired, listed or published' })
  @IsOptional()
  @IsCalendarDate()
  dateFrom?: string;

  @ApiPropertyOptional({ description: 'Date to (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  dateTo?: string;

  @ApiPropertyOptional({ description: 'true: also count results by kind, 门类, department and status' })
  @IsOptional()
  @IsIn(['true', 'false'])
  facets?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d+\.\d+\.[a-z]+:[0-9a-f-]{36}$/, { message: 'cursor must be a nextCursor value from a previous page' })
  cursor?: string;
}
