import type { PropertyKind, PropertyStatus, PropertyUse } from '../messages';

/** The register's filters as the page holds them; empty choices are left out of the query. */
export interface PropertyFilters {
  readonly q?: string;
  readonly kind?: PropertyKind;
  readonly use?: PropertyUse;
  readonly status?: PropertyStatus;
  readonly unit?: string;
}

export function toPropertyQuery(filters: PropertyFilters): PropertyFilters {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters) as [keyof PropertyFilters, string | undefined][]) {
    const trimmed = value?.trim();
    if (trimmed) out[key] = trimmed;
  }
  // Only the filters' own keys, each holding what the page allowed it to hold.
  return out as PropertyFilters;
}
