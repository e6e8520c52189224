import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { MONTH_PATTERN } from '../../domain/months';

export class CloseDepreciationMonthRequestDto {
  @ApiProperty({ description: 'The month to close (YYYY-MM): ended, and the one after the last closed', example: '2026-10' })
  @Matches(MONTH_PATTERN, { message: 'month must be a month YYYY-MM' })
  month!: string;
}
