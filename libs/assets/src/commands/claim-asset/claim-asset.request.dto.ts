import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ClaimAssetRequestDto {
  @ApiProperty({ description: 'Why your department needs it (申领理由)', example: '门诊部缺少投影设备' })
  @IsString()
  @Length(2, 500)
  justification!: string;
}
