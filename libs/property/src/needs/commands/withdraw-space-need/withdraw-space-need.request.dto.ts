import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class WithdrawSpaceNeedRequestDto {
  @ApiProperty({ description: '撤回原因', example: '已通过其他途径解决' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
