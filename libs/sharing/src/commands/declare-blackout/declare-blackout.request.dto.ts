import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Length } from 'class-validator';

export class DeclareBlackoutRequestDto {
  @ApiProperty({ example: '2026-12-20T00:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 time' })
  from!: string;

  @ApiProperty({ example: '2026-12-21T00:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 time' })
  to!: string;

  @ApiProperty({ example: '期末考试', description: 'Told to every booker whose booking is cancelled' })
  @IsString()
  @Length(2, 200)
  reason!: string;
}
