import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ApprovalRulesView {
  @ApiProperty({ description: 'Above this original value (分) the finance bureau approves; at or below, 备案' })
  financeApprovalAboveFen!: number;
  @ApiProperty({ description: 'Crossing 主管部门 needs the finance bureau’s approval' }) crossingNeedsFinanceApproval!: boolean;
  @ApiProperty({ type: [String], description: 'Categories that always need approval' }) financeApprovalCategories!: string[];
  @ApiPropertyOptional({
    description:
      'Disposals: above this total original value (分) the finance bureau approves; absent in older versions (every disposal then needs approval)',
  })
  disposalFinanceApprovalAboveFen?: number;
}

export class ApprovalPolicyVersionView {
  @ApiProperty({ example: 'R-DEMO' }) districtId!: string;
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({ example: '2027-01-01', description: 'China date it applies from' }) effectiveFrom!: string;
  @ApiProperty({ description: 'Instant it applies from (00:00 China time, or when recorded if later)' }) effectiveAt!: string;
  @ApiProperty({ type: ApprovalRulesView }) rules!: ApprovalRulesView;
  @ApiProperty() reason!: string;
  @ApiProperty() recordedBy!: string;
}

export class ApprovalPolicyOverview {
  @ApiProperty({ example: 'R-DEMO' }) districtId!: string;
  @ApiProperty({ description: 'The instant asked about (now when not given)' }) asOf!: string;
  @ApiProperty({
    type: ApprovalPolicyVersionView,
    nullable: true,
    description: 'In force at asOf; null: none, so every transfer needs the finance bureau’s approval',
  })
  inForce!: ApprovalPolicyVersionView | null;
  @ApiProperty({ type: ApprovalRulesView, description: 'The rules applied at asOf (the strict default when none is in force)' })
  applied!: ApprovalRulesView;
  @ApiProperty({ type: [ApprovalPolicyVersionView], description: 'Every version recorded, oldest first (later ones may be scheduled)' })
  history!: ApprovalPolicyVersionView[];
}

export class RecordApprovalPolicyResultView {
  @ApiProperty() districtId!: string;
  @ApiProperty({ nullable: true, type: Number }) version!: number | null;
  @ApiProperty() revision!: string;
  @ApiProperty() replayed!: boolean;
}
