import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

/** One label scanned (a hardware scanner types into the field) or its number typed. */
export class CountStocktakeAssetRequestDto {
  @ApiProperty({ description: '资产编号 (as the label’s QR code holds it)', example: 'JY-2023-000123' })
  @IsString()
  @Length(1, 40)
  assetNo!: string;

  @ApiPropertyOptional({ description: '发现地点; omitted: where the card says', example: '教学楼101' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  foundAt?: string;

  @ApiPropertyOptional({ enum: ['scan', 'typed'], description: 'How the number was taken (default typed)' })
  @IsOptional()
  @IsIn(['scan', 'typed'])
  method?: 'scan' | 'typed';
}
