import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

/** Only what a booking needs. */
export class RecordResidentProfileRequestDto {
  @ApiProperty({ example: '王小明' })
  @IsString()
  @Length(1, 50)
  name!: string;

  @ApiProperty({ example: '13812345678', description: 'Mainland mobile number; shown masked to everyone but you' })
  @Matches(/^1[3-9]\d{9}$/, { message: 'phone must be an 11-digit mainland mobile number' })
  phone!: string;

  @ApiPropertyOptional({ example: '沪A12345', description: 'Needed for parking' })
  @IsOptional()
  @Matches(/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/, { message: 'plateNumber must be a plate such as 沪A12345' })
  plateNumber?: string;
}
