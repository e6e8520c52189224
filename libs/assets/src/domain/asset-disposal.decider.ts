import { Actor, Decision } from '@app/shared';
import { AssetError, OFFICE_SPACE_DISPOSAL_RULE } from './asset.errors';
import { notOwnedBy } from './asset-guards';
import { AssetEvent } from './asset.events';
import { AssetState, RegisteredAsset } from './asset.state';
import { DisposalKind } from './disposal.events';

/** The reason the holding unit's manager may not put this asset into a disposal request, or null when they may. */
export function disposalRefusal(actor: Actor, asset: RegisteredAsset, disposalId: string | null = null): AssetError | null {
  if (actor.role !== 'asset_manager') {
    return new AssetError('NOT_YOUR_DEPARTMENT', '只有资产所属单位的资产管理员可以申请处置 (only the holding unit’s asset manager)');
  }
  const notOwner = notOwnedBy(actor, asset);
  if (notOwner) return notOwner;
  if (asset.usage === 'office_space') {
    return new AssetError('OFFICE_SPACE_NOT_DISPOSABLE', `资产 ${asset.assetNo} 是办公用房。${OFFICE_SPACE_DISPOSAL_RULE}`, {
      assetId: asset.assetId,
      rule: OFFICE_SPACE_DISPOSAL_RULE,
    });
  }
  const phase = asset.phase;
  if (phase.kind === 'in_transfer') {
    return new AssetError('ASSET_IN_TRANSFER', `资产 ${asset.assetNo} 正在调剂 ${phase.transfer.transferId} 中 (in a transfer)`, {
      assetId: asset.assetId,
      transferId: phase.transfer.transferId,
    });
  }
  if (phase.kind === 'on_loan') {
    return new AssetError('ASSET_ON_LOAN', `资产 ${asset.assetNo} 已借出给 ${phase.loan.borrowerDepartmentId}，归还后才能处置 (on loan)`, {
      assetId: asset.assetId,
      loanId: phase.loan.loanId,
    });
  }
  if (phase.kind === 'listed' && Object.keys(phase.listing.openClaims).length > 0) {
    return new AssetError('LISTING_HAS_CLAIMS', `资产 ${asset.assetNo} 在公物仓中已有申领 (the listing has open claims)`, {
      assetId: asset.assetId,
      listingId: phase.listing.listingId,
    });
  }
  if (phase.kind === 'pending_disposal' && phase.disposalId !== disposalId) {
    return new AssetError('ASSET_PENDING_DISPOSAL', `资产 ${asset.assetNo} 已在处置申请 ${phase.disposalId} 中`, {
      assetId: asset.assetId,
      disposalId: phase.disposalId,
    });
  }
  return null;
}

/** The disposal process acting on one asset's stream: hold it for a request, release it, write it off. */
export type AssetDisposalCommand =
  | {
      readonly kind: 'HoldForDisposal';
      readonly actor: Actor;
      readonly assetId: string;
      readonly disposalId: string;
      readonly disposalKind: DisposalKind;
    }
  | {
      readonly kind: 'ReleaseFromDisposal';
      readonly actor: Actor;
      readonly assetId: string;
      readonly disposalId: string;
      readonly outcome: 'rejected' | 'withdrawn';
    }
  | { readonly kind: 'WriteOffAsset'; readonly actor: Actor; readonly assetId: string; readonly disposalId: string };

/**
 * - Hold: the asset is 待处置 from now; a listing without claims is withdrawn in the same write
 *   (reason 转入处置) and named on the hold; it is not reopened if the request ends without 核销; anything that bars a disposal (office space, a transfer, claims, another request) refuses it.
 * - Release and write-off act only on an asset held for that very disposal; repeated, they write nothing.
 */
export function decideAssetDisposal(c: AssetDisposalCommand, state: AssetState): Decision<AssetEvent> {
  if (state.status === 'written_off' && c.kind !== 'HoldForDisposal' && state.disposalId === c.disposalId) return [];
  if (state.status !== 'registered') {
    if (state.status === 'written_off') return new AssetError('ASSET_WRITTEN_OFF', `资产 ${state.assetNo} 已核销`);
    return new AssetError('ASSET_NOT_FOUND', `asset ${c.assetId} is not registered`);
  }
  const held = state.phase.kind === 'pending_disposal' && state.phase.disposalId === c.disposalId;
  switch (c.kind) {
    case 'HoldForDisposal': {
      if (held) return [];
      const refused = disposalRefusal(c.actor, state, c.disposalId);
      if (refused) return refused;
      const events: AssetEvent[] = [];
      const withdrawnListingId = state.phase.kind === 'listed' ? state.phase.listing.listingId : null;
      if (withdrawnListingId !== null) {
        events.push({
          type: 'asset.listing-withdrawn.v1',
          data: { assetId: state.assetId, listingId: withdrawnListingId, reason: `转入处置 (disposal ${c.disposalId})` },
        });
      }
      events.push({
        type: 'asset.disposal-requested.v1',
        data: { assetId: state.assetId, disposalId: c.disposalId, disposalKind: c.disposalKind, withdrawnListingId },
      });
      return events;
    }
    case 'ReleaseFromDisposal':
      return held
        ? [{ type: 'asset.disposal-released.v1', data: { assetId: state.assetId, disposalId: c.disposalId, outcome: c.outcome } }]
        : [];
    case 'WriteOffAsset': {
      if (!held || state.phase.kind !== 'pending_disposal') {
        return new AssetError('DISPOSAL_NOT_APPROVED', `资产 ${state.assetNo} 不在处置申请 ${c.disposalId} 中`);
      }
      return [
        {
          type: 'asset.written-off.v1',
          data: {
            assetId: state.assetId,
            disposalId: c.disposalId,
            disposalKind: state.phase.disposalKind,
            departmentId: state.departmentId,
            originalValueFen: state.originalValueFen,
            accumulatedDepreciationFen: state.accumulatedDepreciationFen,
            netBookValueFen: state.originalValueFen - state.accumulatedDepreciationFen,
          },
        },
      ];
    }
    default: {
      const unreachable: never = c;
      return unreachable;
    }
  }
}
