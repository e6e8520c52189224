import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class RequestPurchaseRequestDto {
  @ApiProperty({ example: 'A020000' })
  @Matches(/^A0[1-7]\d{4}(\d{2})*$/, { message: 'categoryCode must be a GB/T 14885-2022 code such as A020000' })
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
