import { CATEGORY_CODE_MESSAGE, CATEGORY_CODE_PATTERN } from '../categories/category-code';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ASSET_CONDITIONS, ASSET_USAGES, AssetCondition, AssetUsage } from '../domain/asset.events';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';

// Postgres bigint holds more, but JSON numbers are exact only up to 2^53-1 分 (≈ ¥90 trillion).
const MAX_FEN = Number.MAX_SAFE_INTEGER;

/** Validation shared by registration and correction: one definition of what a valid card field is. */
export class AssetCardFieldsDto {
  @ApiProperty({ description: '名称', example: '台式计算机' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ description: 'GB/T 14885-2022 分类代码', example: 'A02010105' })
  @Matches(CATEGORY_CODE_PATTERN, { message: `categoryCode ${CATEGORY_CODE_MESSAGE}` })
  categoryCode!: string;

  @ApiProperty({ description: '使用人 (custodian)', example: '张三' })
  @IsString()
  @Length(1, 100)
  custodian!: string;

  @ApiProperty({ description: '存放地点', example: '行政楼302室' })
  @IsString()
  @Length(1, 200)
  location!: string;

  @ApiProperty({ description: '取得日期 YYYY-MM-DD', example: '2023-05-10' })
  @IsCalendarDate({ message: 'acquiredOn must be a real date YYYY-MM-DD' })
  acquiredOn!: string;

  @ApiProperty({ description: '原值, integer 分 (fen); ¥4,999.00 is 499900', example: 499900 })
  @IsInt({ message: 'originalValueFen must be an integer number of fen (分), not yuan with decimals' })
  @Min(0)
  @Max(MAX_FEN)
  originalValueFen!: number;

  @ApiProperty({ description: '数量', example: 1 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;

  @ApiProperty({ description: '计量单位', example: '台' })
  @IsString()
  @Length(1, 20)
  unit!: string;

  @ApiProperty({ enum: ASSET_CONDITIONS, description: '成色: new 全新, good 良好, fair 一般, poor 较差, unusable 不可用' })
  @IsIn(ASSET_CONDITIONS)
  condition!: AssetCondition;

  @ApiPropertyOptional({ description: '品牌', example: '联想' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  brand?: string;

  @ApiPropertyOptional({ description: '规格型号', example: 'ThinkCentre M920' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  specification?: string;

  @ApiPropertyOptional({ description: '累计折旧 in 分 (default 0)', example: 120000 })
  @IsOptional()
  @IsInt({ message: 'accumulatedDepreciationFen must be an integer number of fen (分)' })
  @Min(0)
  @Max(MAX_FEN)
  accumulatedDepreciationFen?: number;

  @ApiPropertyOptional({
    enum: ASSET_USAGES,
    description: '用途 of buildings and rooms: office_space 办公用房, business_space 业务用房, public_service 公共服务, other 其他',
  })
  @IsOptional()
  @IsIn(ASSET_USAGES)
  usage?: AssetUsage;
}
