import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { AssetCardFieldsDto } from '../asset-card.fields.dto';

/** Fix what the card got wrong. History keeps the wrong value; the correction says why. */
export class CorrectAssetRequestDto extends PartialType(AssetCardFieldsDto) {
  @ApiProperty({ description: 'Why the card was wrong (更正原因)', example: '原值录入错误，按发票更正' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
