import { ApiProperty } from '@nestjs/swagger';

export class RegisterSummaryRowView {
  @ApiProperty() departmentId!: string;
  @ApiProperty({ description: '门类 code' }) classCode!: string;
  @ApiProperty({ description: '门类 name' }) className!: string;
  @ApiProperty({ nullable: true, type: String, description: '大类 code' }) majorCode!: string | null;
  @ApiProperty({ description: 'The group at the level asked (level=1 门类 … 4 品目); a card coded less deep stays at its own code' })
  categoryCode!: string;
  @ApiProperty({ description: "Name of the group's deepest level the category table lists" }) categoryName!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: '分' }) originalValueFen!: number;
  @ApiProperty({ description: '分' }) netBookValueFen!: number;
}

export class RegisterSummaryView {
  @ApiProperty() asOf!: string;
  @ApiProperty({ enum: ['original', 'corrected'] }) view!: string;
  @ApiProperty({ type: [RegisterSummaryRowView] }) rows!: RegisterSummaryRowView[];
}
