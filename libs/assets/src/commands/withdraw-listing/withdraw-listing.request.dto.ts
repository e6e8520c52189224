import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class WithdrawListingRequestDto {
  @ApiProperty({ description: 'Why the listing is withdrawn (撤回原因)', example: '本单位继续使用' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
