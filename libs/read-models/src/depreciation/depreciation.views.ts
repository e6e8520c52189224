import { ApiProperty } from '@nestjs/swagger';

export class WithoutLifeView {
  @ApiProperty({ example: 'A02' }) prefix!: string;
  @ApiProperty() assets!: number;
}

export class ClosedMonthView {
  @ApiProperty({ example: '2026-10' }) month!: string;
  @ApiProperty() tableVersion!: number;
  @ApiProperty() assetsCharged!: number;
  @ApiProperty() departments!: number;
  @ApiProperty({ description: '分' }) totalFen!: number;
  @ApiProperty({ type: [WithoutLifeView], description: 'Cards whose category has no useful life in the table' })
  withoutLife!: WithoutLifeView[];
  @ApiProperty() closedBy!: string;
  @ApiProperty() closedAt!: string;
}

export class ChargeScheduleLine {
  @ApiProperty({ example: '2026-10' }) month!: string;
  @ApiProperty({ description: '本月折旧, 分' }) chargeFen!: number;
  @ApiProperty({ description: '累计折旧 at the end of the month (opening + charges), 分' }) accumulatedFen!: number;
  @ApiProperty({ description: '账面净值 at the end of the month, 分' }) netBookValueFen!: number;
}

export class AssetDepreciationView {
  @ApiProperty() assetId!: string;
  @ApiProperty() assetNo!: string;
  @ApiProperty() name!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() categoryCode!: string;
  @ApiProperty() acquiredOn!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The month asked about (null: every closed month)' }) asOf!: string | null;
  @ApiProperty({ description: '原值, 分' }) originalValueFen!: number;
  @ApiProperty({ description: '累计折旧 the card came with (imported or corrected), 分' }) openingFen!: number;
  @ApiProperty({ description: 'Sum of the monthly charges up to asOf, 分' }) chargedFen!: number;
  @ApiProperty({ description: '累计折旧 = opening + charges, at most 原值, 分' }) accumulatedFen!: number;
  @ApiProperty({ description: '账面净值 = 原值 − 累计折旧 (never below 0), 分' }) netBookValueFen!: number;
  @ApiProperty({
    description: 'Opening + charges beyond 原值 (原值 corrected below what was already charged): kept off the net book value, 分',
  })
  excessFen!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Useful life in the table in force now: months; null when not depreciated or unknown',
  })
  lifeMonths!: number | null;
  @ApiProperty({ description: 'life, not_depreciated (不计提折旧) or unknown (no row in the table)' }) lifeKind!: string;
  @ApiProperty({ type: [ChargeScheduleLine], description: 'Every charged month up to asOf, oldest first' }) schedule!: ChargeScheduleLine[];
}

export class DepartmentDepreciationLine {
  @ApiProperty() departmentId!: string;
  @ApiProperty() departmentName!: string;
  @ApiProperty() assets!: number;
  @ApiProperty({ description: '本月折旧, 分' }) totalFen!: number;
}

export class DepreciationReportView {
  @ApiProperty({ example: '2026-10' }) month!: string;
  @ApiProperty() closed!: boolean;
  @ApiProperty({ type: [DepartmentDepreciationLine] }) departments!: DepartmentDepreciationLine[];
  @ApiProperty({ description: '分' }) totalFen!: number;
}

export class LifeTableRowView {
  @ApiProperty({ example: 'A0201' }) prefix!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Years; null: 不计提折旧' }) years!: number | null;
  @ApiProperty() basis!: string;
}

export class LifeTableView {
  @ApiProperty({ description: '0: shipped with the system' }) version!: number;
  @ApiProperty({ example: '2017-01' }) effectiveFrom!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String }) loadedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) loadedAt!: string | null;
  @ApiProperty({ type: [LifeTableRowView] }) rows!: LifeTableRowView[];
}

export class DepreciationOverview {
  @ApiProperty({ type: [ClosedMonthView], description: 'Closed months, newest first' }) months!: ClosedMonthView[];
  @ApiProperty({ nullable: true, type: String, description: 'The next month to close (null before the first close: any ended month)' })
  nextMonth!: string | null;
  @ApiProperty({ description: 'The last month that has ended (China time): nothing later can be closed' }) lastEndedMonth!: string;
  @ApiProperty({ type: [LifeTableView], description: 'Every table version, the shipped one first' }) tables!: LifeTableView[];
}
