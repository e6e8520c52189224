import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class WithdrawTransferRequestDto {
  @ApiProperty({ description: 'Why the transfer is withdrawn', example: '预算已批，改为采购' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
