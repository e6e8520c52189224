import { CATEGORY_CODE_MESSAGE, CATEGORY_CODE_PATTERN } from '@app/assets';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class RequestPurchaseRequestDto {
  @ApiProperty({ example: 'A02000000' })
  @Matches(CATEGORY_CODE_PATTERN, { message: `categoryCode ${CATEGORY_CODE_MESSAGE}` })
  categoryCode!: string;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity!: number;

  @ApiProperty({ description: 'Estimated total in 分', example: 900000 })
  @IsInt({ message: 'estimatedValueFen must be an integer number of fen (分)' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  estimatedValueFen!: number;

  @ApiProperty({ example: '门诊部投影设备' })
  @IsString()
  @Length(2, 500)
  purpose!: string;

  @ApiPropertyOptional({ description: 'Why to buy even if the warehouse holds the same category (recorded if idle stock is found)' })
  @IsOptional()
  @IsString()
  @Length(2, 500)
  overrideReason?: string;
}
