import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value);

/** The number is checked against the mainland pattern by the service (PHONE_NUMBER_INVALID), so the refusal has its own code. */
export class PhoneCodeRequestDto {
  @ApiProperty({ example: '13800138000', description: 'Mainland mobile number: 11 digits, 1 then 3–9 (spaces and dashes are ignored)' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 20)
  phone!: string;
}

export class PhoneSignInRequestDto extends PhoneCodeRequestDto {
  @ApiProperty({ example: '123456', description: 'The 6-digit code sent by SMS' })
  @Transform(trimmed)
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;
}
