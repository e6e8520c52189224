import { chinaDayEnd, chinaDayStart, missingChoice, toTimelineQuery } from './timeline-filter';

describe('timeline filters → API query', () => {
  it('given China dates, then the period runs from 00:00 China time to the last millisecond of the last day', () => {
    expect(chinaDayStart('2026-11-23')).toBe('2026-11-22T16:00:00.000Z');
    expect(chinaDayEnd('2026-11-23')).toBe('2026-11-23T15:59:59.999Z');
  });

  it('given the asset scope, then only the asset is sent, with the types and the actor trimmed', () => {
    expect(
      toTimelineQuery({
        scope: 'asset',
        assetId: 'a1',
        departmentId: 'D-SCH1',
        types: ['asset.registered.v1', 'asset.corrected.v1'],
        actorId: ' mgr-sch1 ',
      }),
    ).toEqual({
      assetId: 'a1',
      departmentId: undefined,
      transferId: undefined,
      type: ['asset.registered.v1', 'asset.corrected.v1'],
      actorId: 'mgr-sch1',
      from: undefined,
      to: undefined,
    });
  });

  it('given a scope without its subject, then the missing choice is named', () => {
    expect(missingChoice({ scope: 'asset' })).toBe('chooseAsset');
    expect(missingChoice({ scope: 'department' })).toBe('chooseDepartment');
    expect(missingChoice({ scope: 'transfer', transferId: '  ' })).toBe('chooseTransfer');
    expect(missingChoice({ scope: 'all' })).toBeNull();
  });
});
