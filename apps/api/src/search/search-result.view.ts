import { ApiProperty } from '@nestjs/swagger';

export class SearchHitView {
  @ApiProperty({ enum: ['asset', 'listing', 'space'] }) kind!: string;
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) categoryClass!: string | null;
  @ApiProperty({ nullable: true, type: String }) categoryMajor!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Full 9-character code (资产分类代码); null for spaces', example: 'A02010105' })
  categoryCode!: string | null;
  @ApiProperty() departmentId!: string;
  @ApiProperty() status!: string;
  @ApiProperty() location!: string;
  @ApiProperty({ nullable: true, type: Number, description: '分' }) valueFen!: number | null;
  @ApiProperty() date!: string;
}

export class SearchFacetsView {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) kind!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'by 门类 code' }) categoryClass!: Record<
    string,
    number
  >;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) departmentId!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) status!: Record<string, number>;
}

export class SearchResultView {
  @ApiProperty({ type: [SearchHitView] }) items!: SearchHitView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
  @ApiProperty({ type: SearchFacetsView, required: false, description: 'Only with facets=true' }) facets?: SearchFacetsView;
}
