import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** 归还: recorded by the lending unit once the asset is back. */
export class ReturnLoanRequestDto {
  @ApiPropertyOptional({ description: '归还说明 (condition on return, missing parts …)', example: '完好归还' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}
