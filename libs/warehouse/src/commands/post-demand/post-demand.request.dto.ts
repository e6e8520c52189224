import { CATEGORY_CODE_MESSAGE, CATEGORY_CODE_PATTERN } from '@app/assets';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';

export class PostDemandRequestDto {
  @ApiProperty({
    description: 'GB/T 14885-2022 code: a 门类 (A05000000) matches the whole class, a 大类 (A05010000) only that',
    example: 'A05000000',
  })
  @Matches(CATEGORY_CODE_PATTERN, { message: `categoryCode ${CATEGORY_CODE_MESSAGE}` })
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
