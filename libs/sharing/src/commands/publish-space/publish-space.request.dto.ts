import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { AUDIENCES, Audience, SPACE_KINDS, SpaceKind } from '../../domain/sharing.events';
import { ScheduleDto } from '../schedule.request.dto';

export class PublishSpaceRequestDto {
  @ApiProperty({ example: '实验小学停车场' })
  @IsString()
  @Length(2, 100)
  name!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The property room or parcel (物业台账) the space is part of: on your unit's books or used by it, not office space (OFFICE_SPACE_NOT_LENDABLE). The web app always sends it; leaving it out publishes a space shown as 未关联物业, to be tied with POST /api/spaces/{id}/property.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'propertyId must be the id of a property' })
  propertyId?: string;

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
