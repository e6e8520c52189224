import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PropertyPointView {
  @ApiProperty({ example: 114.131611 }) lng!: number;
  @ApiProperty({ example: 22.548309 }) lat!: number;
}

/** One property as the register lists it. */
export class PropertyView {
  @ApiProperty({ format: 'uuid' }) propertyId!: string;
  @ApiProperty({ example: 'LH-B-001' }) propertyNo!: string;
  @ApiProperty({ description: 'parcel 地块, building 楼栋, floor 楼层, room 房间/场地' }) kind!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiPropertyOptional({ type: PropertyPointView, nullable: true, description: 'WGS-84' }) location!: PropertyPointView | null;
  @ApiProperty({ description: '建筑面积, m²' }) grossAreaSqm!: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '使用面积, m²' }) usableAreaSqm!: number | null;
  @ApiProperty() use!: string;
  @ApiProperty() ownerUnitId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) occupantUnitId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2015-03-01' }) occupiedSince!: string | null;
  @ApiProperty({ description: 'in_use 在用, idle 闲置, leased 出租出借, pending_disposal 待处置' }) status!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) assetId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean, description: '应开尽开: null until assessed' }) sharingEligible!: boolean | null;
  @ApiPropertyOptional({ nullable: true, type: String }) sharingEligibilityReason!: string | null;
  @ApiProperty({ description: 'Stream revision; send in If-Match to guard a change' }) revision!: string;
  @ApiProperty() registeredAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class PropertyPage {
  @ApiProperty({ type: [PropertyView] }) items!: PropertyView[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
}

export class PropertyOccupancyView {
  @ApiProperty() unitId!: string;
  @ApiProperty({ example: '2015-03-01' }) fromDate!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null: still there' }) toDate!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The 调配 that handed it over' })
  allocationId!: string | null;
}

export class PropertyRefView {
  @ApiProperty({ format: 'uuid' }) propertyId!: string;
  @ApiProperty() propertyNo!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiProperty() use!: string;
  @ApiProperty() status!: string;
  @ApiProperty() grossAreaSqm!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) occupantUnitId!: string | null;
}

/** 物业卡片: the property, what it sits in, what it holds, and who used it when. */
export class PropertyCardView {
  @ApiProperty({ type: PropertyView }) property!: PropertyView;
  @ApiPropertyOptional({ type: PropertyRefView, nullable: true }) parent!: PropertyRefView | null;
  @ApiProperty({ type: [PropertyRefView], description: 'Floors, rooms or buildings directly inside it' }) children!: PropertyRefView[];
  @ApiProperty({ type: [PropertyOccupancyView], description: 'Oldest first' }) occupancies!: PropertyOccupancyView[];
}
