import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { Actor, chinaDate, Clock, DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN, DepartmentDirectory } from '@app/shared';
import { AssetCommandResult, LendAssetCommand, LendAssetRequestDto, ReturnLoanCommand, ReturnLoanRequestDto } from '@app/assets';
import { LOAN_STATES, LoanQueries, LoanState } from '@app/read-models/loans/loan.queries';
import { LoanRow } from '@app/read-models/loans/loan.entity';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, RawHeaders } from '@app/platform/http/command-context';
import { IDEMPOTENCY_HEADER } from '../warehouse/idempotency-header';
import { LoanView } from './loan.view';

const uuid = new ParseUUIDPipe();

class LoanListQueryDto {
  @ApiPropertyOptional({ description: 'Either side of the loan: that unit and the units below it' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;

  @ApiPropertyOptional({ enum: LOAN_STATES, description: 'open 在借 (overdue included), overdue 逾期未还, returned 已归还' })
  @IsOptional()
  @IsIn(LOAN_STATES)
  state?: LoanState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assetId?: string;
}

function viewOf(row: LoanRow, today: string): LoanView {
  const state = row.returnedOn !== null ? 'returned' : row.dueOn < today ? 'overdue' : 'open';
  return { ...row, state };
}

/** 借用: equipment lent to another unit until a due date, its return, and the overdue list. */
@ApiTags('loans (借用)')
@ApiBearerAuth()
@Controller()
export class LoansController {
  constructor(
    private readonly commands: CommandBus,
    private readonly loans: LoanQueries,
    private readonly directory: DepartmentDirectory,
    private readonly clock: Clock,
  ) {}

  @Post('assets/:assetId/loans')
  @Roles('asset_manager')
  @ApiOperation({
    summary: 'Lend the asset to another unit until a due date (借出); office space is refused (机关事务管理条例 第二十三条)',
  })
  @ApiCreatedResponse({ type: AssetCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  lend(@Param('assetId', uuid) assetId: string, @Body() body: LendAssetRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new LendAssetCommand(assetId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post('assets/:assetId/loans/:loanId/return')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Record the asset back from its loan (归还), by the lending unit; days late are kept' })
  @ApiOkResponse({ type: AssetCommandResult })
  giveBack(
    @Param('assetId', uuid) assetId: string,
    @Param('loanId', uuid) loanId: string,
    @Body() body: ReturnLoanRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new ReturnLoanCommand(assetId, loanId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Get('loans')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({
    summary:
      'Loans lent or borrowed by the units the caller covers; overdue = not returned after its due date (as of today, Asia/Shanghai)',
  })
  @ApiOkResponse({ type: [LoanView] })
  async list(@Query() query: LoanListQueryDto, @CurrentActor() actor: Actor): Promise<LoanView[]> {
    const today = chinaDate(this.clock.now());
    const units = this.directory.visibleUnits(actor, query.departmentId);
    const rows = await this.loans.list({ departmentIds: units, state: query.state, assetId: query.assetId, today });
    return rows.map((row) => viewOf(row, today));
  }
}
