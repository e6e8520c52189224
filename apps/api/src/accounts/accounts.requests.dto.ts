import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN, ROLES } from '@app/shared';
import { USERNAME_MESSAGE, USERNAME_PATTERN } from '../auth/auth.requests.dto';

type AccountRole = (typeof ROLES)[number];
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CreateAccountRequestDto {
  @ApiProperty({ example: 'zhang.san', description: 'Unique; 2-32 lower-case letters, digits, . _ -' })
  @Transform(lower)
  @Matches(USERNAME_PATTERN, { message: USERNAME_MESSAGE })
  username!: string;

  @ApiProperty({ example: '张三' }) @IsString() @Length(1, 40) displayName!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['asset_manager'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles!: AccountRole[];

  @ApiPropertyOptional({ example: 'D-SCH1', description: 'A unit of the organisation tree (none for residents)' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;

  @ApiProperty({ description: 'Initial password, to be changed at first sign-in (password rules apply)' })
  @IsString()
  @Length(1, 200)
  initialPassword!: string;
}

export class RoleRequestDto {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: AccountRole;
}

export class MoveAccountRequestDto {
  @ApiProperty({ example: 'D-SCH2' })
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId!: string;
}

export class DisableAccountRequestDto {
  @ApiProperty({ example: '调离本单位' }) @IsString() @Length(1, 200) reason!: string;
}

export class ResetPasswordRequestDto {
  @ApiProperty({ description: 'A new initial password; the person must change it at the next sign-in' })
  @IsString()
  @Length(1, 200)
  newPassword!: string;
}
