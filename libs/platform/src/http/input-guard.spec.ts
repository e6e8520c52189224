import { inspectInput, jsonNestingExceeds, MAX_INPUT_DEPTH } from './input-guard';
import { isInstant } from './calendar-validators';
import { isCalendarDate } from '@app/shared';

describe('input guard', () => {
  it('names every field that holds null, NUL, an unpaired surrogate or an unsafe number', () => {
    const problems = inspectInput(
      { a: null, b: 'x\u0000', c: { d: '\ud800' }, e: [1e30, 2 ** 63, 1.5, '\ud83d\ude00'], f: -Infinity },
      { nullAllowed: false },
    );
    expect(problems.map((p) => `${p.field}:${p.code}`).sort()).toEqual([
      'a:NULL_NOT_ALLOWED',
      'b:NUL_CHARACTER',
      'c.d:LONE_SURROGATE',
      'e[0]:NUMBER_OUT_OF_RANGE',
      'e[1]:NUMBER_OUT_OF_RANGE',
      'f:NUMBER_OUT_OF_RANGE',
    ]);
  });

  it('stops at the nesting limit without recursing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(inspectInput(deep, { nullAllowed: true })).toEqual([expect.objectContaining({ code: 'NESTING_TOO_DEEP' })]);
  });

  it('measures JSON nesting on the raw bytes, ignoring brackets inside strings', () => {
    const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(jsonNestingExceeds(Buffer.from(nest(MAX_INPUT_DEPTH)))).toBe(false);
    expect(jsonNestingExceeds(Buffer.from(nest(MAX_INPUT_DEPTH + 1)))).toBe(true);
    expect(jsonNestingExceeds(Buffer.from(`{"s":"${'['.repeat(100)}\\"["}`))).toBe(false);
  });

  it('knows which dates exist', () => {
    expect(['2026-02-28', '2024-02-29', '2026-04-30'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2026-02-30', '2026-04-31', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-01'].map(isCalendarDate)).toEqual(
      Array(6).fill(false),
    );
    expect(['2026-05-01T08:00:00+08:00', '2026-05-01T00:00:00.123Z', '2026-05-01'].map(isInstant)).toEqual([true, true, true]);
    expect(['2026-02-30T08:00:00Z', '2026-05-01T24:00:00Z', '2026-05-01T08:00:00', '2026-W05', '2026'].map(isInstant)).toEqual(
      Array(5).fill(false),
    );
  });
});
