import { ApiProperty } from '@nestjs/swagger';

/** Response shapes of the warehouse reads, for the OpenAPI document (and so the web app's typed client). */

export class ListingPhotoView {
  @ApiProperty() fileId!: string;
  @ApiProperty({ example: 'image/jpeg' }) contentType!: string;
  @ApiProperty() size!: number;
  @ApiProperty({ example: '/api/files/…' }) url!: string;
}

export class ListingView {
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty() assetNo!: string;
  @ApiProperty() name!: string;
  @ApiProperty() categoryCode!: string;
  @ApiProperty({ description: '门类' }) categoryClass!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty() unit!: string;
  @ApiProperty({ description: '分' }) originalValueFen!: number;
  @ApiProperty({ description: '分' }) netBookValueFen!: number;
  @ApiProperty() description!: string;
  @ApiProperty() condition!: string;
  @ApiProperty({ type: [ListingPhotoView] }) photos!: ListingPhotoView[];
  @ApiProperty() pickupLocation!: string;
  @ApiProperty({ enum: ['manager_picks', 'first_come'] }) claimMode!: string;
  @ApiProperty({ nullable: true, type: String }) internalUntil!: string | null;
  @ApiProperty() advertiseUntil!: string;
  @ApiProperty({ description: 'listed, in_transfer, withdrawn, expired, transferred' }) status!: string;
  @ApiProperty() claimsCount!: number;
  @ApiProperty() listedAt!: string;
}

export class ListingPage {
  @ApiProperty({ type: [ListingView] }) items!: ListingView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ClaimView {
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty() claimantDepartmentId!: string;
  @ApiProperty() claimedBy!: string;
  @ApiProperty() justification!: string;
  @ApiProperty({ description: 'pending, selected, rejected, withdrawn, transferred, closed' }) status!: string;
  @ApiProperty() claimedAt!: string;
}

export class TransferStepView {
  @ApiProperty({ enum: ['supervisor_review', 'finance_approval', 'finance_filing'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String }) approverDepartmentId!: string | null;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) byDepartmentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ nullable: true, type: String }) at!: string | null;
}

export class TransferView {
  @ApiProperty({ format: 'uuid' }) transferId!: string;
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty() assetNo!: string;
  @ApiProperty() assetName!: string;
  @ApiProperty() fromDepartmentId!: string;
  @ApiProperty() toDepartmentId!: string;
  @ApiProperty() crossesSupervisors!: boolean;
  @ApiProperty({ type: [TransferStepView] }) steps!: TransferStepView[];
  @ApiProperty({
    enum: ['pending_supervisor_review', 'pending_finance_approval', 'awaiting_handover', 'completed', 'rejected', 'withdrawn'],
  })
  status!: string;
  @ApiProperty() handoverReleasing!: boolean;
  @ApiProperty() handoverReceiving!: boolean;
  @ApiProperty({ description: '分, as a decimal string (bigint)' }) originalValueFen!: string;
  @ApiProperty({ description: '分, as a decimal string (bigint)' }) netBookValueFen!: string;
  @ApiProperty({ nullable: true, type: String }) endReason!: string | null;
  @ApiProperty() startedAt!: string;
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty() updatedAt!: string;
}
