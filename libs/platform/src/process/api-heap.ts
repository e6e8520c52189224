/**
 * The API's V8 heap cap, in MiB, as the launcher and the deploy files start it. Without a cap V8 lets
 * garbage grow with the allocation rate before collecting (the city's whole-log verification peaked at
 * 550 MiB resident, 243 MiB under this cap, at the same speed); the largest register upload is checked
 * under it by `bench/import-memory.bench.ts`. `test/deploy` keeps the deploy files at this figure.
 */
export const API_HEAP_MB = 320;

/** The Node flag that caps V8's old generation at `mb` MiB. */
export const heapCapFlag = (mb: number): string => `--max-old-space-size=${mb}`;
