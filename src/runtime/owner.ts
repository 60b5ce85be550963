import type { Logger } from '../log.js';
import type { AlertStore } from '../store/alert-store.js';
import { holderIsGone, newHolderId, parseHolder } from '../store/holder.js';

/** The lease that makes one process an SQLite store's only ingester, router and deliverer. */
export const OWNER_LEASE = 'herald-owner';
/** Long enough to ride out a busy moment, short enough that a vanished host frees the store soon. */
export const OWNER_TTL_MS = 30_000;
const RENEW_EVERY_MS = 10_000;

export class StoreHeldError extends Error {
  readonly code = 'STORE_HELD';
}

export interface StoreOwnerDeps {
  alerts: AlertStore;
  /** The store file, named in the refusal message. */
  file: string;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Called if the lease is lost while running (another process took it): the caller should stop. */
  onLost?: () => void;
  now?: () => Date;
}

/**
 * One running Herald per SQLite store (on PostgreSQL processes share the work instead: ADR 017).
 * The first process takes a lease row and renews it;
 * a second one is refused with the file and the holder's pid. The lease expires if its holder
 * vanishes, and a holder on this machine whose process is gone (kill -9) is taken over at once,
 * so a restart after a crash never waits.
 */
export class StoreOwner {
  readonly holder = newHolderId();
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => Date;

  constructor(private readonly deps: StoreOwnerDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Take the store or throw StoreHeldError naming who has it. */
  async claim(): Promise<void> {
    const { alerts } = this.deps;
    if (!(await alerts.tryLease(OWNER_LEASE, this.holder, this.now(), OWNER_TTL_MS))) {
      const current = await alerts.leaseHolder(OWNER_LEASE);
      const other = current ? parseHolder(current.holder) : null;
      const gone = current && holderIsGone(current.holder);
      if (
        !gone ||
        !(await alerts.takeLeaseFrom(OWNER_LEASE, current.holder, this.holder, this.now(), OWNER_TTL_MS))
      ) {
        const who = other ? `process ${other.pid} on ${other.host}` : (current?.holder ?? 'another process');
        throw new StoreHeldError(
          `Another Herald (${who}) is already running on the store ${this.deps.file}. ` +
            'Stop it first, or give this one its own store with DATABASE_URL=file:PATH.',
        );
      }
      this.deps.log.warn(
        { previous: current.holder },
        'took the store over from a Herald process that is gone',
      );
    }
    this.timer = setInterval(() => void this.renew(), RENEW_EVERY_MS);
    this.timer.unref();
  }

  private async renew(): Promise<void> {
    try {
      if (await this.deps.alerts.tryLease(OWNER_LEASE, this.holder, this.now(), OWNER_TTL_MS)) return;
      this.deps.log.error(
        { holder: (await this.deps.alerts.leaseHolder(OWNER_LEASE))?.holder },
        'lost the store to another Herald process; stopping',
      );
      this.stopRenewing();
      this.deps.onLost?.();
    } catch (err) {
      // A busy moment is not a loss: the lease has 20 seconds left, and the next renewal retries.
      this.deps.log.warn({ err }, 'could not renew the store lease');
    }
  }

  private stopRenewing(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Give the store up on a clean stop, so the next start need not wait. */
  async release(): Promise<void> {
    this.stopRenewing();
    try {
      await this.deps.alerts.releaseLease(OWNER_LEASE, this.holder);
    } catch (err) {
      this.deps.log.warn({ err }, 'could not release the store lease');
    }
  }
}
