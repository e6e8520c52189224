import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsInstant } from '@app/platform/http/calendar-validators';

export class DeclareBlackoutRequestDto {
  @ApiProperty({ example: '2026-12-20T00:00:00+08:00' })
  @IsInstant({ message: 'from must be an ISO 8601 time' })
  from!: string;

  @ApiProperty({ example: '2026-12-21T00:00:00+08:00' })
  @IsInstant({ message: 'to must be an ISO 8601 time' })
  to!: string;

  @ApiProperty({ example: '期末考试', description: 'Told to every booker whose booking is cancelled' })
  @IsString()
  @Length(2, 200)
  reason!: string;
}
