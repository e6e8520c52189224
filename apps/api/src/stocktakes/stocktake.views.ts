import { ApiProperty } from '@nestjs/swagger';

export class StocktakeCountsView {
  @ApiProperty({ description: '待清点' }) pending!: number;
  @ApiProperty({ description: '账实相符' }) found!: number;
  @ApiProperty({ description: '在别处发现 (another unit’s card, or at another place)' }) found_elsewhere!: number;
  @ApiProperty({ description: '盘盈 (new card registered)' }) surplus!: number;
  @ApiProperty({ description: '盘亏 (confirmed missing)' }) shortage!: number;
  @ApiProperty({ description: '未找到 (not counted by the close)' }) not_found!: number;
}

export class StocktakeView {
  @ApiProperty({ format: 'uuid' }) stocktakeId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ description: '使用部门名称' }) departmentName!: string;
  @ApiProperty({ nullable: true, type: String, description: '只盘点此存放地点; null: the whole department' }) location!: string | null;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty() openedBy!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ description: 'Cards in scope when the task opened' }) expectedCount!: number;
  @ApiProperty({ type: StocktakeCountsView }) counts!: StocktakeCountsView;
  @ApiProperty({ nullable: true, type: String, description: '签字人' }) signedOffName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: '盘点结论' }) opinion!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
}

export const ITEM_OUTCOMES = ['pending', 'found', 'found_elsewhere', 'surplus', 'shortage', 'not_found'] as const;

export class StocktakeItemView {
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty() assetNo!: string;
  @ApiProperty() assetName!: string;
  @ApiProperty({ description: 'In scope when the task opened' }) expected!: boolean;
  @ApiProperty({ description: 'The card’s department' }) cardDepartmentId!: string;
  @ApiProperty({ description: '账面存放地点' }) cardLocation!: string;
  @ApiProperty({ description: '使用人' }) custodian!: string;
  @ApiProperty({ enum: ITEM_OUTCOMES }) outcome!: (typeof ITEM_OUTCOMES)[number];
  @ApiProperty({ nullable: true, type: String, description: '实际发现地点' }) foundAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: '清点人 / 登记人' }) settledBy!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) settledAt!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['scan', 'typed'] }) method!: 'scan' | 'typed' | null;
  @ApiProperty({ nullable: true, type: String, description: '盘亏原因' }) reason!: string | null;
}

export class StocktakeDetailView extends StocktakeView {
  @ApiProperty({ type: [StocktakeItemView], description: 'Every card expected or met, by asset number' })
  items!: StocktakeItemView[];
}
