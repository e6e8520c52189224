import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ASSET_CONDITIONS, AssetCondition } from '../../domain/asset.events';
import { CLAIM_MODES, ClaimMode } from '../../domain/reallocation.events';
import { IsInstant } from '@app/platform/http/calendar-validators';

export class ListAssetRequestDto {
  @ApiProperty({ description: '闲置说明', example: '九成新，带遥控器和HDMI线' })
  @IsString()
  @Length(2, 1000)
  description!: string;

  @ApiProperty({ enum: ASSET_CONDITIONS })
  @IsIn(ASSET_CONDITIONS)
  condition!: AssetCondition;

  @ApiPropertyOptional({ type: [String], description: 'Ids from POST /api/files (JPEG, PNG or WebP, at most 9)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  @Matches(/^[a-f0-9]{64}$/, { each: true, message: 'each photoIds entry must be a file id from POST /api/files' })
  photoIds?: string[];

  @ApiProperty({ description: '取件地点', example: '实验小学门卫室' })
  @IsString()
  @Length(1, 200)
  pickupLocation!: string;

  @ApiPropertyOptional({
    enum: CLAIM_MODES,
    default: 'manager_picks',
    description: 'manager_picks: you choose among claims; first_come: the first claim wins',
  })
  @IsOptional()
  @IsIn(CLAIM_MODES)
  claimMode?: ClaimMode;

  @ApiPropertyOptional({ description: 'Until then only departments under your 主管部门 see and claim it (ISO time)' })
  @IsOptional()
  @IsInstant({ message: 'internalUntil must be an ISO 8601 time' })
  internalUntil?: string;

  @ApiProperty({ description: 'Advertise until (ISO time); the listing expires then', example: '2026-12-31T23:59:59+08:00' })
  @IsInstant({ message: 'advertiseUntil must be an ISO 8601 time' })
  advertiseUntil!: string;
}
