import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** 签字结束: the asset manager's conclusion; every expected card not yet settled becomes 未找到. */
export class CloseStocktakeRequestDto {
  @ApiProperty({ description: '盘点结论 / 签字意见', example: '已核对，盘亏资产另行申请核销' })
  @IsString()
  @Length(1, 500)
  opinion!: string;
}
