/** The card fields an auditor compares, in the order of the paper card. */
export const CARD_FIELDS = [
  'assetNo',
  'name',
  'categoryCode',
  'departmentId',
  'custodian',
  'location',
  'acquiredOn',
  'originalValueFen',
  'accumulatedDepreciationFen',
  'netBookValueFen',
  'quantity',
  'unit',
  'condition',
  'brand',
  'specification',
  'usage',
  'phase',
] as const;

export type CardField = (typeof CARD_FIELDS)[number];

export interface CardLike {
  readonly status: string;
  readonly originalValueFen?: number;
  readonly accumulatedDepreciationFen?: number;
  readonly phase?: Record<string, unknown>;
  readonly [field: string]: unknown;
}

export interface ComparedField {
  readonly field: CardField;
  readonly original: string | number | null;
  readonly corrected: string | number | null;
  readonly differs: boolean;
}

function valueOf(card: CardLike, field: CardField): string | number | null {
  if (card.status !== 'registered') return null;
  if (field === 'netBookValueFen') {
    // Exact: amounts in 分 are integers, subtracted as BigInt.
    if (card.originalValueFen === undefined) return null;
    return Number(BigInt(card.originalValueFen) - BigInt(card.accumulatedDepreciationFen ?? 0));
  }
  if (field === 'phase') return typeof card.phase?.kind === 'string' ? card.phase.kind : null;
  const value = card[field];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** Field by field, the original and the corrected card, and whether they differ. */
export function compareCards(original: CardLike, corrected: CardLike): ComparedField[] {
  return CARD_FIELDS.map((field) => {
    const a = valueOf(original, field);
    const b = valueOf(corrected, field);
    return { field, original: a, corrected: b, differs: a !== b };
  });
}
