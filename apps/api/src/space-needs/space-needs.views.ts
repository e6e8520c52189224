import { ApiProperty } from '@nestjs/swagger';
import { PROPERTY_USES } from '@app/property/domain/property.constants';
import { SPACE_NEED_STATUSES } from '@app/property/needs/domain/space-need.state';
import { AllocationStepView, SpaceAllocationRow, SpaceNeedRow } from '@app/read-models/space-needs/space-needs.entities';
import { RankedMatch } from '@app/read-models/space-needs/match-ranking';

export const ALLOCATION_VIEW_STATUSES = [
  'pending_supervisor_review',
  'pending_finance_approval',
  'approved',
  'handed_over',
  'rejected',
  'ended',
] as const;

export class SpaceNeedView {
  @ApiProperty({ format: 'uuid' }) needId!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ description: '需求名称' }) title!: string;
  @ApiProperty({ enum: PROPERTY_USES }) use!: string;
  @ApiProperty({ description: 'm²' }) minAreaSqm!: number;
  @ApiProperty({ description: 'm²' }) maxAreaSqm!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'WGS-84' }) lng!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'WGS-84' }) lat!: number | null;
  @ApiProperty({ nullable: true, type: Number }) radiusM!: number | null;
  @ApiProperty({ nullable: true, type: String }) districtId!: string | null;
  @ApiProperty({ format: 'date' }) neededFrom!: string;
  @ApiProperty() durationMonths!: number;
  @ApiProperty() purpose!: string;
  @ApiProperty({ enum: SPACE_NEED_STATUSES, description: 'open 待匹配, allocating 调配中, fulfilled 已满足, withdrawn 已撤回' })
  status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) allocationId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) propertyId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was withdrawn, or why its last allocation was rejected' })
  endReason!: string | null;
  @ApiProperty({ format: 'date-time' }) postedAt!: string;
}

export function toSpaceNeedView(row: SpaceNeedRow): SpaceNeedView {
  return {
    needId: row.needId,
    departmentId: row.departmentId,
    title: row.title,
    use: row.use,
    minAreaSqm: Number(row.minAreaSqm),
    maxAreaSqm: Number(row.maxAreaSqm),
    lng: row.lng,
    lat: row.lat,
    radiusM: row.radiusM,
    districtId: row.districtId,
    neededFrom: row.neededFrom,
    durationMonths: row.durationMonths,
    purpose: row.purpose,
    status: row.status,
    allocationId: row.allocationId,
    propertyId: row.propertyId,
    endReason: row.endReason,
    postedAt: row.postedAt.toISOString(),
  };
}

export class MatchReasonView {
  @ApiProperty({ enum: ['use', 'area', 'distance', 'district', 'availability'] }) criterion!: string;
  @ApiProperty({ description: 'false: shown, but this criterion is not met' }) met!: boolean;
  @ApiProperty({ description: 'In Chinese, e.g. 面积 120.0㎡ 在需求 100.0–150.0㎡ 内' }) text!: string;
}

export class SpaceMatchView {
  @ApiProperty({ format: 'uuid' }) propertyId!: string;
  @ApiProperty() propertyNo!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ enum: PROPERTY_USES }) use!: string;
  @ApiProperty() address!: string;
  @ApiProperty({ description: '建筑面积 m²' }) grossAreaSqm!: number;
  @ApiProperty() ownerUnitId!: string;
  @ApiProperty({ nullable: true, type: Number }) distanceM!: number | null;
  @ApiProperty({ format: 'date' }) vacantSince!: string;
  @ApiProperty({ description: 'Another need’s allocation of it is in its approvals (availability unmet)' }) allocationPending!: boolean;
  @ApiProperty({ description: '匹配度 0–100' }) score!: number;
  @ApiProperty({ description: 'Criteria not met (ranked after those meeting every one)' }) unmet!: number;
  @ApiProperty({ type: [MatchReasonView] }) reasons!: MatchReasonView[];
}

export function toSpaceMatchView(m: RankedMatch): SpaceMatchView {
  const { lng: _lng, lat: _lat, reasons, ...rest } = m;
  return { ...rest, reasons: reasons.map((r) => ({ ...r })) };
}

export class AllocationStepViewDto {
  @ApiProperty({ enum: ['supervisor_review', 'finance_approval', 'finance_filing'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String }) approverDepartmentId!: string | null;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) by!: string | null;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) at!: string | null;
}

export class SpaceAllocationView {
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ format: 'uuid' }) needId!: string;
  @ApiProperty() needTitle!: string;
  @ApiProperty({ format: 'uuid' }) propertyId!: string;
  @ApiProperty() propertyNo!: string;
  @ApiProperty() propertyName!: string;
  @ApiProperty({ enum: PROPERTY_USES }) propertyUse!: string;
  @ApiProperty({ description: '建筑面积 m²' }) grossAreaSqm!: number;
  @ApiProperty({ description: '调出单位 (the owner releasing the space)' }) fromUnitId!: string;
  @ApiProperty({ description: '调入单位 (the department with the need)' }) toDepartmentId!: string;
  @ApiProperty({ enum: ALLOCATION_VIEW_STATUSES }) status!: string;
  @ApiProperty({ type: [AllocationStepViewDto] }) steps!: AllocationStepView[];
  @ApiProperty({ nullable: true, type: Number }) policyVersion!: number | null;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ nullable: true, type: String }) rejectReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) handedOverOn!: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
}

export function toSpaceAllocationView(row: SpaceAllocationRow): SpaceAllocationView {
  const { updatedAt: _updatedAt, ...rest } = row;
  return { ...rest, grossAreaSqm: Number(row.grossAreaSqm), startedAt: row.startedAt.toISOString() };
}
