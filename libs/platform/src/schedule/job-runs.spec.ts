import { JobRuns } from './job-runs';

describe('runs of a timed job', () => {
  it('given a run in progress, when the timer fires again, then no second run starts', async () => {
    const runs = new JobRuns();
    let started = 0;
    let finish!: () => void;
    const job = () => {
      started++;
      return new Promise<void>((resolve) => (finish = resolve));
    };
    const first = runs.run(job, () => undefined);
    void runs.run(job, () => undefined);
    expect(started).toBe(1);
    finish();
    await first;
    await runs.run(
      () => Promise.resolve(started++),
      () => undefined,
    );
    expect(started).toBe(2);
  });

  it('given a run in progress, when shutdown begins, then it waits for that run and starts no other', async () => {
    const runs = new JobRuns();
    const order: string[] = [];
    let finish!: () => void;
    void runs.run(
      () => new Promise<void>((resolve) => (finish = resolve)).then(() => void order.push('run ended')),
      () => undefined,
    );
    const stopped = runs.stop().then(() => order.push('stopped'));
    await Promise.resolve();
    expect(order).toEqual([]);
    finish();
    await stopped;
    expect(order).toEqual(['run ended', 'stopped']);
    let after = false;
    await runs.run(
      () => Promise.resolve((after = true)),
      () => undefined,
    );
    expect(after).toBe(false);
  });

  it('given a failing run, then its error goes to the handler and the next run can start', async () => {
    const runs = new JobRuns();
    const errors: unknown[] = [];
    await runs.run(
      () => Promise.reject(new Error('database gone')),
      (e) => errors.push(e),
    );
    expect(errors).toHaveLength(1);
    let ran = false;
    await runs.run(
      () => Promise.resolve((ran = true)),
      () => undefined,
    );
    expect(ran).toBe(true);
  });
});
