import { AssetRegisterProjection } from '@app/read-models/asset-register/asset-register.projection';
import { MarketplaceProjection } from '@app/read-models/marketplace/marketplace.projection';
import { Projection } from '@app/read-models/projection';
import { TransferProjection } from '@app/read-models/transfers/transfer.projection';
import { DemandProjection } from '@app/read-models/demands/demand.projection';
import { PurchaseRequestProjection } from '@app/read-models/purchase-requests/purchase-request.projection';
import { SharingProjection } from '@app/read-models/sharing/sharing.projection';
import { AuditLogProjection } from '@app/read-models/audit-log/audit-log.projection';

/** Every read model the projector keeps. A new read model is one more entry here. */
export function allProjections(): Projection[] {
  return [
    new AssetRegisterProjection(),
    new MarketplaceProjection(),
    new TransferProjection(),
    new DemandProjection(),
    new PurchaseRequestProjection(),
    new SharingProjection(),
    new AuditLogProjection(),
  ];
}
