import { ApiProperty } from '@nestjs/swagger';
import { VENUE_KINDS } from '@app/read-models/property-sharing/venue-kind';

/** Response shapes of the property-sharing reads (应开尽开 survey, vacancy, property card bookings), for the OpenAPI document. */

export class SurveyVenueView {
  @ApiProperty({ format: 'uuid' }) propertyId!: string;
  @ApiProperty() propertyNo!: string;
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiProperty({ enum: ['room', 'parcel'] }) propertyKind!: string;
  @ApiProperty() use!: string;
  @ApiProperty({ enum: VENUE_KINDS, description: 'parking, sports_venue, or school for the grounds and rooms of a school' })
  venueKind!: string;
  @ApiProperty() ownerUnitId!: string;
  @ApiProperty({ nullable: true, type: String }) occupantUnitId!: string | null;
  @ApiProperty({ description: "The owner unit's district" }) districtId!: string;
  @ApiProperty({ description: '建筑面积 m²' }) grossAreaSqm!: number;
  @ApiProperty() status!: string;
  @ApiProperty({ nullable: true, type: Boolean, description: 'null: not assessed yet' }) sharingEligible!: boolean | null;
  @ApiProperty({ nullable: true, type: String }) sharingEligibilityReason!: string | null;
  @ApiProperty({ description: 'Published shared spaces tied to it (opened when > 0)' }) sharedSpaces!: number;
}

export class SurveyVenuesView {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [SurveyVenueView] }) rows!: SurveyVenueView[];
}

export class EligibilityRowView {
  @ApiProperty({ description: "District code, or 'all' in byKind" }) districtId!: string;
  @ApiProperty({ enum: [...VENUE_KINDS, 'all'] }) kind!: string;
  @ApiProperty() venues!: number;
  @ApiProperty() assessed!: number;
  @ApiProperty() eligible!: number;
  @ApiProperty() notEligible!: number;
  @ApiProperty({ description: '应开已开: eligible and tied to a published shared space' }) eligibleOpened!: number;
  @ApiProperty({ description: '应开未开' }) eligibleNotOpened!: number;
  @ApiProperty({ description: 'Venues with a shared space, whatever the survey said' }) opened!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'eligibleOpened ÷ eligible; null when none is eligible' })
  openRate!: number | null;
}

export class EligibilityReportView {
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [EligibilityRowView], description: 'Per district: one row per kind and one for all kinds' })
  rows!: EligibilityRowView[];
  @ApiProperty({ type: [EligibilityRowView], description: 'Per kind over every district shown' }) byKind!: EligibilityRowView[];
}

export class VacancyRowView {
  @ApiProperty({ description: 'District or 主管部门 code' }) unitId!: string;
  @ApiProperty() properties!: number;
  @ApiProperty({ description: 'm² (建筑面积)' }) totalSqm!: number;
  @ApiProperty({ description: '闲置 m²' }) vacantSqm!: number;
  @ApiProperty({ description: '在用 and 出租出借 m²' }) occupiedSqm!: number;
  @ApiProperty({ description: '待处置 m²' }) otherSqm!: number;
  @ApiProperty({ nullable: true, type: Number }) vacancyRate!: number | null;
  @ApiProperty({ nullable: true, type: Number }) utilisationRate!: number | null;
}

export class VacancyReportView {
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [VacancyRowView] }) byDistrict!: VacancyRowView[];
  @ApiProperty({ type: [VacancyRowView] }) byDepartment!: VacancyRowView[];
}

export class UpcomingBookingView {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty() slotStart!: string;
  @ApiProperty() slotEnd!: string;
  @ApiProperty({ enum: ['confirmed', 'pending_approval', 'waitlisted', 'checked_in'] }) status!: string;
  @ApiProperty() places!: number;
  @ApiProperty({ enum: ['resident', 'department'] }) bookerKind!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Department bookers only; residents are not named here' })
  departmentId!: string | null;
}

export class PropertySpaceView {
  @ApiProperty({ format: 'uuid' }) spaceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ format: 'uuid', description: 'The room or parcel it is on (this property or one below it)' }) propertyId!: string;
  @ApiProperty({ type: [String] }) audiences!: string[];
  @ApiProperty() capacity!: number;
  @ApiProperty({ type: [UpcomingBookingView], description: 'The next bookings (at most 10), soonest first' })
  upcoming!: UpcomingBookingView[];
}
