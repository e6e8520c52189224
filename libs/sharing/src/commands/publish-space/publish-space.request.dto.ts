import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { AUDIENCES, Audience, SPACE_KINDS, SpaceKind } from '../../domain/sharing.events';
import { ScheduleDto } from '../schedule.request.dto';

export class PublishSpaceRequestDto {
  @ApiProperty({ example: '实验小学停车场' })
  @IsString()
  @Length(2, 100)
  name!: string;

  @ApiProperty({ enum: SPACE_KINDS })
  @IsIn(SPACE_KINDS)
  kind!: SpaceKind;

  @ApiProperty({ example: '和平路12号' })
  @IsString()
  @Length(2, 200)
  location!: string;

  @ApiProperty({ enum: AUDIENCES, isArray: true, description: 'Who may book: residents, other departments' })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(AUDIENCES, { each: true })
  audiences!: Audience[];

  @ApiProperty({
    enum: ['automatic', 'manager'],
    description: 'automatic: confirmed at once while places remain; manager: you approve each booking',
  })
  @IsIn(['automatic', 'manager'])
  approval!: 'automatic' | 'manager';

  @ApiProperty({ type: ScheduleDto })
  @IsObject({ message: 'schedule is required: windows, slotMinutes, capacity, horizonDays, minNoticeMinutes' })
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule!: ScheduleDto;
}
