import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SearchFiltersDto } from '../search-filters';

export class MarketplaceQueryDto extends SearchFiltersDto {
  @ApiPropertyOptional({ enum: ['newest', 'value'], default: 'newest', description: 'newest first, or highest original value first' })
  @IsOptional()
  @IsIn(['newest', 'value'])
  sort?: 'newest' | 'value';

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (same sort)' })
  @IsOptional()
  @Matches(/^(\d+\.)?\d+\.\d+$/, { message: 'cursor must be a nextCursor value from a previous page' })
  cursor?: string;
}
