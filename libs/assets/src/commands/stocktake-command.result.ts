import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class StocktakeCommandResult {
  @ApiProperty({ format: 'uuid' })
  stocktakeId!: string;

  @ApiProperty({ description: 'Revision of the stocktake stream after the command', example: '0' })
  revision!: string;

  @ApiProperty({ description: 'Event types written to the stocktake by this command', example: ['stocktake.counted.v1'] })
  events!: string[];

  @ApiProperty({ description: 'True when nothing new was written (the same Idempotency-Key, or a label counted before)' })
  replayed!: boolean;

  @ApiPropertyOptional({ enum: ['found', 'found_elsewhere'], description: 'For a count: 账实相符 or 在别处发现 (another unit or place)' })
  outcome?: 'found' | 'found_elsewhere';

  @ApiPropertyOptional({ format: 'uuid', description: 'The asset the command named (a surplus: its new card)' })
  assetId?: string;
}
