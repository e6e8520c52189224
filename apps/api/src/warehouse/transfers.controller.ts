import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { Actor, DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN, DepartmentDirectory } from '@app/shared';
import { TransferQueries } from '@app/read-models/transfers/transfer.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { TransferView } from './warehouse.views';

const TRANSFER_STATUSES = [
  'pending_supervisor_review',
  'pending_finance_approval',
  'awaiting_handover',
  'completed',
  'rejected',
  'withdrawn',
] as const;

class TransferListQueryDto {
  @ApiPropertyOptional({ description: 'Either side of the transfer' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;

  @ApiPropertyOptional({ enum: TRANSFER_STATUSES })
  @IsOptional()
  @IsIn(TRANSFER_STATUSES)
  status?: (typeof TRANSFER_STATUSES)[number];
}

class SavingsQueryDto {
  @ApiPropertyOptional({ description: 'Receiving department' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;
}

@ApiTags('warehouse (云公物仓)')
@ApiBearerAuth()
@Controller()
@Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
export class TransfersController {
  constructor(
    private readonly transfers: TransferQueries,
    private readonly directory: DepartmentDirectory,
  ) {}

  @Get('transfers')
  @ApiOperation({
    summary: 'Transfers (调剂) with their approval chain and handover state',
    description:
      'Only transfers touching units the caller covers: a unit and the units below it, a 主管部门 its units, finance and audit their district. departmentId narrows to that unit and the units below it.',
  })
  @ApiOkResponse({ type: [TransferView] })
  list(@Query() query: TransferListQueryDto, @CurrentActor() actor: Actor) {
    const units = this.directory.visibleUnits(actor, query.departmentId);
    return this.transfers.list({ departmentIds: units ?? undefined, status: query.status });
  }

  @Get('transfers/:transferId')
  @ApiOkResponse({ type: TransferView })
  async get(@Param('transferId', new ParseUUIDPipe()) transferId: string) {
    const row = await this.transfers.get(transferId);
    if (!row) throw new NotFoundException({ code: 'TRANSFER_NOT_FOUND', message: `no transfer ${transferId}` });
    return row;
  }

  @Get('savings')
  @ApiOperation({
    summary: 'Avoided procurement (盘活) per receiving department',
    description:
      'For each department the caller covers: the number of completed transfers it received, and the sum of their original values (avoidedProcurementFen) and net book values at transfer (netBookValueFen), in 分. departmentId narrows to that unit and the units below it.',
  })
  async savings(@Query() query: SavingsQueryDto, @CurrentActor() actor: Actor) {
    const units = this.directory.visibleUnits(actor, query.departmentId);
    const rows = await this.transfers.savings();
    return units === null ? rows : rows.filter((r) => units.includes(r.departmentId));
  }
}
