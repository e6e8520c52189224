import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SharingCommandResult {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() revision!: string;
  @ApiProperty({ type: [String] }) events!: string[];
  @ApiProperty() replayed!: boolean;
  @ApiPropertyOptional({ description: 'Bookings: confirmed, pending_approval or waitlisted' }) status?: string;
  @ApiPropertyOptional({ description: 'Blackouts: bookings cancelled with notice' }) cancelledBookings?: number;
  @ApiPropertyOptional({ description: 'Schedule changes that raise capacity: waiting bookings moved up' }) promotedBookings?: number;
}

export function toSharingResult(
  id: string,
  result: { revision: bigint; events: readonly { type: string }[]; replayed: boolean },
  extra: Partial<SharingCommandResult> = {},
): SharingCommandResult {
  return { id, revision: result.revision.toString(), events: result.events.map((e) => e.type), replayed: result.replayed, ...extra };
}
