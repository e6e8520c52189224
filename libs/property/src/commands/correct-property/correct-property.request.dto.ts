import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PartialType } from '@nestjs/swagger';
import { RegisterPropertyRequestDto } from '../register-property/register-property.request.dto';

export const CLEARABLE_FIELDS = ['location', 'usableAreaSqm', 'assetId', 'parentId'] as const;
export type ClearableField = (typeof CLEARABLE_FIELDS)[number];

class CorrectableFields extends PickType(RegisterPropertyRequestDto, [
  'name',
  'address',
  'location',
  'grossAreaSqm',
  'usableAreaSqm',
  'use',
  'parentId',
  'assetId',
] as const) {}

/** 更正: what the register got wrong. History keeps the old values; the correction says why. */
export class CorrectPropertyRequestDto extends PartialType(CorrectableFields) {
  @ApiPropertyOptional({
    enum: CLEARABLE_FIELDS,
    isArray: true,
    description: 'Fields to empty (a request never carries null): unknown coordinates, no 使用面积, no linked card, no parent',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(CLEARABLE_FIELDS, { each: true })
  clear?: ClearableField[];

  @ApiProperty({ description: 'Why the register was wrong (更正原因)', example: '按测绘报告更正建筑面积' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
