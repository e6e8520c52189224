import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Length, ValidateIf } from 'class-validator';

export class DecideAllocationStepRequestDto {
  @ApiProperty({ description: 'true approves the pending step (主管部门审核 / 财政审批); false rejects the allocation' })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ description: 'Comment; required when rejecting (驳回理由)', example: '该房已规划另作他用' })
  @ValidateIf((o: DecideAllocationStepRequestDto) => o.approve === false || o.comment !== undefined)
  @IsString({ message: 'comment is required when rejecting, and must be text' })
  @Length(1, 1000)
  comment?: string;
}
