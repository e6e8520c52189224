import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class LoadCategoryTableRequestDto {
  @ApiProperty({
    description: 'The table as CSV (UTF-8): header code,name[,parent] (or 代码,名称[,上级代码]), then one row a category',
    example: 'code,name,parent\nA02000000,设备,\nA02010000,信息化设备,A02000000',
  })
  @IsString()
  @Length(1, 240_000)
  csv!: string;

  @ApiPropertyOptional({ description: 'Where the table comes from (file name, 文件号)', example: '政府采购品目分类目录（2022年）.csv' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string;
}
