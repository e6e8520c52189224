import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MONTH_PATTERN } from '../../domain/months';

/** The HTTP body a table may be sent in (5,000 rows do not fit the usual 256 KiB); over the event's limit, so the decider's 400 names it. */
export const LIFE_TABLE_BODY_BYTES = 1024 * 1024;

export class LifeTableRowDto {
  @ApiProperty({ description: 'Category code prefix: letter and whole two-digit levels (A02, A0201, A020101)', example: 'A0201' })
  @Matches(/^A(\d{2}){1,4}$/, { message: 'prefix must be a category prefix such as A02 or A0201' })
  prefix!: string;

  @ApiProperty({ example: '信息化设备' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ description: 'Useful life in whole years; left out: 不计提折旧 (not depreciated)', example: 6 })
  @IsOptional()
  @IsInt({ message: 'years must be a whole number of years, or left out for 不计提折旧' })
  @Min(1)
  @Max(100)
  years?: number;

  @ApiProperty({ description: 'Where the figure comes from', example: '财会〔2017〕4号 表1' })
  @IsString()
  @Length(1, 200)
  basis!: string;
}

export class LoadLifeTableRequestDto {
  @ApiProperty({ description: 'First month the table governs (YYYY-MM); after the last closed month', example: '2027-01' })
  @Matches(MONTH_PATTERN, { message: 'effectiveFrom must be a month YYYY-MM' })
  effectiveFrom!: string;

  @ApiProperty({ type: [LifeTableRowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => LifeTableRowDto)
  rows!: LifeTableRowDto[];

  @ApiProperty({ description: 'The document the table comes from', example: '区财政局 固定资产折旧年限表' })
  @IsString()
  @Length(2, 200)
  source!: string;

  @ApiProperty({ description: 'Why (文件号 or decision)', example: '区财发〔2026〕9号' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
