import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CancelBookingRequestDto {
  @ApiProperty({ description: 'Told to the booker', example: '行程有变' })
  @IsString()
  @Length(2, 200)
  reason!: string;
}
