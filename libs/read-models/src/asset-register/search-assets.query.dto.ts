import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SearchFiltersDto } from '../search-filters';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';

export class SearchAssetsQueryDto extends SearchFiltersDto {
  @ApiPropertyOptional({ enum: ['in_use', 'listed', 'in_transfer', 'on_loan'] })
  @IsOptional()
  @IsIn(['in_use', 'listed', 'in_transfer', 'on_loan'])
  status?: 'in_use' | 'listed' | 'in_transfer' | 'on_loan';

  @ApiPropertyOptional({ description: 'Acquired on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  acquiredFrom?: string;

  @ApiPropertyOptional({ description: 'Acquired on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  acquiredTo?: string;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (nextCursor)' })
  @IsOptional()
  @Matches(/^\d+\.\d+$/, { message: 'cursor must be a nextCursor value from a previous page' })
  cursor?: string;
}
