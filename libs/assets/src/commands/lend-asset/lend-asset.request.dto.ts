import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';

/** 借出: to which unit, who answers for it there, what for, and until when. */
export class LendAssetRequestDto {
  @ApiProperty({ description: '借用单位', example: 'D-HOSP1' })
  @IsString()
  @Length(1, 64)
  borrowerDepartmentId!: string;

  @ApiProperty({ description: '借用人 (at the borrowing unit)', example: '李护士长' })
  @IsString()
  @Length(1, 100)
  borrower!: string;

  @ApiProperty({ description: '用途', example: '义诊活动使用' })
  @IsString()
  @Length(1, 500)
  purpose!: string;

  @ApiProperty({ description: '约定归还日期 (YYYY-MM-DD, 1–365 days from today)', example: '2026-12-31' })
  @IsCalendarDate()
  dueOn!: string;
}
