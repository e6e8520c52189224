import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

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
  @ApiPropertyOptional({ nullable: true, type: String, description: '超时督办: when this step was escalated for waiting too long' })
  escalatedAt?: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ['finance_approvers', 'administrators'], description: 'who the escalation went to' })
  escalatedTo?: string | null;
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

export class DemandView {
  @ApiProperty({ format: 'uuid' }) demandId!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ example: 'A05000000' }) categoryCode!: string;
  @ApiProperty({ description: '门类' }) categoryClass!: string;
  @ApiProperty({ nullable: true, type: String, description: '大类, when the demand names one' }) categoryMajor!: string | null;
  @ApiProperty() quantity!: number;
  @ApiProperty({ description: '用途' }) purpose!: string;
  @ApiProperty({ nullable: true, type: String, description: 'YYYY-MM-DD' }) neededBy!: string | null;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) closeReason!: string | null;
  @ApiProperty() postedAt!: string;
}

export class PurchaseRequestView {
  @ApiProperty({ format: 'uuid' }) purchaseId!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() categoryCode!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty({ description: '分, as a decimal string (bigint)' }) estimatedValueFen!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty({ type: [String], description: 'Open listings of the same category found when the request was made' })
  matchedListingIds!: string[];
  @ApiProperty({ description: 'Idle stock was found (a purchase-gate hit)' }) gateHit!: boolean;
  @ApiProperty({ enum: ['clear', 'blocked', 'overridden', 'withdrawn'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) overrideReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) withdrawReason!: string | null;
  @ApiProperty() requestedAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** One transfer waiting for the reader's approval step, with what the approver needs to decide. */
export class ApprovalItemView {
  @ApiProperty({ enum: ['supervisor_review', 'finance_approval'], description: 'The step waiting for the reader' }) step!: string;
  @ApiProperty({ type: TransferView }) transfer!: TransferView;
  @ApiProperty({ type: ClaimView, nullable: true, description: 'The chosen claim and its justification (申领理由)' })
  claim!: ClaimView | null;
  @ApiProperty({ type: ListingView, nullable: true, description: 'What was listed: photos, condition, description, place' })
  listing!: ListingView | null;
}

export class ApprovalInboxPage {
  @ApiProperty({ type: [ApprovalItemView] }) items!: ApprovalItemView[];
  @ApiProperty({ description: 'Transfers waiting for the reader in all (every page)' }) total!: number;
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
