import { GlobalPosition, RecordedEvent } from '@app/event-store';

/**
 * The history read once, in batches, for several read models replaying it side by side: each lane
 * takes batch after batch at its own pace, but never more than `ahead` batches in front of the
 * slowest, so memory holds a few batches whatever the history's length. An empty batch is the end.
 */
export class BatchFeed {
  private readonly batches = new Map<number, Promise<RecordedEvent[]>>();
  private readonly sizes = new Map<number, number>();
  private readonly done: number[];
  private waiting: (() => void)[] = [];
  private failure: unknown = null;
  /** Events every lane has applied. */
  eventsDone = 0;

  constructor(
    private readonly read: (after: GlobalPosition | undefined) => Promise<RecordedEvent[]>,
    lanes: number,
    private readonly ahead = 4,
    private readonly onAdvance: (eventsDone: number) => void = () => undefined,
  ) {
    this.done = new Array<number>(lanes).fill(0);
  }

  /** The lane's next batch. */
  async next(lane: number): Promise<RecordedEvent[]> {
    const k = this.done[lane];
    while (this.failure === null && k - this.slowest() >= this.ahead) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failure !== null) throw new Error('another read model failed to rebuild', { cause: this.failure });
    // Ask for the batch after it too, so reading overlaps writing.
    void this.batch(k + 1).catch(() => undefined);
    return this.batch(k);
  }

  /** The lane has written (and checkpointed) its current batch. */
  advance(lane: number): void {
    const before = this.slowest();
    this.done[lane] += 1;
    const after = this.slowest();
    for (let k = before; k < after; k++) this.eventsDone += this.sizes.get(k) ?? 0;
    // The batch before the slowest lane's is kept: the next read starts after its last event.
    for (const k of this.batches.keys()) if (k < after - 1) this.batches.delete(k);
    if (after > before) this.onAdvance(this.eventsDone);
    this.wake();
  }

  /** A lane failed: the others stop at their next batch instead of waiting for it. */
  fail(error: unknown): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private slowest(): number {
    return Math.min(...this.done);
  }

  private batch(k: number): Promise<RecordedEvent[]> {
    let found = this.batches.get(k);
    if (!found) {
      const previous = k === 0 ? Promise.resolve(null) : this.batch(k - 1);
      found = previous.then(async (prev) => {
        if (prev !== null && prev.length === 0) return [];
        const events = await this.read(prev === null ? undefined : prev[prev.length - 1].position);
        this.sizes.set(k, events.length);
        return events;
      });
      this.batches.set(k, found);
    }
    return found;
  }
}
