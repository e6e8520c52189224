import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class GiveConsentRequestDto {
  @ApiProperty({ example: '2026-11-01', description: 'The version of the notice the resident read (GET /api/residents/privacy-notice)' })
  @IsString()
  @Length(1, 40)
  noticeVersion!: string;
}
