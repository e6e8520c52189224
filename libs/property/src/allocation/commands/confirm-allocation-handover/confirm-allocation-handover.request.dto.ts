import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';

/** 交接确认 by the receiving department: the day it took the space over (default today) and a note. */
export class ConfirmAllocationHandoverRequestDto {
  @ApiPropertyOptional({ description: '交接日期 (YYYY-MM-DD, not after today); default today', example: '2026-11-23' })
  @IsOptional()
  @IsCalendarDate()
  since?: string;

  @ApiPropertyOptional({ description: '交接备注', example: '钥匙 3 把，门禁卡 5 张' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}
