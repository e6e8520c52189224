import { ApiProperty } from '@nestjs/swagger';

export class PropertyCommandResult {
  @ApiProperty({ format: 'uuid' })
  propertyId!: string;

  @ApiProperty({ description: 'Stream revision after the command; send it back in If-Match to guard the next change.', example: '0' })
  revision!: string;

  @ApiProperty({ description: 'Event types written by this command', example: ['property.registered.v1'] })
  events!: string[];

  @ApiProperty({ description: 'True when the Idempotency-Key was already used: nothing new was written' })
  replayed!: boolean;
}

export function toPropertyResult(
  propertyId: string,
  result: { revision: bigint; events: readonly { type: string }[]; replayed: boolean },
): PropertyCommandResult {
  return { propertyId, revision: result.revision.toString(), events: result.events.map((e) => e.type), replayed: result.replayed };
}
