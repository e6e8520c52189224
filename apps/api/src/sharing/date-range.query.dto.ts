import { ApiProperty } from '@nestjs/swagger';
import { BadRequestException } from '@nestjs/common';
import { Matches } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A range of China dates, YYYY-MM-DD, both ends included. */
export class DateRangeQueryDto {
  @ApiProperty({ example: '2026-11-23' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2026-11-29' })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;
}

export const MAX_RANGE_DAYS = 62;

/** Date.parse rolls 2026-02-30 over into March; a real date reads back as itself. */
const isRealDate = (date: string) => {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date;
};

export function rangeProblem(range: DateRangeQueryDto): string | null {
  if (!isRealDate(range.from) || !isRealDate(range.to)) return 'from and to must be real dates';
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
