import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock } from '@app/shared';
import {
  AssetCommandResult,
  ClaimAssetCommand,
  ClaimAssetRequestDto,
  ConfirmHandoverCommand,
  ConfirmHandoverRequestDto,
  DecideTransferStepCommand,
  DecideTransferStepRequestDto,
  ListAssetCommand,
  ListAssetRequestDto,
  SelectClaimCommand,
  WithdrawListingCommand,
  WithdrawListingRequestDto,
  WithdrawTransferCommand,
  WithdrawTransferRequestDto,
} from '@app/assets';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, RawHeaders } from '@app/platform/http/command-context';
import { IDEMPOTENCY_HEADER } from './idempotency-header';

const uuid = new ParseUUIDPipe();

/** The warehouse journey of one asset: 入仓, 申领, 调剂 approvals, 交接. */
@ApiTags('warehouse (云公物仓)')
@ApiBearerAuth()
@Controller('assets/:assetId')
export class ListingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post('listing')
  @Roles('asset_manager')
  @ApiOperation({
    summary: 'Declare the asset idle and list it in the warehouse (入仓). Office space is refused (机关事务管理条例 第二十三条).',
  })
  @ApiOkResponse({ type: AssetCommandResult })
  list(@Param('assetId', uuid) assetId: string, @Body() body: ListAssetRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new ListAssetCommand(assetId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post('listing/withdrawal')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Withdraw the open listing, with a reason (撤回)' })
  @ApiOkResponse({ type: AssetCommandResult })
  withdraw(
    @Param('assetId', uuid) assetId: string,
    @Body() body: WithdrawListingRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new WithdrawListingCommand(assetId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post('listing/claims')
  @Roles('department_staff', 'asset_manager')
  @ApiOperation({ summary: 'Claim the listed asset for your department, with a justification (申领)' })
  @ApiCreatedResponse({ type: AssetCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  claim(
    @Param('assetId', uuid) assetId: string,
    @Body() body: ClaimAssetRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new ClaimAssetCommand(assetId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post('listing/claims/:claimId/selection')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Choose the claim that receives the asset; the transfer (调剂) and its approval chain start' })
  @ApiOkResponse({ type: AssetCommandResult })
  select(
    @Param('assetId', uuid) assetId: string,
    @Param('claimId', uuid) claimId: string,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new SelectClaimCommand(assetId, claimId, commandContextFrom(actor, h, this.clock)));
  }

  @Post('transfers/:transferId/decisions')
  @HttpCode(200)
  @Roles('asset_manager', 'finance_approver')
  @ApiOperation({
    summary: 'Approve or reject the pending step: 主管部门 review (its asset manager), then 财政 approval (finance approvers)',
  })
  @ApiOkResponse({ type: AssetCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  decide(
    @Param('assetId', uuid) assetId: string,
    @Param('transferId', uuid) transferId: string,
    @Body() body: DecideTransferStepRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new DecideTransferStepCommand(assetId, transferId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post('transfers/:transferId/withdrawal')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Withdraw the transfer (either side), with a reason; the listing reopens' })
  @ApiOkResponse({ type: AssetCommandResult })
  withdrawTransfer(
    @Param('assetId', uuid) assetId: string,
    @Param('transferId', uuid) transferId: string,
    @Body() body: WithdrawTransferRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new WithdrawTransferCommand(assetId, transferId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post('transfers/:transferId/handover')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({
    summary:
      'Confirm the handover (交接) for your side; the receiving side names the custodian and the place. When both sides have confirmed the card moves to the receiver',
  })
  @ApiOkResponse({ type: AssetCommandResult })
  handover(
    @Param('assetId', uuid) assetId: string,
    @Param('transferId', uuid) transferId: string,
    @Body() body: ConfirmHandoverRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new ConfirmHandoverCommand(assetId, transferId, body, commandContextFrom(actor, h, this.clock)));
  }
}
