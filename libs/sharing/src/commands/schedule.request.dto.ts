import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DAY_KINDS, DayKind } from '../domain/schedule';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SharingWindowDto {
  @ApiProperty({
    enum: DAY_KINDS,
    description: 'workdays 工作日 (incl. 调休 make-up days), rest_days 休息日 (weekends and statutory holidays), every_day',
  })
  @IsIn(DAY_KINDS)
  days!: DayKind;

  @ApiProperty({ example: '18:30', description: 'China time' })
  @Matches(HHMM, { message: 'start must be a time HH:MM' })
  start!: string;

  @ApiProperty({ example: '07:30', description: 'China time; at or before start means the next day' })
  @Matches(HHMM, { message: 'end must be a time HH:MM' })
  end!: string;
}

export class ScheduleDto {
  @ApiProperty({ type: [SharingWindowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => SharingWindowDto)
  windows!: SharingWindowDto[];

  @ApiProperty({ example: 60, description: 'Slot length in minutes' })
  @IsInt()
  @Min(15)
  @Max(1440)
  slotMinutes!: number;

  @ApiProperty({ example: 120, description: 'Places per slot' })
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity!: number;

  @ApiProperty({ example: 14, description: 'Bookings open this many days ahead' })
  @IsInt()
  @Min(1)
  @Max(90)
  horizonDays!: number;

  @ApiProperty({ example: 30, description: 'Minimum notice before a slot starts, minutes' })
  @IsInt()
  @Min(0)
  @Max(10080)
  minNoticeMinutes!: number;
}
