import { CryptoSuite } from '@app/crypto';
import { AssetRegisterProjection } from './asset-register/asset-register.projection';
import { MarketplaceProjection } from './marketplace/marketplace.projection';
import { Projection } from './projection';
import { TransferProjection } from './transfers/transfer.projection';
import { DemandProjection } from './demands/demand.projection';
import { PurchaseRequestProjection } from './purchase-requests/purchase-request.projection';
import { SharingProjection } from './sharing/sharing.projection';
import { AuditLogProjection } from './audit-log/audit-log.projection';
import { AssetHistoryProjection } from './asset-history/asset-history.projection';
import { DisposalProjection } from './disposals/disposal.projection';
import { DepreciationProjection } from './depreciation/depreciation.projection';
import { LoanProjection } from './loans/loan.projection';
import { StocktakeProjection } from './stocktakes/stocktake.projection';
import { InboxProjection } from './inbox/inbox.projection';
import { SpaceNeedsProjection } from './space-needs/space-needs.projection';
import { enqueueOutbound } from './outbox/enqueue-outbound';
import { OutboundErasureProjection } from './outbox/outbound-erasure.projection';
import { PropertyProjection } from './property/property.projection';

/** Every read model the projector keeps; the audit log hashes in the deployment's suite. A new read model is one more entry here. */
export function allProjections(suite: CryptoSuite): Projection[] {
  return [
    new AssetRegisterProjection(),
    new MarketplaceProjection(),
    new TransferProjection(),
    new DemandProjection(),
    new PurchaseRequestProjection(),
    new SharingProjection(),
    new AuditLogProjection(suite),
    new AssetHistoryProjection(),
    new DisposalProjection(),
    new DepreciationProjection(),
    new LoanProjection(),
    new StocktakeProjection(),
    new SpaceNeedsProjection(),
    // Each new notification goes to the outbox in the inbox's own transaction (e-mail, SMS, the unit's webhook).
    new InboxProjection({ handOff: async (tx, fresh) => void (await enqueueOutbound(tx, fresh)) }),
    new OutboundErasureProjection(),
    new PropertyProjection(),
  ];
}
