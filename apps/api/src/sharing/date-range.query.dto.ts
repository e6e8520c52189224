import { ApiProperty } from '@nestjs/swagger';
import { BadRequestException } from '@nestjs/common';
import { isCalendarDate } from '@app/shared';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';

/** A range of China dates, YYYY-MM-DD, both ends included. */
export class DateRangeQueryDto {
  @ApiProperty({ example: '2026-11-23' })
  @IsCalendarDate({ message: 'from must be a real date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2026-11-29' })
  @IsCalendarDate({ message: 'to must be a real date YYYY-MM-DD' })
  to!: string;
}

export const MAX_RANGE_DAYS = 62;

export function rangeProblem(range: DateRangeQueryDto): string | null {
  if (!isCalendarDate(range.from) || !isCalendarDate(range.to)) return 'from and to must be real dates';
  const days = (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86400_000;
  if (days < 0) return 'to must not be before from';
  if (days > MAX_RANGE_DAYS) return `a range may cover at most ${MAX_RANGE_DAYS} days`;
  return null;
}

export function checkRange(range: DateRangeQueryDto): void {
  const problem = rangeProblem(range);
  if (problem)
    throw new BadRequestException({ code: 'VALIDATION_FAILED', message: problem, fields: [{ field: 'to', messages: [problem] }] });
}
