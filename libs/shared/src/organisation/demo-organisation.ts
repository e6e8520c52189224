import { Actor, SYSTEM_ACTOR } from '../identity';
import { creditCodeCheckChar, OrgCommand } from './org.decider';
import { UnitLevel, UnitType } from './org.events';

/** Demo codes: 12 (事业单位 registration prefix) + a made-up area code + a serial, with a correct check character. */
function demoCreditCode(serial: number): string {
  const first17 = `12110000${String(serial).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** The demo district: its finance bureau's approval policy is seeded with the tree. */
export const DEMO_DISTRICT_ID = 'R-DEMO';

const DEMO_UNITS: readonly [string, string, string | null, UnitLevel, UnitType, boolean?][] = [
  ['C-DEMO', '示例市', null, 'city', '机关'],
  ['R-DEMO', '示例区', 'C-DEMO', 'district', '机关'],
  ['D-FINANCE', '区财政局', 'R-DEMO', 'department', '机关', true],
  ['D-AUDIT', '区审计局', 'R-DEMO', 'department', '机关'],
  ['D-EDU', '区教育局', 'R-DEMO', 'department', '机关'],
  ['D-SCH1', '区实验小学', 'D-EDU', 'unit', '学校'],
  ['D-SCH2', '区第二中学', 'D-EDU', 'unit', '学校'],
  ['D-HEALTH', '区卫生健康委员会', 'R-DEMO', 'department', '机关'],
  ['D-HOSP1', '区人民医院', 'D-HEALTH', 'unit', '医院'],
];

/** The demo tree (市 → 区 → 主管部门 → 单位), created through the same commands an administrator uses. */
export function demoOrganisationCommands(now: string, actor: Actor = SYSTEM_ACTOR): OrgCommand[] {
  return DEMO_UNITS.map(([unitId, name, parentId, level, unitType, financeBureau], i) => ({
    kind: 'CreateUnit',
    actor,
    now,
    unitId,
    name,
    parentId,
    level,
    unitType,
    creditCode: demoCreditCode(i + 1),
    financeBureau: financeBureau ?? false,
  }));
}
