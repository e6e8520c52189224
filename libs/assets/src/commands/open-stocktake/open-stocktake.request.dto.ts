import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';

/** 新建盘点任务: which department, and optionally only one 存放地点 in it. */
export class OpenStocktakeRequestDto {
  @ApiProperty({ description: '任务名称', example: '2026 年末资产清查' })
  @IsString()
  @Length(1, 100)
  title!: string;

  @ApiProperty({ description: '盘点单位 (your own)', example: 'D-SCH1' })
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId!: string;

  @ApiPropertyOptional({ description: '只盘点此存放地点的资产; omitted: the whole department', example: '教学楼101' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  location?: string;
}
