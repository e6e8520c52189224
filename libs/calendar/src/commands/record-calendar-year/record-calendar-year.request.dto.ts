import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { MAX_DAY_NAME_LENGTH, MAX_RECORDED_DAYS } from '../../domain/recorded-days';

export class RecordedDayDto {
  @ApiProperty({ example: '2027-01-01', description: 'China date inside the year' })
  @IsString()
  @Length(1, 20)
  date!: string;

  @ApiProperty({ enum: ['holiday', 'workday'], description: 'holiday: 放假; workday: a weekend day worked (调休补班)' })
  @IsIn(['holiday', 'workday'], { message: 'kind must be holiday or workday' })
  kind!: 'holiday' | 'workday';

  @ApiPropertyOptional({ example: '元旦', maxLength: MAX_DAY_NAME_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DAY_NAME_LENGTH)
  name?: string;
}

export class RecordCalendarYearRequestDto {
  @ApiProperty({ type: [RecordedDayDto], description: "The year's whole arrangement: it replaces any earlier recording of the year" })
  @IsArray()
  @ArrayMaxSize(MAX_RECORDED_DAYS)
  @ValidateNested({ each: true })
  @Type(() => RecordedDayDto)
  days!: RecordedDayDto[];

  @ApiPropertyOptional({ description: 'The notice the days come from (文号)', example: '国办发明电〔2026〕7号' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string;
}

export class ImportCalendarYearRequestDto {
  @ApiProperty({
    description: 'One day a line: date,kind[,name] (kind holiday or workday; 休/班 also read); a header line date,kind,name is skipped',
    example: 'date,kind,name\n2027-01-01,holiday,元旦\n2027-02-20,workday,春节',
  })
  @IsString()
  @Length(1, 40_000)
  csv!: string;

  @ApiPropertyOptional({ description: 'The notice the days come from (文号), or the file name', example: '2027年放假安排.csv' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string;
}
