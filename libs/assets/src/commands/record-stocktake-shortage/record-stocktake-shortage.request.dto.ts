import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';

/** 盘亏: an expected card the manager confirms missing, with why. */
export class RecordStocktakeShortageRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  assetId!: string;

  @ApiProperty({ description: '盘亏原因', example: '多年未见，经查找无下落' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
