import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** A physical move (and optionally a new custodian); the card was right before and after. */
export class RelocateAssetRequestDto {
  @ApiProperty({ description: '新存放地点', example: '档案室B' })
  @IsString()
  @Length(1, 200)
  location!: string;

  @ApiPropertyOptional({ description: '新使用人; unchanged when omitted', example: '王五' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  custodian?: string;

  @ApiPropertyOptional({ description: '原因', example: '办公室调整' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}
