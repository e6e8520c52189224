import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@app/shared';

/** Who a token speaks for, as the pages see it. */
export class ActorView {
  @ApiProperty({ example: 'mgr-edu' }) userId!: string;
  @ApiProperty({ enum: ROLES }) role!: (typeof ROLES)[number];
  @ApiProperty({ nullable: true, type: String, example: 'D-EDU', description: 'Null for residents' }) departmentId!: string | null;
  @ApiProperty({ example: '区教育局 资产管理员' }) displayName!: string;
}

export class DemoLoginResponse {
  @ApiProperty({ description: 'Bearer token (valid 8 hours)' }) accessToken!: string;
  @ApiProperty({ type: ActorView }) actor!: ActorView;
}
