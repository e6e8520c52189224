import { eligibilityByDistrict, EligibilityCount } from './eligibility-report';

const count = (unitId: string, kind: EligibilityCount['kind'], n: Partial<EligibilityCount>): EligibilityCount => ({
  unitId,
  kind,
  venues: 0,
  assessed: 0,
  eligible: 0,
  eligibleOpened: 0,
  opened: 0,
  ...n,
});

describe('eligible vs opened (应开尽开) by district and kind', () => {
  const districts: Record<string, string> = { 'D-SCH1': 'R-A', 'D-SCH2': 'R-A', 'D-HOSP1': 'R-B' };
  const report = eligibilityByDistrict(
    [
      count('D-SCH1', 'parking', { venues: 3, assessed: 3, eligible: 2, eligibleOpened: 1, opened: 1 }),
      count('D-SCH2', 'parking', { venues: 2, assessed: 1, eligible: 1, eligibleOpened: 1, opened: 2 }),
      count('D-SCH2', 'sports_venue', { venues: 1 }),
      count('D-HOSP1', 'parking', { venues: 4, assessed: 4, eligible: 0 }),
    ],
    (u) => districts[u] ?? u,
  );

  it('sums the units of a district, kind by kind, with the rate opened of eligible', () => {
    expect(report.rows.find((r) => r.districtId === 'R-A' && r.kind === 'parking')).toEqual({
      districtId: 'R-A',
      kind: 'parking',
      venues: 5,
      assessed: 4,
      eligible: 3,
      notEligible: 1,
      eligibleOpened: 2,
      eligibleNotOpened: 1,
      opened: 3,
      openRate: 0.6667,
    });
  });

  it('lists every kind for every district, zero where there is none, and no rate where nothing is eligible', () => {
    expect(report.rows.map((r) => `${r.districtId}:${r.kind}`)).toEqual([
      'R-A:parking',
      'R-A:sports_venue',
      'R-A:school',
      'R-A:all',
      'R-B:parking',
      'R-B:sports_venue',
      'R-B:school',
      'R-B:all',
    ]);
    expect(report.rows.find((r) => r.districtId === 'R-A' && r.kind === 'school')).toMatchObject({ venues: 0, openRate: null });
    expect(report.rows.find((r) => r.districtId === 'R-B' && r.kind === 'all')).toMatchObject({
      venues: 4,
      notEligible: 4,
      openRate: null,
    });
  });

  it('sums the districts by kind', () => {
    expect(report.byKind.find((r) => r.kind === 'parking')).toMatchObject({ venues: 9, eligible: 3, eligibleOpened: 2 });
    expect(report.byKind.find((r) => r.kind === 'all')).toMatchObject({ venues: 10, assessed: 8 });
  });
});
