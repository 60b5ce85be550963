import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';

/**
 * One SQLite connection shared by async callers. better-sqlite3 runs each statement synchronously,
 * so a single call never interleaves with another; but a transaction that awaits between its
 * statements would take in whatever another job (the deliverer, the poller) ran on the same
 * connection meanwhile, and a rollback would undo that job's writes too. So while a transaction
 * is open, calls from outside it queue here until it ends; calls made from inside it (found
 * through AsyncLocalStorage, whatever store object they go through) run at once.
 */
export class SqliteGate {
  private locked = false;
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly db: Database.Database) {}

  /** Run one synchronous piece of store work, after any transaction of another caller. */
  run<T>(fn: () => T): Promise<T> {
    if (!this.locked || inside.getStore() === this) return settle(fn);
    return this.acquire().then(() => {
      try {
        return fn();
      } finally {
        this.release();
      }
    });
  }

  /**
   * `fn` in one IMMEDIATE transaction (the write lock is taken up front, so a read-then-write
   * can't fail on another process's commit). A call inside a running transaction joins it.
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (inside.getStore() === this) return fn();
    await this.acquire();
    try {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await inside.run(this, fn);
        this.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (!this.locked) {
      this.locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.locked = false;
  }
}

const inside = new AsyncLocalStorage<SqliteGate>();

function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(err);
  }
}

/** The article store and the alert store on one file share one gate (and so one transaction). */
const gates = new WeakMap<Database.Database, SqliteGate>();

export function gateOf(db: Database.Database): SqliteGate {
  let gate = gates.get(db);
  if (!gate) {
    gate = new SqliteGate(db);
    gates.set(db, gate);
  }
  return gate;
}
