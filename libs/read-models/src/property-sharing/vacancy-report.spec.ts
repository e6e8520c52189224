import { vacancyBy } from './vacancy-report';

describe('vacancy and utilisation by area', () => {
  const units = [
    { unitId: 'D-SCH1', properties: 2, totalSqm: 1000.5, vacantSqm: 200.25, occupiedSqm: 800.25 },
    { unitId: 'D-SCH2', properties: 1, totalSqm: 500, vacantSqm: 0, occupiedSqm: 300 },
    { unitId: 'D-HOSP1', properties: 1, totalSqm: 2000, vacantSqm: 2000, occupiedSqm: 0 },
    { unitId: 'D-EMPTY', properties: 0, totalSqm: 0, vacantSqm: 0, occupiedSqm: 0 },
  ];
  const supervisor: Record<string, string> = { 'D-SCH1': 'D-EDU', 'D-SCH2': 'D-EDU', 'D-HOSP1': 'D-HEALTH' };

  it('sums units under their 主管部门, with vacant and occupied rates of the area, largest first', () => {
    expect(vacancyBy(units, (u) => supervisor[u] ?? u)).toEqual([
      {
        unitId: 'D-HEALTH',
        properties: 1,
        totalSqm: 2000,
        vacantSqm: 2000,
        occupiedSqm: 0,
        otherSqm: 0,
        vacancyRate: 1,
        utilisationRate: 0,
      },
      {
        unitId: 'D-EDU',
        properties: 3,
        totalSqm: 1500.5,
        vacantSqm: 200.25,
        occupiedSqm: 1100.25,
        otherSqm: 200,
        vacancyRate: 0.1335,
        utilisationRate: 0.7333,
      },
      {
        unitId: 'D-EMPTY',
        properties: 0,
        totalSqm: 0,
        vacantSqm: 0,
        occupiedSqm: 0,
        otherSqm: 0,
        vacancyRate: null,
        utilisationRate: null,
      },
    ]);
  });
});
