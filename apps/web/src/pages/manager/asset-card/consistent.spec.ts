import { readModelsAgree } from './consistent';

const listed = { type: 'asset.listed.v1', data: { listingId: 'L1' } };
const claimed = { type: 'asset.claimed.v1', data: { listingId: 'L1' } };
const selected = { type: 'asset.claim-selected.v1', data: { transferId: 'T1' } };
const transfer = (over: object = {}) => ({
  transferId: 'T1',
  status: 'awaiting_handover',
  handoverReleasing: false,
  handoverReceiving: false,
  steps: [{ kind: 'supervisor_review', status: 'approved' }],
  ...over,
});

describe('asset card waits until its read models agree', () => {
  it('given a listing event, when the listing row is not there yet, then it waits', () => {
    expect(readModelsAgree({ events: [listed], listing: null, transfers: [] })).toBe(false);
    expect(readModelsAgree({ events: [listed], listing: { listingId: 'L1', claimsCount: 0 }, transfers: [] })).toBe(true);
  });

  it('given claims, when the listing counts fewer, then it waits', () => {
    expect(readModelsAgree({ events: [listed, claimed, claimed], listing: { listingId: 'L1', claimsCount: 1 }, transfers: [] })).toBe(
      false,
    );
    expect(readModelsAgree({ events: [listed, claimed, claimed], listing: { listingId: 'L1', claimsCount: 2 }, transfers: [] })).toBe(true);
  });

  it('given transfer events, when the transfer row lags behind them, then it waits', () => {
    const listing = { listingId: 'L1', claimsCount: 1 };
    const events = [listed, claimed, selected];
    expect(readModelsAgree({ events, listing, transfers: [] })).toBe(false);
    const approved = { type: 'asset.transfer-step-approved.v1', data: { transferId: 'T1', step: 'finance_approval' } };
    expect(readModelsAgree({ events: [...events, approved], listing, transfers: [transfer()] })).toBe(false);
    const handover = { type: 'asset.handover-confirmed.v1', data: { transferId: 'T1', side: 'receiving' } };
    expect(readModelsAgree({ events: [...events, handover], listing, transfers: [transfer()] })).toBe(false);
    expect(readModelsAgree({ events: [...events, handover], listing, transfers: [transfer({ handoverReceiving: true })] })).toBe(true);
    const done = { type: 'asset.transferred.v1', data: { transferId: 'T1' } };
    expect(readModelsAgree({ events: [...events, done], listing, transfers: [transfer()] })).toBe(false);
    expect(readModelsAgree({ events: [...events, done], listing, transfers: [transfer({ status: 'completed' })] })).toBe(true);
  });
});
