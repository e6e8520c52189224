import { ApiProperty } from '@nestjs/swagger';

export class RegisterSummaryRowView {
  @ApiProperty() departmentId!: string;
  @ApiProperty({ description: '门类 code' }) classCode!: string;
  @ApiProperty({ description: '门类 name' }) className!: string;
  @ApiProperty({ nullable: true, type: String, description: '大类 code' }) majorCode!: string | null;
  @ApiProperty() count!: number;
  @ApiProperty({ description: '分' }) originalValueFen!: number;
  @ApiProperty({ description: '分' }) netBookValueFen!: number;
}

export class RegisterSummaryView {
  @ApiProperty() asOf!: string;
  @ApiProperty({ enum: ['original', 'corrected'] }) view!: string;
  @ApiProperty({ type: [RegisterSummaryRowView] }) rows!: RegisterSummaryRowView[];
}
