import type { Logger } from '../log.js';
import type { AlertStore } from '../store/alert-store.js';
import type { ArticleStore } from '../store/store.js';
import type { AlertRouter, Arrival, RouteResult } from './router.js';

export interface InboxDeps {
  alerts: AlertStore;
  articles: ArticleStore;
  router: AlertRouter;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

/**
 * Errors that say "the database, not this article": SQLite busy, and PostgreSQL's connection
 * (08), rolled-back transaction such as a deadlock (40), resource (53) and shutdown (57) classes.
 */
function isTransient(err: unknown): boolean {
  const code = String((err as { code?: unknown }).code ?? '');
  return code.startsWith('SQLITE_BUSY') || /^(08|40|53|57)[0-9A-Z]{3}$/.test(code);
}

/** Inbox rows routed per transaction batch; a big backlog is worked through in several. */
const DRAIN_BATCH = 100;

/**
 * The router's side of the durable hand-off. The article store writes a route-inbox row in the
 * transaction that stores a new article; here each row is routed and deleted in one transaction,
 * so a crash at any point leaves either the row (routed again on the next drain) or its outbox
 * rows (delivered by the deliverer), never neither. Routing twice is harmless anyway: the
 * outbox's UNIQUE key keeps one delivery per story and channel.
 */
export class RouteInbox {
  constructor(private readonly deps: InboxDeps) {}

  /**
   * Route one article now if it is still in the inbox (the fast path: a source that has just
   * stored it). Undefined when it was already routed, by this process or another.
   */
  async route(articleId: string, arrival: Arrival = {}): Promise<RouteResult | undefined> {
    const { alerts, articles, router } = this.deps;
    // One routing transaction at a time in this process: its story index in memory follows the
    // store one committed article after another. Processes sharing a database route in parallel;
    // story grouping locks only what two articles could share (see StoryGrouping).
    return await this.serially(() =>
      alerts.inTransaction(async () => {
        // The inbox row stays locked to this transaction: another process skips the article.
        if (!(await alerts.isPendingArrival(articleId))) return undefined;
        const article = await articles.getArticle(articleId);
        await alerts.arrivalRouted(articleId);
        // A row whose article no longer reads back (replaced, or failing validation) has nothing to route.
        if (!article) return undefined;
        return await router.articleArrived(article, arrival);
      }),
    );
  }

  private queue: Promise<unknown> = Promise.resolve();

  private serially<T>(fn: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(fn);
    this.queue = turn.catch(() => {});
    return turn;
  }

  /** Route everything still waiting, oldest first; returns how many articles were routed. */
  async drain(): Promise<number> {
    const { alerts, log } = this.deps;
    let routed = 0;
    // Rows already tried in this drain: one another process is routing right now stays listed
    // until it commits, and must not keep this loop spinning.
    const tried = new Set<string>();
    for (;;) {
      const pending = (await alerts.pendingArrivals(DRAIN_BATCH)).filter((row) => !tried.has(row.articleId));
      if (pending.length === 0) return routed;
      for (const row of pending) {
        tried.add(row.articleId);
        const arrival: Arrival = {
          ...(row.feedId !== null ? { feedId: row.feedId } : {}),
          ...(row.silent ? { silent: true } : {}),
        };
        try {
          if (await this.route(row.articleId, arrival)) routed++;
        } catch (err) {
          // A busy database is a reason to try later (the row stays); anything else is about this
          // article, which must not hold up the rest: logged, and its row dropped.
          if (isTransient(err)) throw err;
          log.error({ err, article: row.articleId }, 'routing a stored article failed; it stays unrouted');
          await alerts.arrivalRouted(row.articleId);
        }
      }
    }
  }
}
