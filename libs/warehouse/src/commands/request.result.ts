import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class WarehouseRequestResult {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() revision!: string;
  @ApiProperty({ type: [String] }) events!: string[];
  @ApiProperty() replayed!: boolean;

  @ApiPropertyOptional({ enum: ['clear', 'blocked', 'overridden'], description: 'Purchase requests: what the warehouse check decided' })
  gate?: 'clear' | 'blocked' | 'overridden';

  @ApiPropertyOptional({ type: [String], description: 'Purchase requests: open listings of the same category found in the warehouse' })
  matchedListingIds?: string[];
}
