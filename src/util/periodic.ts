export interface PeriodicJobOptions<T> {
  run: () => Promise<T>;
  /** What a failed run returns, after `onError` has logged it. */
  fallback: () => T;
  onError: (err: unknown) => void;
}

/**
 * A job that runs on a timer and on demand, one run at a time: a call while a run is under way
 * joins it, and the timer waits its interval after each run ends, so runs never overlap. A run
 * that fails is logged and gives the fallback, so neither the timer nor a caller ever sees a
 * rejection (an unhandled one would end the process).
 */
export class PeriodicJob<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<T> | null = null;

  constructor(private readonly opts: PeriodicJobOptions<T>) {}

  /** Run now, or join the run already under way. Never rejects. */
  runNow(): Promise<T> {
    if (this.running) return this.running;
    this.running = this.opts
      .run()
      .catch((err: unknown) => {
        this.opts.onError(err);
        return this.opts.fallback();
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  start(intervalMs: number): void {
    if (this.timer) return;
    const tick = () => {
      void this.runNow().then(() => {
        // stop() clears the timer while a run is under way; then no next run is planned.
        if (this.timer) this.timer = setTimeout(tick, intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stop the timer and wait for a run already under way. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
