import { KeyPrints } from './key-prints';

/**
 * Rows a rebuild keeps in memory from batch to batch instead of writing them after every batch: a
 * read model's rows change many times over a history (an asset is registered, lent, moved, charged
 * every month), and a row written once at the end costs one COPY line where a row written after every
 * batch costs an upsert each time, plus a read to fold the next batch on. Up to `cap` rows are held;
 * past that the caller writes them all out (`takeAll`) and later batches read back the ones they touch
 * (`toReadBack`), so memory stays bounded whatever the history's length.
 *
 * A rebuild's tables are fresh and only this read model writes them, so a key can be in the table only
 * when it was taken out before: the fingerprints of those keys are all it remembers of what it wrote.
 */
export class HeldRows<T> {
  /** Rows as they stand now; null: the row is gone (removed since it was written, or never stored). */
  private readonly held = new Map<string, T | null>();
  /** Keys of rows that may be in the table (see KeyPrints: never a wrong no, rarely a wrong yes). */
  private readonly written = new KeyPrints();

  constructor(readonly cap: number) {}

  /** Of `keys`, those whose current row is in the table and not in memory: to read back before folding. */
  toReadBack(keys: Iterable<string>): string[] {
    const out: string[] = [];
    for (const key of keys) if (!this.held.has(key) && this.written.has(key)) out.push(key);
    return out;
  }

  /** The row now: null when there is none (never registered, or gone). */
  get(key: string): T | null {
    return this.held.get(key) ?? null;
  }

  set(key: string, row: T | null): void {
    this.held.set(key, row);
  }

  get full(): boolean {
    return this.held.size >= this.cap;
  }

  /**
   * Every held row, for the caller to write: `fresh` are not in the table yet (COPY), `stored` replace
   * rows there (upsert), `gone` are keys to delete. Memory is emptied and the table's keys recorded.
   */
  takeAll(): { fresh: T[]; stored: T[]; gone: string[] } {
    const out = { fresh: [] as T[], stored: [] as T[], gone: [] as string[] };
    for (const [key, row] of this.held) {
      const inTable = this.written.has(key);
      if (row === null) {
        // A key once written stays "maybe in the table": read back, it is found absent; written again, it is upserted.
        if (inTable) out.gone.push(key);
      } else {
        (inTable ? out.stored : out.fresh).push(row);
        this.written.add(key);
      }
    }
    this.held.clear();
    return out;
  }
}
