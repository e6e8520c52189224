import { Controller, ForbiddenException, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock } from '@app/shared';
import { MarketplaceQueries, toListingView } from '@app/read-models/marketplace/marketplace.queries';
import { MarketplaceQueryDto } from '@app/read-models/marketplace/marketplace.query.dto';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { ClaimView, ListingPage, ListingView } from './warehouse.views';

@ApiTags('warehouse (云公物仓)')
@ApiBearerAuth()
@Controller('marketplace')
@Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
export class MarketplaceController {
  constructor(
    private readonly marketplace: MarketplaceQueries,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The warehouse feed: open listings you may see; search, filters, newest or value order, stable cursor pages' })
  @ApiOkResponse({ type: ListingPage })
  feed(@CurrentActor() actor: Actor, @Query() query: MarketplaceQueryDto) {
    return this.marketplace.feed(actor, query, this.clock.now());
  }

  @Get(':listingId')
  @ApiOperation({ summary: 'One listing, if you may see it in the feed (during its internal window only its 主管部门 group does)' })
  @ApiOkResponse({ type: ListingView })
  async listing(@Param('listingId', new ParseUUIDPipe()) listingId: string, @CurrentActor() actor: Actor) {
    const row = await this.marketplace.visibleListing(actor, listingId, this.clock.now());
    if (!row) throw new NotFoundException({ code: 'LISTING_NOT_FOUND', message: `no listing ${listingId}` });
    return toListingView(row);
  }

  @Get(':listingId/claims')
  @ApiOperation({ summary: 'Claims on a listing: the releasing department and auditors see all; a claimant sees its own' })
  @ApiOkResponse({ type: [ClaimView] })
  async claims(@Param('listingId', new ParseUUIDPipe()) listingId: string, @CurrentActor() actor: Actor) {
    const listing = await this.marketplace.visibleListing(actor, listingId, this.clock.now());
    if (!listing) throw new NotFoundException({ code: 'LISTING_NOT_FOUND', message: `no listing ${listingId}` });
    const claims = await this.marketplace.claims(listingId);
    if (actor.role === 'auditor' || actor.departmentId === listing.departmentId) return claims;
    const own = claims.filter((c) => c.claimantDepartmentId === actor.departmentId);
    if (own.length === 0 && actor.role !== 'finance_approver')
      throw new ForbiddenException({ code: 'NOT_A_PARTY', message: 'only the releasing department sees every claim' });
    return own;
  }
}
