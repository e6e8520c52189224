import { Injectable } from '@nestjs/common';
import { Actor } from '@app/shared';
import { MarketplaceQueries, toListingView } from '@app/read-models/marketplace/marketplace.queries';
import { TransferQueries } from '@app/read-models/transfers/transfer.queries';
import { ApprovalInboxPage, ApprovalItemView, ClaimView, TransferView } from '../warehouse/warehouse.views';

/** The approver's inbox: one page of waiting (or already decided) transfers, each with its claim and listing (read in two batched queries). */
@Injectable()
export class ApprovalInboxQueries {
  constructor(
    private readonly transfers: TransferQueries,
    private readonly marketplace: MarketplaceQueries,
  ) {}

  async forApprover(actor: Actor, page: { view: 'waiting' | 'decided'; cursor?: string; limit: number }): Promise<ApprovalInboxPage> {
    if (actor.role !== 'finance_approver' && !actor.departmentId) return { items: [], total: 0, nextCursor: null };
    const step = actor.role === 'finance_approver' ? 'finance_approval' : 'supervisor_review';
    const mine = step === 'finance_approval' ? ({ step } as const) : ({ step, departmentId: actor.departmentId ?? '' } as const);
    const found = page.view === 'decided' ? await this.transfers.decidedStep(mine, page) : await this.transfers.awaitingStep(mine, page);
    const [claims, listings] = await Promise.all([
      this.marketplace.claimsByIds(found.rows.map((t) => t.claimId)),
      this.marketplace.listingsByIds(found.rows.map((t) => t.listingId)),
    ]);
    const claimById = new Map(claims.map((c) => [c.claimId, c]));
    const listingById = new Map(listings.map((l) => [l.listingId, l]));
    const items: ApprovalItemView[] = found.rows.map((t) => {
      const claim = claimById.get(t.claimId);
      const listing = listingById.get(t.listingId);
      const transfer: TransferView = {
        ...t,
        startedAt: t.startedAt.toISOString(),
        completedAt: t.completedAt?.toISOString() ?? null,
        updatedAt: t.updatedAt.toISOString(),
      };
      const claimView: ClaimView | null = claim ? { ...claim, claimedAt: claim.claimedAt.toISOString() } : null;
      return { step, transfer, claim: claimView, listing: listing ? toListingView(listing) : null };
    });
    return { items, total: found.total, nextCursor: found.nextCursor };
  }
}
