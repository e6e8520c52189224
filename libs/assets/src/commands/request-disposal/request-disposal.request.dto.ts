import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DISPOSAL_KINDS, DisposalKind } from '../../domain/disposal.events';
import { MAX_ASSETS_PER_DISPOSAL } from '../../domain/disposal.decider';

export class RequestDisposalRequestDto {
  @ApiProperty({ type: [String], description: 'Assets of your unit to dispose of (one request, one approval)', example: ['0b6f…'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ASSETS_PER_DISPOSAL)
  @IsUUID('all', { each: true, message: 'each asset id must be a UUID' })
  assetIds!: string[];

  @ApiProperty({
    enum: DISPOSAL_KINDS,
    description: 'scrap 报废, loss 报损, sale 出售, donation 对外捐赠, swap 置换, free_transfer 无偿划转 (out of the district)',
  })
  @IsIn(DISPOSAL_KINDS, { message: `kind must be one of ${DISPOSAL_KINDS.join(', ')}` })
  kind!: DisposalKind;

  @ApiProperty({ description: 'Why (处置原因)', example: '已超使用年限，主板损坏无法修复' })
  @IsString()
  @Length(2, 1000)
  reason!: string;

  @ApiPropertyOptional({ description: 'Who receives it: required for donation, swap and free transfer (受赠方 / 置换方 / 划入单位)' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  counterparty?: string;

  @ApiPropertyOptional({ type: [String], description: 'Evidence photos uploaded with POST /api/files' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  @IsUUID('all', { each: true, message: 'each photo id must be an uploaded file id' })
  photoIds?: string[];
}
