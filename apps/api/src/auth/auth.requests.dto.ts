import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ROLES } from '@app/shared';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,31}$/;
export const USERNAME_MESSAGE =
  'username must be 2-32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit';
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const ACCOUNT_ROLES = ROLES;

export class SignInRequestDto {
  @ApiProperty({ example: 'zhang.san' })
  @Transform(lower)
  @Matches(USERNAME_PATTERN, { message: USERNAME_MESSAGE })
  username!: string;

  @ApiProperty({ example: 'Chushi-Mima-2026' })
  @IsString()
  @Length(1, 128)
  password!: string;

  @ApiPropertyOptional({ enum: ACCOUNT_ROLES, description: 'Which of the account’s roles to act in (default: its first)' })
  @IsOptional()
  @IsIn(ACCOUNT_ROLES)
  role?: (typeof ROLES)[number];
}

export class RefreshRequestDto {
  @ApiProperty({ description: 'The refresh token from the last sign-in or refresh (each works once)' })
  @IsString()
  @Length(10, 200)
  refreshToken!: string;
}

export class ChangePasswordRequestDto {
  @ApiProperty() @IsString() @Length(1, 128) currentPassword!: string;
  @ApiProperty({ description: 'At least 10 characters, three of: upper-case, lower-case, digits, other; not containing the username' })
  @IsString()
  @Length(1, 200)
  newPassword!: string;
}
