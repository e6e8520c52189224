import { rmSync } from 'node:fs';

/**
 * Removes a benchmark's temp folder and its server's data folder. As root the server's data lives in a
 * folder of its own under the temp folder (see chooseDataDir) when `dir` is private to root, not in `dir`.
 */
export function removeServerFolders(dir: string, pg: { dataDir: string }): void {
  for (const folder of new Set([dir, pg.dataDir])) rmSync(folder, { recursive: true, force: true });
}
