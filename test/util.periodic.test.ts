import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeriodicJob } from '../src/util/periodic.js';

describe('PeriodicJob', () => {
  afterEach(() => vi.useRealTimers());

  it('given a run that throws, logs the error, returns the fallback and keeps the timer going', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let runs = 0;
    const job = new PeriodicJob({
      run: async () => {
        runs++;
        throw new Error(`run ${runs} failed`);
      },
      fallback: () => -1,
      onError: (err) => errors.push(err),
    });
    await expect(job.runNow()).resolves.toBe(-1);
    job.start(1_000);
    await vi.advanceTimersByTimeAsync(2_500);
    await job.stop();
    expect(runs).toBe(4);
    expect(errors.map((e) => (e as Error).message)).toEqual([
      'run 1 failed',
      'run 2 failed',
      'run 3 failed',
      'run 4 failed',
    ]);
  });

  it('given a call while a run is under way, joins that run instead of starting another', async () => {
    let runs = 0;
    let finish: (value: number) => void = () => {};
    const job = new PeriodicJob({
      run: () => {
        runs++;
        return new Promise<number>((resolve) => {
          finish = resolve;
        });
      },
      fallback: () => 0,
      onError: () => {},
    });
    const first = job.runNow();
    const second = job.runNow();
    finish(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(runs).toBe(1);
  });

  it('given stop() during a run, waits for it and plans no further run', async () => {
    vi.useFakeTimers();
    let runs = 0;
    const job = new PeriodicJob({ run: async () => ++runs, fallback: () => 0, onError: () => {} });
    job.start(1_000);
    await vi.advanceTimersByTimeAsync(0);
    await job.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toBe(1);
  });
});
