import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';

/**
 * Who uses the property from when: a unit moves in, or (vacate) the property is left empty. No allocation id:
 * only an approved allocation's handover links one, in the system's name, never a request.
 */
export class ChangeOccupancyRequestDto {
  @ApiPropertyOptional({
    description: 'The unit moving in; leave out and send vacate: true when the property is left empty',
    example: 'D-HEALTH',
  })
  @ValidateIf((o: ChangeOccupancyRequestDto) => o.vacate !== true)
  @Matches(DEPARTMENT_CODE_PATTERN, { message: DEPARTMENT_CODE_MESSAGE })
  toUnitId?: string;

  @ApiPropertyOptional({ description: 'True: nobody occupies the property from `since` (no toUnitId then)' })
  @IsOptional()
  @Equals(true)
  vacate?: true;

  @ApiProperty({ description: 'From when (YYYY-MM-DD, China date); not after today', example: '2026-11-20' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  since!: string;

  @ApiProperty({ example: '调配交接' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
