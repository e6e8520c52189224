import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { PROPERTY_STATUSES, PropertyStatus } from '../../domain/property.constants';

/** 在用, 闲置, 出租出借, 待处置: office space is never 出租出借. */
export class ChangePropertyStatusRequestDto {
  @ApiProperty({ enum: PROPERTY_STATUSES })
  @IsIn(PROPERTY_STATUSES)
  status!: PropertyStatus;

  @ApiProperty({ example: '原使用单位已搬离' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
