import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Headers,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Actor, Clock, DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';
import { CloseDemandCommand, PostDemandCommand, PostDemandRequestDto, ReasonRequestDto, WarehouseRequestResult } from '@app/warehouse';
import { DemandQueries } from '@app/read-models/demands/demand.queries';
import { MarketplaceQueries } from '@app/read-models/marketplace/marketplace.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, RawHeaders } from '@app/platform/http/command-context';
import { IDEMPOTENCY_HEADER } from './idempotency-header';
import { DemandView, ListingView } from './warehouse.views';

class DemandListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;
}

@ApiTags('demand square (需求广场)')
@ApiBearerAuth()
@Controller()
export class DemandsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly demands: DemandQueries,
    private readonly marketplace: MarketplaceQueries,
    private readonly clock: Clock,
  ) {}

  @Post('demands')
  @Roles('asset_manager', 'department_staff')
  @ApiOperation({ summary: 'Post what your department needs; it is matched to idle stock of the same category' })
  @ApiCreatedResponse({ type: WarehouseRequestResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  post(@Body() body: PostDemandRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new PostDemandCommand(body, commandContextFrom(actor, h, this.clock)));
  }

  @Post('demands/:demandId/closure')
  @HttpCode(200)
  @Roles('asset_manager', 'department_staff')
  @ApiOkResponse({ type: WarehouseRequestResult })
  close(
    @Param('demandId', new ParseUUIDPipe()) demandId: string,
    @Body() body: ReasonRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new CloseDemandCommand(demandId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Get('demands')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOkResponse({ type: [DemandView] })
  list(@Query() query: DemandListQueryDto) {
    return this.demands.open(query.departmentId);
  }

  @Get('demands/:demandId/matches')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({ summary: 'Open listings (other departments’) that could meet this demand' })
  @ApiOkResponse({ type: [ListingView] })
  async matches(@Param('demandId', new ParseUUIDPipe()) demandId: string, @CurrentActor() actor: Actor) {
    const demand = await this.demands.get(demandId);
    if (!demand) throw new NotFoundException({ code: 'DEMAND_NOT_FOUND', message: `no demand ${demandId}` });
    return this.demands.matchesForDemand(demand, actor, this.clock.now());
  }

  @Get('marketplace/:listingId/demands')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({ summary: 'Open demands this listing could meet (shown to the releasing side)' })
  @ApiOkResponse({ type: [DemandView] })
  async demandsForListing(@Param('listingId', new ParseUUIDPipe()) listingId: string, @CurrentActor() actor: Actor) {
    const listing = await this.marketplace.visibleListing(actor, listingId, this.clock.now());
    if (!listing) throw new NotFoundException({ code: 'LISTING_NOT_FOUND', message: `no listing ${listingId}` });
    if (actor.role !== 'auditor' && actor.role !== 'finance_approver' && actor.departmentId !== listing.departmentId) {
      throw new ForbiddenException({ code: 'NOT_A_PARTY', message: 'matching demands are shown to the releasing department' });
    }
    return this.demands.demandsForListing(listing);
  }
}
