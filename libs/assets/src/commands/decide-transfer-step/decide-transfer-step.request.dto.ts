import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Length, ValidateIf } from 'class-validator';

export class DecideTransferStepRequestDto {
  @ApiProperty({ description: 'true approves the pending step; false rejects the transfer' })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ description: 'Comment; required when rejecting (驳回理由)', example: '接收单位已有同类设备' })
  @ValidateIf((o: DecideTransferStepRequestDto) => o.approve === false || o.comment !== undefined)
  @IsString({ message: 'comment is required when rejecting, and must be text' })
  @Length(2, 500)
  comment?: string;
}
