import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** A body that only carries a reason: closing, withdrawing, going ahead despite idle stock. */
export class ReasonRequestDto {
  @ApiProperty({ example: '型号不符，需要4K投影' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
