import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AssetCommandResult {
  @ApiProperty({ format: 'uuid' })
  assetId!: string;

  @ApiProperty({ description: 'Stream revision after the command; send it back in If-Match to guard the next change.', example: '0' })
  revision!: string;

  @ApiProperty({ description: 'Event types written by this command', example: ['asset.registered.v1'] })
  events!: string[];

  @ApiProperty({ description: 'True when the Idempotency-Key was already used: nothing new was written' })
  replayed!: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'The listing this command created or acted on' })
  listingId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The claim this command created' })
  claimId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The transfer this command started or acted on' })
  transferId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The loan (借用) this command started or closed' })
  loanId?: string;
}

const REFERENCES = ['listingId', 'claimId', 'transferId', 'loanId'] as const;

export function toAssetCommandResult(
  assetId: string,
  result: { revision: bigint; events: readonly { type: string; data: object }[]; replayed: boolean },
): AssetCommandResult {
  const out: AssetCommandResult = {
    assetId,
    revision: result.revision.toString(),
    events: result.events.map((e) => e.type),
    replayed: result.replayed,
  };
  for (const event of result.events) {
    const data = event.data as Partial<Record<(typeof REFERENCES)[number], unknown>>;
    for (const key of REFERENCES) if (typeof data[key] === 'string') out[key] ??= data[key];
  }
  return out;
}
