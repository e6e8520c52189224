import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class WriteOffDisposalRequestDto {
  @ApiPropertyOptional({
    description: 'Income of the disposal in 分 (sale price, swap difference, scrap value), paid to the treasury; required for a sale',
    example: 120000,
    default: 0,
  })
  @IsOptional()
  @IsInt({ message: 'proceedsFen must be a whole number of fen (分)' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  proceedsFen?: number;

  @ApiPropertyOptional({
    description: '上缴国库 voucher or payment reference; required when there are proceeds',
    example: '非税缴款书 3301-2026-000123',
  })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  treasuryVoucher?: string;

  @ApiPropertyOptional({ description: '批复文号: the written reply approving the disposal', example: '区财资〔2026〕8号' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  replyRef?: string;
}
