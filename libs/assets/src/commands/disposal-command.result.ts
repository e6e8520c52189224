import { ApiProperty } from '@nestjs/swagger';

export class DisposalCommandResult {
  @ApiProperty({ format: 'uuid' })
  disposalId!: string;

  @ApiProperty({
    description: 'Revision of the disposal stream after the command; send it back in If-Match to guard the next step.',
    example: '0',
  })
  revision!: string;

  @ApiProperty({ description: 'Event types written to the disposal by this command', example: ['disposal.requested.v1'] })
  events!: string[];

  @ApiProperty({
    description: 'Event types written to the assets’ own streams (hold, release, write-off)',
    example: ['asset.disposal-requested.v1'],
  })
  assetEvents!: string[];

  @ApiProperty({ description: 'True when the Idempotency-Key was already used: nothing new was written to the disposal' })
  replayed!: boolean;
}
