import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';

/** 应开尽开: whether the school, parking lot or sports venue should open to the public off-peak, and why. */
export class AssessSharingEligibilityRequestDto {
  @ApiProperty()
  @IsBoolean()
  eligible!: boolean;

  @ApiProperty({ example: '操场与教学区分隔，可错峰开放' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
