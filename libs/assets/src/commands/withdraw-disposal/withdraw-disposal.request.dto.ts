import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class WithdrawDisposalRequestDto {
  @ApiProperty({ description: 'Why the request is withdrawn (撤回原因)', example: '经维修可继续使用' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
