import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const CURSOR = /^\d{1,20}\.[A-Za-z0-9:_-]{1,200}$/;

class PageQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(CURSOR, { message: 'cursor 须为上一页返回的 nextCursor (cursor must be a nextCursor value from a previous page)' })
  cursor?: string;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 须为 1–100 的整数' })
  @Min(1, { message: 'limit 须为 1–100 的整数' })
  @Max(100, { message: 'limit 须为 1–100 的整数' })
  limit?: number;
}

export class TodoQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'closed'], default: 'open', description: 'open: waiting for me; closed: done (by anyone)' })
  @IsOptional()
  @IsIn(['open', 'closed'], { message: 'view 须为 open 或 closed' })
  view?: 'open' | 'closed';
}

export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Only the unread ones' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread 须为 true 或 false' })
  unread?: boolean;
}

export class MarkReadRequestDto {
  @ApiPropertyOptional({ type: [String], description: 'The notifications to mark read; absent: all of mine', maxItems: 500 })
  @IsOptional()
  @IsArray({ message: 'ids 须为消息编号的数组' })
  @ArrayMaxSize(500, { message: 'ids 一次最多 500 个' })
  @IsUUID('all', { each: true, message: 'ids 中每一项须为消息编号 (UUID)' })
  ids?: string[];
}
