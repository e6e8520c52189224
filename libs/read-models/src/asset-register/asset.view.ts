import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AssetCategoryView {
  @ApiProperty({ example: 'A02010105' }) code!: string;
  @ApiProperty({
    example: '台式计算机',
    description: "Name of the code's deepest level the category table lists (the code itself where the table names none)",
  })
  name!: string;
  @ApiProperty({ example: 'A02000000' }) classCode!: string;
  @ApiProperty({ example: '设备' }) className!: string;
  @ApiPropertyOptional({ example: 'A02010000', nullable: true, type: String }) majorCode!: string | null;
}

export class AssetView {
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty() assetNo!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: AssetCategoryView }) category!: AssetCategoryView;
  @ApiProperty() departmentId!: string;
  @ApiProperty() custodian!: string;
  @ApiProperty() location!: string;
  @ApiProperty({ example: '2023-05-10' }) acquiredOn!: string;
  @ApiProperty({ description: '原值 in 分 (integer)' }) originalValueFen!: number;
  @ApiProperty() quantity!: number;
  @ApiProperty() unit!: string;
  @ApiProperty({ description: '累计折旧 typed on the card (registration or correction): the ledger’s opening, 分' })
  openingDepreciationFen!: number;
  @ApiProperty({ description: 'Sum of the ledger’s monthly charges (月末计提) since, 分' }) chargedDepreciationFen!: number;
  @ApiProperty({ description: '累计折旧 as the ledger has it: opening + charges, at most 原值, 分' }) accumulatedDepreciationFen!: number;
  @ApiProperty({ description: '账面净值 in 分 (original value − accumulated depreciation, never below 0)' }) netBookValueFen!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) usage!: string | null;
  @ApiProperty({
    enum: ['in_use', 'listed', 'in_transfer', 'on_loan', 'pending_disposal'],
    description: 'in_use 在用, listed 在仓, in_transfer 调剂中, on_loan 借出, pending_disposal 待处置',
  })
  status!: string;
  @ApiProperty() condition!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) brand!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) specification!: string | null;
  @ApiProperty({ description: 'Stream revision; send in If-Match to guard a change' }) revision!: string;
  @ApiProperty() registeredAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class AssetPage {
  @ApiProperty({ type: [AssetView] }) items!: AssetView[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
}
