import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '@app/platform/http/calendar-validators';

export class CategoryView {
  @ApiProperty({ example: 'A02010105' }) code!: string;
  @ApiProperty({ example: '台式计算机' }) name!: string;
  @ApiProperty({ nullable: true, type: String, example: 'A02010100', description: 'One level up; null for a 门类' }) parent!: string | null;
  @ApiProperty({ enum: [1, 2, 3, 4], description: '1 门类, 2 大类, 3 二级, 4 品目' }) depth!: 1 | 2 | 3 | 4;
  @ApiProperty({ enum: ['class', 'major', 'detail'], description: 'class 门类, major 大类, detail lower levels' })
  level!: 'class' | 'major' | 'detail';
}

export class CategoryTableView {
  @ApiProperty({ description: '0 is the shipped table; 1, 2, … each table loaded since' }) version!: number;
  @ApiProperty({ description: 'SHA-256 of the rows in code order' }) contentHash!: string;
  @ApiProperty() source!: string;
  @ApiProperty() loadedAt!: string;
  @ApiProperty() loadedBy!: string;
  @ApiProperty({ description: 'The instant asked (now when not given)' }) asOf!: string;
  @ApiProperty({ type: [CategoryView] }) rows!: CategoryView[];
}

export class LoadCategoryTableResultView {
  @ApiProperty() version!: number;
  @ApiProperty() contentHash!: string;
  @ApiProperty() rowCount!: number;
  @ApiProperty({ description: 'The same table was already in force: nothing new was written' }) unchanged!: boolean;
}

export class CategoryAsOfQueryDto {
  @ApiPropertyOptional({ description: 'The table in force at this instant (ISO); default now' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}
