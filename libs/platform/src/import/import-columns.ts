/**
 * A header compared without spaces and without a unit in brackets at its end (原值(元), 建筑面积（㎡）), so
 * the usual ways of writing a header meet the same field.
 */
export const normaliseHeader = (header: string): string => header.replace(/\s+/g, '').replace(/[(（](元|㎡|m²|m2|平方米|平米)[)）]$/i, '');

/**
 * Which column holds each field: the user's mapping (file header → field) first, then the headers the
 * field is known by. Returns the column index per field; headers no field uses are left out (not errors),
 * and of two columns for one field the first counts.
 */
export function resolveColumnsBy<F extends string>(
  headers: readonly string[],
  fields: readonly F[],
  knownHeaders: Readonly<Record<F, readonly string[]>>,
  mapping: Readonly<Record<string, F>> = {},
): Partial<Record<F, number>> {
  const columns: Partial<Record<F, number>> = {};
  headers.forEach((header, index) => {
    const mapped = mapping[header] ?? mapping[normaliseHeader(header)];
    const field = mapped ?? fields.find((f) => knownHeaders[f].includes(normaliseHeader(header)));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}
