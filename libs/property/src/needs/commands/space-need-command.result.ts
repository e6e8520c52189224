import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SpaceNeedCommandResult {
  @ApiProperty({ format: 'uuid' })
  needId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The allocation (调配) this command started or acted on' })
  allocationId?: string;

  @ApiProperty({ description: 'Revision of the stream written (the need, or the allocation); send it back in If-Match', example: '0' })
  revision!: string;

  @ApiProperty({ description: 'Event types written by this command', example: ['space-need.posted.v1'] })
  events!: string[];

  @ApiProperty({ description: 'Event types the process carried to the other streams (the need, the property)', example: [] })
  carried!: string[];

  @ApiProperty({ description: 'True when the Idempotency-Key was already used: nothing new was written' })
  replayed!: boolean;
}
