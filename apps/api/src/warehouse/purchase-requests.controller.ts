import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Actor, Clock, DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';
import {
  OverridePurchaseGateCommand,
  ReasonRequestDto,
  RequestPurchaseCommand,
  RequestPurchaseRequestDto,
  WarehouseRequestResult,
  WithdrawPurchaseCommand,
} from '@app/warehouse';
import { DemandQueries } from '@app/read-models/demands/demand.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, RawHeaders } from '@app/platform/http/command-context';
import { IDEMPOTENCY_HEADER } from './idempotency-header';
import { PurchaseRequestView } from './warehouse.views';

class PurchaseListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;
}

@ApiTags('purchase gate (采购前必先查仓)')
@ApiBearerAuth()
@Controller('purchase-requests')
export class PurchaseRequestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: DemandQueries,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('asset_manager', 'department_staff')
  @ApiOperation({
    summary: 'Request a purchase; the warehouse is checked first',
    description:
      'If other departments list idle assets of the same category, the request is recorded as blocked with those listings (gate: blocked). Going ahead needs a reason: send overrideReason now or POST …/override later.',
  })
  @ApiCreatedResponse({ type: WarehouseRequestResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  request(@Body() body: RequestPurchaseRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new RequestPurchaseCommand(body, commandContextFrom(actor, h, this.clock)));
  }

  @Post(':purchaseId/override')
  @HttpCode(200)
  @Roles('asset_manager', 'department_staff')
  @ApiOperation({ summary: 'Go ahead despite idle stock, recording why' })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOkResponse({ type: WarehouseRequestResult })
  override(
    @Param('purchaseId', new ParseUUIDPipe()) purchaseId: string,
    @Body() body: ReasonRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new OverridePurchaseGateCommand(purchaseId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post(':purchaseId/withdrawal')
  @HttpCode(200)
  @Roles('asset_manager', 'department_staff')
  @ApiOperation({ summary: 'Withdraw the request (for example after claiming the idle item instead)' })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOkResponse({ type: WarehouseRequestResult })
  withdraw(
    @Param('purchaseId', new ParseUUIDPipe()) purchaseId: string,
    @Body() body: ReasonRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new WithdrawPurchaseCommand(purchaseId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Get()
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOkResponse({ type: [PurchaseRequestView] })
  list(@Query() query: PurchaseListQueryDto) {
    return this.queries.purchaseRequests(query.departmentId);
  }
}
