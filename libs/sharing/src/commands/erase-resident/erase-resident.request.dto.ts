import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class EraseMyDataRequestDto {
  @ApiPropertyOptional({ example: '不再使用', description: 'Optional: why you erase your personal data' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  reason?: string;
}

export class EraseResidentRequestDto {
  @ApiProperty({ example: '居民来电申请删除（工单 2026-1128-07）', description: 'The request acted on: who asked, how, its reference' })
  @IsString()
  @Length(2, 200)
  reason!: string;
}
