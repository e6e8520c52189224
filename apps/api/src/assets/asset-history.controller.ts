import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assetStreamId } from '@app/assets';
import { AssetRegisterQueries } from '@app/read-models';
import { AuditQueries } from '@app/read-models/audit-log/audit.queries';
import { MarketplaceQueries, toListingView } from '@app/read-models/marketplace/marketplace.queries';
import { TransferQueries } from '@app/read-models/transfers/transfer.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { Actor, DepartmentDirectory } from '@app/shared';
import { AssetHistoryView } from './asset-history.views';

/** The asset card's history: its events in order, its latest listing and its transfers, in one read. */
@ApiTags('assets (资产登记)')
@ApiBearerAuth()
@Controller('assets/:assetId/history')
export class AssetHistoryController {
  constructor(
    private readonly register: AssetRegisterQueries,
    private readonly audit: AuditQueries,
    private readonly marketplace: MarketplaceQueries,
    private readonly transfers: TransferQueries,
    private readonly directory: DepartmentDirectory,
  ) {}

  @Get()
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({ summary: "The asset's whole history (timeline) with its latest listing and its transfers, for the asset card" })
  @ApiOkResponse({ type: AssetHistoryView })
  async history(@Param('assetId', new ParseUUIDPipe()) assetId: string, @CurrentActor() actor: Actor) {
    const card = await this.register.findById(assetId);
    if (!card || !this.directory.covers(actor, card.departmentId))
      throw new NotFoundException({ code: 'ASSET_NOT_FOUND', message: `no asset ${assetId} in the register` });
    const [timeline, listing, transfers] = await Promise.all([
      this.audit.timeline({ streamId: assetStreamId(assetId), limit: 500 }),
      this.marketplace.latestForAsset(assetId),
      this.transfers.forAsset(assetId),
    ]);
    return {
      events: timeline.items.map((e) => ({
        leafIndex: e.leafIndex,
        eventId: e.eventId,
        revision: e.revision,
        type: e.type,
        occurredAt: e.occurredAt,
        actorId: e.actorId,
        actorRole: typeof e.actorRole === 'string' ? e.actorRole : null,
        reason: typeof e.reason === 'string' ? e.reason : null,
        data: e.data,
      })),
      listing: listing ? toListingView(listing) : null,
      transfers,
    };
  }
}
