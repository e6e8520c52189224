import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __TEST_PG__?: { stop(): Promise<void>; dataDir: string } }).__TEST_PG__;
  if (!pg) return;
  await pg.stop();
  const made = (globalThis as { __TEST_PG_DIR__?: string }).__TEST_PG_DIR__;
  for (const dir of new Set([pg.dataDir, made])) if (dir) rmSync(dir, { recursive: true, force: true });
}
