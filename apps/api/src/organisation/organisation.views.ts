import { ApiProperty } from '@nestjs/swagger';
import { UNIT_LEVELS, UNIT_TYPES } from '@app/shared';

/** One unit of the tree as it stands now. */
export class OrgUnitView {
  @ApiProperty({ example: 'D-SCH1' }) code!: string;
  @ApiProperty({ example: '区实验小学' }) name!: string;
  @ApiProperty({ example: 'D-EDU', description: '主管部门: the nearest department at or above the unit' }) supervisor!: string;
  @ApiProperty({ example: 'D-EDU', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ enum: UNIT_LEVELS }) level!: (typeof UNIT_LEVELS)[number];
  @ApiProperty({ enum: UNIT_TYPES }) unitType!: (typeof UNIT_TYPES)[number];
  @ApiProperty({ example: '12110000000000006X', description: '统一社会信用代码' }) creditCode!: string;
  @ApiProperty({ description: 'Closed (撤销)' }) closed!: boolean;
}

/** One unit as it stood at an instant (units created later are left out). */
export class OrgUnitAsOfView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ enum: UNIT_LEVELS }) level!: (typeof UNIT_LEVELS)[number];
  @ApiProperty({ enum: UNIT_TYPES }) unitType!: (typeof UNIT_TYPES)[number];
  @ApiProperty() creditCode!: string;
  @ApiProperty() closed!: boolean;
}

export class OrgChangeResultView {
  @ApiProperty() unitId!: string;
  @ApiProperty({ description: 'Revision of the org-tree stream after the change' }) revision!: string;
  @ApiProperty({ type: [String] }) events!: string[];
  @ApiProperty({ type: OrgUnitView, nullable: true }) unit!: OrgUnitView | null;
}
