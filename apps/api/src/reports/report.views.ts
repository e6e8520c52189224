import { ApiProperty } from '@nestjs/swagger';

/** JSON shapes of the reports (with format=csv or xlsx the same endpoints answer the file). */

export class IdleRateRowView {
  @ApiProperty() departmentId!: string;
  @ApiProperty({ description: "Σ days assets were on the department's books in the period" }) assetDays!: number;
  @ApiProperty({ description: 'Σ days they were listed in the warehouse' }) idleDays!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'idleDays ÷ assetDays; null when no assets were held' })
  idleRate!: number | null;
}

export class IdleRateView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [IdleRateRowView], description: 'Departments that held assets in the period' }) rows!: IdleRateRowView[];
}

export class LongIdleRowView {
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty() assetNo!: string;
  @ApiProperty() name!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() listedAt!: string;
  @ApiProperty() idleDays!: number;
  @ApiProperty({ description: '分' }) originalValueFen!: number;
}

export class LongIdleView {
  @ApiProperty() days!: number;
  @ApiProperty({ type: [LongIdleRowView] }) rows!: LongIdleRowView[];
}

export class ReuseRowView {
  @ApiProperty() departmentId!: string;
  @ApiProperty() transfersReceived!: number;
  @ApiProperty({ description: '分' }) reallocatedOriginalValueFen!: number;
  @ApiProperty({ description: 'avoided procurement at net book value, 分' }) reallocatedNetBookValueFen!: number;
  @ApiProperty() purchaseRequests!: number;
  @ApiProperty() purchaseGateHits!: number;
  @ApiProperty() purchasesOverridden!: number;
}

export class ReuseView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [ReuseRowView], description: 'Departments with any transfer received or purchase request in the period' })
  rows!: ReuseRowView[];
}

export class UtilisationDepartmentView {
  @ApiProperty() departmentId!: string;
  @ApiProperty() offeredPlaceHours!: number;
  @ApiProperty() bookedPlaceHours!: number;
  @ApiProperty() usedPlaceHours!: number;
  @ApiProperty() bookings!: number;
  @ApiProperty() noShows!: number;
  @ApiProperty({ nullable: true, type: Number }) noShowRate!: number | null;
}

export class UtilisationSpaceView extends UtilisationDepartmentView {
  @ApiProperty({ format: 'uuid' }) spaceId!: string;
  @ApiProperty() name!: string;
}

export class SharingUtilisationView {
  @ApiProperty({ type: [UtilisationSpaceView] }) spaces!: UtilisationSpaceView[];
  @ApiProperty({ type: [UtilisationDepartmentView] }) departments!: UtilisationDepartmentView[];
}

export class HourFiguresView {
  @ApiProperty({ description: 'Hour of the day in China time, 0–23 (hour 18 = 18:00–19:00)' }) hour!: number;
  @ApiProperty() offeredPlaceHours!: number;
  @ApiProperty() bookedPlaceHours!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'booked ÷ offered; null when nothing was offered in that hour' })
  bookedRate!: number | null;
}

export class SpaceHoursView {
  @ApiProperty({ format: 'uuid' }) spaceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: '停车场, 体育场馆 … (kind code)' }) kind!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ type: [HourFiguresView], description: 'Always 24 entries, hour 0 first' }) hours!: HourFiguresView[];
}

export class SharingHourlyView {
  @ApiProperty({ description: 'First China date' }) from!: string;
  @ApiProperty({ description: 'Last China date' }) to!: string;
  @ApiProperty({ type: [SpaceHoursView] }) spaces!: SpaceHoursView[];
}
