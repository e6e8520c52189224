import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';

export class PostDemandRequestDto {
  @ApiProperty({
    description: 'GB/T 14885-2022 code: a 门类 (A050000) matches the whole class, a 大类 (A050100) only that',
    example: 'A050000',
  })
  @Matches(/^A0[1-7]\d{4}(\d{2})*$/, { message: 'categoryCode must be a GB/T 14885-2022 code such as A050000' })
  categoryCode!: string;

  @ApiProperty({ example: 10 })
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity!: number;

  @ApiProperty({ description: '用途', example: '候诊区座椅' })
  @IsString()
  @Length(2, 500)
  purpose!: string;

  @ApiPropertyOptional({ description: 'Needed by (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate({ message: 'neededBy must be a real date YYYY-MM-DD' })
  neededBy?: string;
}
