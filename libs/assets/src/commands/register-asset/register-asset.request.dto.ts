import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { AssetCardFieldsDto } from '../asset-card.fields.dto';

export class RegisterAssetRequestDto extends AssetCardFieldsDto {
  @ApiProperty({ description: '资产编号, unique in the ledger', example: 'JY-2023-000123' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { message: 'assetNo must be 1-40 letters, digits, dot, dash or underscore' })
  assetNo!: string;

  @ApiProperty({ description: 'Owning department (管理部门); must be your own', example: 'D-EDU' })
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId!: string;
}
