import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '@app/platform/http/calendar-validators';
import { CATEGORY_CODE_PATTERN } from '../../categories/category-catalog';

export class RecordApprovalPolicyRequestDto {
  @ApiProperty({ description: 'China date the policy applies from (today or later; after the latest recorded one)', example: '2027-01-01' })
  @IsCalendarDate({ message: 'effectiveFrom must be a date YYYY-MM-DD' })
  effectiveFrom!: string;

  @ApiProperty({ description: 'Above this original value (分) the finance bureau approves; at or below, 备案', example: 5000000 })
  @IsInt({ message: 'financeApprovalAboveFen must be a whole number of fen (分)' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  financeApprovalAboveFen!: number;

  @ApiProperty({ description: 'A transfer crossing 主管部门 needs the finance bureau’s approval (false: filing is enough)', example: true })
  @IsBoolean()
  crossingNeedsFinanceApproval!: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Category codes whose transfers always need approval', example: ['A02010000'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(CATEGORY_CODE_PATTERN, { each: true, message: 'each category must be a GB/T 14885 code such as A02010000' })
  financeApprovalCategories?: string[];

  @ApiPropertyOptional({
    description:
      'Disposals (处置): above this total original value (分) of one request the finance bureau approves after the 主管部门; at or below, 备案. Absent: the finance bureau approves every disposal',
    example: 5000000,
  })
  @IsOptional()
  @IsInt({ message: 'disposalFinanceApprovalAboveFen must be a whole number of fen (分)' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  disposalFinanceApprovalAboveFen?: number;

  @ApiProperty({ description: 'Why (文件号 or decision)', example: '区财发〔2026〕12号' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
