import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@app/shared';

export class AccountView {
  @ApiProperty({ example: 'zhang.san' }) username!: string;
  @ApiProperty({ example: '张三' }) displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty({ nullable: true, type: String, example: 'D-SCH1' }) departmentId!: string | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ description: 'The initial password has not been changed yet' }) mustChangePassword!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Locked after repeated wrong passwords until then' }) lockedUntil!:
    string | null;
}

export class AccountChangeView {
  @ApiProperty() username!: string;
  @ApiProperty({ description: 'Stream revision after the change' }) revision!: string;
  @ApiProperty({ type: [String] }) events!: string[];
}
