import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/**
 * The receiving unit names who keeps the asset and where it stands (条例 art. 15: a change of custodian is
 * a handover); the releasing unit confirms with an empty body.
 */
export class ConfirmHandoverRequestDto {
  @ApiPropertyOptional({ description: '接收后的使用人 (required of the receiving side)', example: '王五' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  custodian?: string;

  @ApiPropertyOptional({ description: '接收后的存放地点 (required of the receiving side)', example: '卫健委办公楼305室' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  location?: string;
}
