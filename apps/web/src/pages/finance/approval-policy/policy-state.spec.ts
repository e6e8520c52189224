import { versionState } from './policy-state';

describe('policy version state', () => {
  const versions = [
    { version: 1, effectiveAt: '2020-01-01T00:00:00.000Z' },
    { version: 2, effectiveAt: '2026-12-31T16:00:00.000Z' },
  ];
  it('marks the latest started version current, earlier ones past, later ones scheduled', () => {
    expect(versionState(versions, 1, '2026-12-31T15:59:59.999Z')).toBe('current');
    expect(versionState(versions, 2, '2026-12-31T15:59:59.999Z')).toBe('scheduled');
    expect(versionState(versions, 1, '2026-12-31T16:00:00.000Z')).toBe('past');
    expect(versionState(versions, 2, '2026-12-31T16:00:00.000Z')).toBe('current');
  });
});
