/**
 * The organisation as events, all in one stream (`org-tree`): a move is checked against the whole
 * tree (no cycles), so the tree is one consistency boundary. A city has a few thousand units at most.
 */
export const ORG_STREAM_ID = 'org-tree';

/** Where a unit sits: 市 → 区 → 主管部门 → 单位 (a unit may have sub-units). */
export const UNIT_LEVELS = ['city', 'district', 'department', 'unit'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** 单位类型. */
export const UNIT_TYPES = ['机关', '事业单位', '学校', '医院', '社会团体', '国有企业', '其他'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export type OrgEvent =
  | {
      type: 'org.unit-created.v1';
      data: {
        unitId: string;
        /** When the change took effect (the decision time): as-of reads of the tree use it. */
        at: string;
        name: string;
        parentId: string | null;
        level: UnitLevel;
        unitType: UnitType;
        /** 统一社会信用代码 (18 characters, GB 32100-2015). */
        creditCode: string;
        /** This unit is the finance bureau (财政部门) of its district or city. */
        financeBureau: boolean;
      };
    }
  | { type: 'org.unit-renamed.v1'; data: { unitId: string; at: string; from: string; to: string } }
  | { type: 'org.unit-moved.v1'; data: { unitId: string; at: string; fromParentId: string | null; toParentId: string } }
  | { type: 'org.unit-closed.v1'; data: { unitId: string; at: string; reason: string } };
