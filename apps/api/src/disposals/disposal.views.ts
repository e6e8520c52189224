import { ApiProperty } from '@nestjs/swagger';
import { DISPOSAL_KINDS } from '@app/assets';
import { DisposalRow } from '@app/read-models/disposals/disposal.entity';
import { ListingPhotoView } from '../warehouse/warehouse.views';

export class DisposedAssetView {
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty() assetNo!: string;
  @ApiProperty() name!: string;
  @ApiProperty() categoryCode!: string;
  @ApiProperty({ description: '原值 at the request, 分' }) originalValueFen!: number;
  @ApiProperty({ description: '账面净值 at the request, 分' }) netBookValueFen!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'The warehouse listing the request withdrew (as its hold recorded it); not reopened when the request is rejected or withdrawn',
  })
  withdrawnListingId!: string | null;
}

export class DisposalStepView {
  @ApiProperty({ enum: ['supervisor_review', 'finance_approval', 'finance_filing'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String }) approverDepartmentId!: string | null;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) byDepartmentId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The approver (null for an automatic 备案)' }) by!: string | null;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ nullable: true, type: String }) at!: string | null;
}

export const DISPOSAL_STATUSES = [
  'pending_supervisor_review',
  'pending_finance_approval',
  'approved',
  'written_off',
  'rejected',
  'withdrawn',
] as const;

export class DisposalView {
  @ApiProperty({ format: 'uuid' }) disposalId!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({
    enum: DISPOSAL_KINDS,
    description: 'scrap 报废, loss 报损, sale 出售, donation 对外捐赠, swap 置换, free_transfer 无偿划转',
  })
  kind!: string;
  @ApiProperty({ enum: DISPOSAL_STATUSES, description: 'approved: 已批复, awaiting 核销' }) status!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ nullable: true, type: String }) counterparty!: string | null;
  @ApiProperty({ type: [ListingPhotoView] }) photos!: ListingPhotoView[];
  @ApiProperty({ type: [DisposedAssetView] }) assets!: DisposedAssetView[];
  @ApiProperty({ description: '批量原值, 分, as a decimal string' }) totalOriginalValueFen!: string;
  @ApiProperty({ description: '分, as a decimal string' }) totalNetBookValueFen!: string;
  @ApiProperty({ type: [DisposalStepView] }) steps!: DisposalStepView[];
  @ApiProperty({ nullable: true, type: Number, description: 'Approval policy version that fixed the chain' }) policyVersion!: number | null;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Proceeds paid to the treasury, 分, once written off' }) proceedsFen!:
    string | null;
  @ApiProperty({ nullable: true, type: String, description: '上缴国库 voucher' }) treasuryVoucher!: string | null;
  @ApiProperty({ nullable: true, type: String, description: '批复文号' }) replyRef!: string | null;
  @ApiProperty({ nullable: true, type: String }) endReason!: string | null;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ nullable: true, type: String }) writtenOffAt!: string | null;
  @ApiProperty() updatedAt!: string;
}

export function toDisposalView(row: DisposalRow): DisposalView {
  return {
    ...row,
    photos: row.photos.map((p) => ({ ...p, url: `/api/files/${p.fileId}` })),
    requestedAt: row.requestedAt.toISOString(),
    writtenOffAt: row.writtenOffAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
