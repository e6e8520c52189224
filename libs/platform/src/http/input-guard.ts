/**
 * Checks every request value must pass whatever its DTO says: no JSON null, no NUL character, no
 * unpaired UTF-16 surrogate, no number outside the exactly representable range, no nesting deeper
 * than MAX_INPUT_DEPTH. All walks are iterative: hostile input must not be able to exhaust the stack.
 */
export const MAX_INPUT_DEPTH = 32;

export type InputProblemCode = 'NULL_NOT_ALLOWED' | 'NUL_CHARACTER' | 'LONE_SURROGATE' | 'NUMBER_OUT_OF_RANGE' | 'NESTING_TOO_DEEP';

export interface InputProblem {
  readonly field: string;
  readonly code: InputProblemCode;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function stringProblem(value: string): InputProblemCode | null {
  if (value.includes('\u0000')) return 'NUL_CHARACTER';
  if (LONE_SURROGATE.test(value)) return 'LONE_SURROGATE';
  return null;
}

export function numberProblem(value: number): InputProblemCode | null {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? null : 'NUMBER_OUT_OF_RANGE';
}

/** Every problem in a parsed value (body, query or path parameters), each with the path of the field. */
export function inspectInput(value: unknown, options: { nullAllowed: boolean; root?: string }): InputProblem[] {
  const problems: InputProblem[] = [];
  const stack: { value: unknown; field: string; depth: number }[] = [{ value, field: options.root ?? '', depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0 && problems.length < 20) {
    const { value: current, field, depth } = stack.pop()!;
    const name = field || '(body)';
    if (current === null) {
      if (!options.nullAllowed) problems.push({ field: name, code: 'NULL_NOT_ALLOWED' });
    } else if (typeof current === 'string') {
      const problem = stringProblem(current);
      if (problem) problems.push({ field: name, code: problem });
    } else if (typeof current === 'number') {
      const problem = numberProblem(current);
      if (problem) problems.push({ field: name, code: problem });
    } else if (typeof current === 'bigint') {
      problems.push({ field: name, code: 'NUMBER_OUT_OF_RANGE' });
    } else if (typeof current === 'object' && !(current instanceof Date) && !Buffer.isBuffer(current)) {
      if (seen.has(current)) continue;
      seen.add(current);
      if (depth >= MAX_INPUT_DEPTH) {
        problems.push({ field: name, code: 'NESTING_TOO_DEEP' });
        continue;
      }
      for (const [key, child] of Object.entries(current)) {
        const keyProblem = stringProblem(key);
        const childField = Array.isArray(current) ? `${field}[${key}]` : field ? `${field}.${key}` : key;
        if (keyProblem) problems.push({ field: childField, code: keyProblem });
        else stack.push({ value: child, field: childField, depth: depth + 1 });
      }
    }
  }
  return problems;
}

/**
 * Nesting depth of a JSON text, measured on the raw bytes before parsing (brackets inside strings
 * do not count). Lets the body parser refuse `[[[[…` before JSON.parse or the validation pipe recurse.
 */
export function jsonNestingExceeds(raw: Buffer, max = MAX_INPUT_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: skip the escaped character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > max) return true;
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return false;
}
