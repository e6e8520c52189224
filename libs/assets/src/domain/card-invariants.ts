import { isCalendarDate } from '@app/shared';
import { ASSET_CONDITIONS, ASSET_USAGES, AssetCardFields } from './asset.events';

type Check = (value: unknown) => boolean;

export const text =
  (max: number): Check =>
  (v) =>
    typeof v === 'string' && v.trim().length > 0 && v.length <= max;
const optionalText =
  (max: number): Check =>
  (v) =>
    v === null || text(max)(v);
const fen: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * What every card field must hold for the register (and its read model) to take it: checked by
 * the decider on registration and on every correction, whatever the HTTP layer let through, so a
 * stored event can never carry a null name or a value the projection cannot write.
 */
const CARD_FIELD_RULES: Record<keyof AssetCardFields, Check> = {
  name: text(200),
  categoryCode: (v) => typeof v === 'string',
  custodian: text(100),
  location: text(200),
  acquiredOn: isCalendarDate,
  originalValueFen: fen,
  quantity: (v) => Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= 1_000_000,
  unit: text(20),
  condition: (v) => (ASSET_CONDITIONS as readonly unknown[]).includes(v),
  brand: optionalText(100),
  specification: optionalText(200),
  accumulatedDepreciationFen: fen,
  usage: (v) => v === null || (ASSET_USAGES as readonly unknown[]).includes(v),
};

/** The first field (given, i.e. not undefined) that breaks its rule, or null. Unknown fields count as broken. */
export function invalidCardField(card: Partial<Record<string, unknown>>): string | null {
  for (const [field, value] of Object.entries(card)) {
    if (value === undefined) continue;
    const rule = CARD_FIELD_RULES[field as keyof AssetCardFields] as Check | undefined;
    if (!rule || !rule(value)) return field;
  }
  return null;
}

const isInstantText = (v: unknown) => typeof v === 'string' && Number.isFinite(Date.parse(v));

/** What a listing event must hold for the warehouse read model; null when all is well, else the first bad field. */
export function invalidListingField(listing: {
  description: unknown;
  condition: unknown;
  pickupLocation: unknown;
  advertiseUntil: unknown;
  internalUntil: unknown;
}): string | null {
  if (!text(1000)(listing.description)) return 'description';
  if (!CARD_FIELD_RULES.condition(listing.condition)) return 'condition';
  if (!text(200)(listing.pickupLocation)) return 'pickupLocation';
  if (!isInstantText(listing.advertiseUntil)) return 'advertiseUntil';
  if (listing.internalUntil !== null && !isInstantText(listing.internalUntil)) return 'internalUntil';
  return null;
}

/** Relocation targets are card fields too. */
export const isValidLocation = CARD_FIELD_RULES.location;
export const isValidCustodian = CARD_FIELD_RULES.custodian;
