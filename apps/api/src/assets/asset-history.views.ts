import { ApiProperty } from '@nestjs/swagger';
import { ListingView, TransferView } from '../warehouse/warehouse.views';

export class AssetHistoryEntry {
  @ApiProperty({ description: 'Position in the global, tamper-evident log' }) leafIndex!: number;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: 'Revision of the asset stream' }) revision!: number;
  @ApiProperty({ example: 'asset.registered.v1' }) type!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty({ nullable: true, type: String }) actorRole!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The reason given, where the event carries one' }) reason!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event as stored' }) data!: Record<string, unknown>;
}

/** Everything the asset card shows beside the card itself. */
export class AssetHistoryView {
  @ApiProperty({ type: [AssetHistoryEntry], description: 'Every event of the asset, oldest first' }) events!: AssetHistoryEntry[];
  @ApiProperty({ type: ListingView, nullable: true, description: 'The latest listing (any status)' }) listing!: ListingView | null;
  @ApiProperty({ type: [TransferView], description: 'Transfers of this asset, newest first' }) transfers!: TransferView[];
}
