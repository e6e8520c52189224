import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Actor } from '@app/shared';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { ApprovalInboxQueries } from './approval-inbox.queries';
import { ApprovalInboxPage } from '../warehouse/warehouse.views';

class ApprovalInboxQueryDto {
  @ApiPropertyOptional({
    enum: ['waiting', 'decided'],
    default: 'waiting',
    description: 'waiting: my step is due (待审批); decided: I have decided my step (已处理)',
  })
  @IsOptional()
  @IsIn(['waiting', 'decided'], { message: 'view must be waiting or decided' })
  view?: 'waiting' | 'decided';

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|[0-9a-f-]{36}$/, {
    message: 'cursor must be a nextCursor value from a previous page',
  })
  cursor?: string;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

@ApiTags('warehouse (云公物仓)')
@ApiBearerAuth()
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly inbox: ApprovalInboxQueries) {}

  @Get()
  @Roles('asset_manager', 'finance_approver')
  @ApiOperation({
    summary:
      '待审批 / 已处理: transfers (调剂) whose current step waits for me (longest waiting first), or whose step I decided (latest first)',
    description:
      'A 主管部门 asset manager sees the supervisor reviews of the departments it supervises; a finance approver sees every transfer waiting for 财政审批. Each item carries the transfer with its chain so far, the chosen claim and the listing.',
  })
  @ApiOkResponse({ type: ApprovalInboxPage })
  list(@CurrentActor() actor: Actor, @Query() query: ApprovalInboxQueryDto): Promise<ApprovalInboxPage> {
    return this.inbox.forApprover(actor, { view: query.view ?? 'waiting', cursor: query.cursor, limit: query.limit ?? 20 });
  }
}
