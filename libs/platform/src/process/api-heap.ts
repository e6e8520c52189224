/**
 * The API's V8 heap cap, in MiB, as the launcher and the deploy files start it. Without a cap V8 lets garbage
 * grow with the allocation rate before collecting: the city's whole-log verification peaked at 550 MiB resident
 * (see BENCHMARKS.md, city). The figure is set by the largest thing the API holds at once: the month-end
 * depreciation close folds every asset's book, and at 1,000,000 assets it ran out of memory under 320 MiB and
 * closed months under 512. The largest register uploads are checked under it by `bench/import-memory.bench.ts`.
 * `test/deploy` keeps the deploy files at this figure.
 */
export const API_HEAP_MB = 512;

/** The Node flag that caps V8's old generation at `mb` MiB. */
export const heapCapFlag = (mb: number): string => `--max-old-space-size=${mb}`;
