import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsInstant } from '@app/platform/http/calendar-validators';

export class PlaceBookingRequestDto {
  @ApiProperty({ description: 'Start of a published slot (from the availability view)', example: '2026-11-24T18:30:00+08:00' })
  @IsInstant({ message: 'slotStart must be an ISO 8601 time' })
  slotStart!: string;

  @ApiPropertyOptional({ default: 1, description: 'Places (people on a track, spaces in a lot)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  places?: number;
}
