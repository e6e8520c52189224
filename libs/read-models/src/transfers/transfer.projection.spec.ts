import { ASSET_EVENT_TYPES } from '@app/assets';
import { TransferProjection } from './transfer.projection';

describe('TransferProjection.handles', () => {
  const projection = new TransferProjection();

  it('given the asset event types, when asked which it handles, then exactly the seven that start, move or escalate a transfer', () => {
    expect(ASSET_EVENT_TYPES.filter((type) => projection.handles(type)).sort()).toEqual([
      'asset.claim-selected.v1',
      'asset.handover-confirmed.v1',
      'asset.transfer-rejected.v1',
      'asset.transfer-step-approved.v1',
      'asset.transfer-step-escalated.v1',
      'asset.transfer-withdrawn.v1',
      'asset.transferred.v1',
    ]);
  });

  it('given events of other streams, when asked, then it handles none of them', () => {
    for (const type of ['demand.raised.v1', 'sharing.booked.v1', 'asset.registered.v2']) expect(projection.handles(type)).toBe(false);
  });
});
