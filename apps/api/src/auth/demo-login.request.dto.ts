import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class DemoLoginRequestDto {
  @ApiProperty({ example: 'mgr-edu', description: 'One of the seeded demo users (see GET /api/auth/demo-users)' })
  @IsString()
  @Length(1, 64)
  userId!: string;
}
