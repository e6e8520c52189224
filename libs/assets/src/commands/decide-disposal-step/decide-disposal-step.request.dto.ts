import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Length, ValidateIf } from 'class-validator';

export class DecideDisposalStepRequestDto {
  @ApiProperty({ description: 'true approves the pending step; false rejects the request (驳回) and releases its assets' })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ description: 'Comment; required when rejecting (驳回理由)', example: '尚可维修使用' })
  @ValidateIf((o: DecideDisposalStepRequestDto) => o.approve === false || o.comment !== undefined)
  @IsString({ message: 'comment is required when rejecting, and must be text' })
  @Length(2, 500)
  comment?: string;
}
