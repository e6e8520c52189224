/** Areas (m²) of one unit's property as summed in SQL. */
export interface UnitAreas {
  readonly unitId: string;
  readonly properties: number;
  readonly totalSqm: number;
  readonly vacantSqm: number;
  readonly occupiedSqm: number;
}

export interface VacancyRow {
  /** The district or 主管部门 the row sums. */
  unitId: string;
  properties: number;
  totalSqm: number;
  /** 闲置 */
  vacantSqm: number;
  /** 在用 and 出租出借 */
  occupiedSqm: number;
  /** 待处置 and anything else */
  otherSqm: number;
  /** vacant ÷ total; null when no area */
  vacancyRate: number | null;
  /** occupied ÷ total; null when no area */
  utilisationRate: number | null;
}

const sqm = (n: number) => Math.round(n * 100) / 100;
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10000) / 10000 : null);

/** Sums units' areas into the groups `groupOf` puts them in (a district, a 主管部门), largest area first. */
export function vacancyBy(units: readonly UnitAreas[], groupOf: (unitId: string) => string): VacancyRow[] {
  const groups = new Map<string, { properties: number; total: number; vacant: number; occupied: number }>();
  for (const u of units) {
    const key = groupOf(u.unitId);
    const g = groups.get(key) ?? { properties: 0, total: 0, vacant: 0, occupied: 0 };
    g.properties += u.properties;
    g.total += u.totalSqm;
    g.vacant += u.vacantSqm;
    g.occupied += u.occupiedSqm;
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([unitId, g]) => ({
      unitId,
      properties: g.properties,
      totalSqm: sqm(g.total),
      vacantSqm: sqm(g.vacant),
      occupiedSqm: sqm(g.occupied),
      otherSqm: sqm(g.total - g.vacant - g.occupied),
      vacancyRate: ratio(g.vacant, g.total),
      utilisationRate: ratio(g.occupied, g.total),
    }))
    .sort((a, b) => b.totalSqm - a.totalSqm || a.unitId.localeCompare(b.unitId));
}
