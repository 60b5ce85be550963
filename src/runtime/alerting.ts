import { Deliverer } from '../alerts/deliverer.js';
import { DigestScheduler } from '../alerts/digest-scheduler.js';
import { RouteInbox } from '../alerts/inbox.js';
import { AlertRouter, type Arrival, type RateLimit, type RouteResult } from '../alerts/router.js';
import type { AlertServices } from '../bot/context.js';
import { type Config, HERALD_ROLE_NAMES, type HeraldRole } from '../config/env.js';
import { FeedPoller } from '../feeds/poller.js';
import { healthIdentity } from '../http/health.js';
import { HeraldHttpServer } from '../http/server.js';
import type { IngestOptions } from '../ingest/service.js';
import type { Logger } from '../log.js';
import {
  fetchOptionsFromConfig,
  type SafeFetchOptions,
  type SafeFetchResult,
  safeFetch,
} from '../net/safe-fetch.js';
import type { Platform } from '../platforms/platform.js';
import type { AlertStore, ChannelRef } from '../store/alert-store.js';
import { openAlertStore } from '../store/open.js';
import type { ArticleStore, StoredArticle } from '../store/store.js';
import { FolderWatcher } from '../watch/watcher.js';
import { addFeed, previewFeed } from './add-feed.js';
import { PeriodicJob } from '../util/periodic.js';
import { newHolderId } from '../store/holder.js';

export interface AlertingOptions {
  config: Config;
  articles: ArticleStore;
  log: Logger;
  /** Per-channel alert limit; the router's default otherwise. */
  rateLimit?: RateLimit;
  /** How often the outbox is worked through. */
  deliverEveryMs?: number;
  /** How often due feeds are polled. */
  pollEveryMs?: number;
  /** Network access for feeds; tests may substitute it. */
  fetch?: (url: string, opts: SafeFetchOptions) => Promise<SafeFetchResult>;
  /** Which sources run; all by default (a test may run delivery alone). */
  sources?: { feeds?: boolean; watch?: boolean; http?: boolean };
  /**
   * This process only serves commands (a Discord shard): another process runs the schedules and
   * picks up `/schedule` changes from the store within a minute.
   */
  schedulesElsewhere?: boolean;
  /**
   * Channels that hear about every new article without a subscription: the operator's console,
   * whose start-up cards go through the router, the outbox and the rate limit like any channel's.
   */
  everyArticleTo?: readonly ChannelRef[];
  /** Where watched files and HTTP pushes are parsed (a worker pool); on this thread when absent. */
  parser?: IngestOptions['parser'];
  /** How often the route inbox is checked for articles other processes (`herald ingest`) stored. */
  routeEveryMs?: number;
  /**
   * The jobs this process holds (HERALD_ROLES; all by default): `ingest` runs the HTTP ingest and
   * the folder watcher, `poll` the feed poller, `digest` the digest schedules, `deliver` the outbox
   * worker (for the platforms this process runs). Processes that take articles in or deliver also
   * route what is waiting in the route inbox.
   */
  roles?: readonly HeraldRole[];
}

/**
 * Alerting in a running Herald: the router that every new article goes through, whatever its
 * source (feeds, watched folders, HTTP pushes, start-up ingest); the deliverer that works the
 * outbox over the running platforms; the digest scheduler; and the services the channel-setup
 * commands use. Built before the platforms (they need the services), started after them (the
 * deliverer needs them), stopped before the store closes.
 */
export class AlertingRuntime {
  readonly alerts: AlertStore;
  readonly router: AlertRouter;
  readonly inbox: RouteInbox;
  readonly services: AlertServices;
  private readonly routeJob: PeriodicJob<number>;
  private readonly poller: FeedPoller;
  private readonly scheduler: DigestScheduler;
  private deliverer: Deliverer | null = null;
  private watcher: FolderWatcher | null = null;
  private http: HeraldHttpServer | null = null;
  private readonly fetchOptions: SafeFetchOptions;
  /** This process on leases and claims ("host|pid|started|random"), so a dead one can be recognised. */
  readonly holder = newHolderId();
  private readonly roles: ReadonlySet<HeraldRole>;

  constructor(private readonly opts: AlertingOptions) {
    const { config, articles, log } = opts;
    this.roles = new Set(opts.roles ?? HERALD_ROLE_NAMES);
    this.alerts = openAlertStore(articles);
    this.router = new AlertRouter({
      alerts: this.alerts,
      log,
      ...(opts.rateLimit ? { rateLimit: opts.rateLimit } : {}),
      ...(opts.everyArticleTo ? { everyArticleTo: opts.everyArticleTo } : {}),
    });
    this.inbox = new RouteInbox({ alerts: this.alerts, articles, router: this.router, log });
    this.routeJob = new PeriodicJob({
      run: async () => this.inbox.drain(),
      fallback: () => 0,
      onError: (err) => log.error({ err }, 'routing stored articles failed'),
    });
    this.fetchOptions = fetchOptionsFromConfig(config);
    const fetch = opts.fetch ?? safeFetch;
    this.poller = new FeedPoller({
      alerts: this.alerts,
      articles,
      arrived: (article, arrival) => this.arrived(article, arrival),
      fetchOptions: this.fetchOptions,
      summarySentences: config.HERALD_SUMMARY_SENTENCES,
      log,
      fetch,
      holder: this.holder,
    });
    this.scheduler = new DigestScheduler({
      alerts: this.alerts,
      articles,
      log,
      // One id per process: each digest slot is run by exactly one holder.
      holder: this.holder,
    });
    this.services = {
      store: this.alerts,
      defaultTimezone: config.HERALD_TIMEZONE,
      addFeed: (url, channel) =>
        addFeed(
          {
            alerts: this.alerts,
            poller: this.poller,
            fetch,
            fetchOptions: this.fetchOptions,
            now: () => new Date(),
          },
          url,
          channel,
        ),
      previewFeed: (url) => previewFeed({ fetch, fetchOptions: this.fetchOptions }, url),
      digestNow: (channel) => this.scheduler.digestNow(channel, config.HERALD_TIMEZONE),
      digestScheduleChanged: async (channel) => {
        if (!opts.schedulesElsewhere && this.roles.has('digest')) await this.scheduler.reschedule(channel);
      },
    };
  }

  /**
   * Every new article, from any source, goes through here. The store already put it in the route
   * inbox when it stored it; this routes it at once (undefined if it was routed already). A
   * routing failure is logged, never thrown at the source: the inbox row stays for the next drain.
   */
  async arrived(article: StoredArticle, arrival: Arrival = {}): Promise<RouteResult | undefined> {
    try {
      return await this.inbox.route(article.id, arrival);
    } catch (err) {
      this.opts.log.error({ err, article: article.id }, 'routing a new article failed');
      return undefined;
    }
  }

  /** Route whatever was stored and not yet routed (left by a crash, or stored by another process). */
  routePending(): Promise<number> {
    return this.routeJob.runNow();
  }

  /** Work through the outbox now (at start-up, so the console shows its cards before the prompt). */
  async deliverNow(): Promise<number> {
    return (await this.deliverer?.runOnce()) ?? 0;
  }

  /** Start delivering over these platforms, and start the sources and the digest schedules. */
  async start(platforms: readonly Pick<Platform, 'name' | 'send' | 'edit'>[]): Promise<void> {
    const { config, articles, log } = this.opts;
    const { roles } = this;
    const sources = {
      feeds: roles.has('poll'),
      watch: roles.has('ingest'),
      http: roles.has('ingest'),
      ...this.opts.sources,
    };
    if (roles.has('deliver')) {
      this.deliverer = new Deliverer({
        alerts: this.alerts,
        articles,
        platforms: new Map(platforms.map((p) => [p.name, p])),
        log,
        holder: this.holder,
      });
      this.deliverer.start(this.opts.deliverEveryMs);
    }
    if (roles.has('ingest') || roles.has('poll') || roles.has('deliver'))
      this.routeJob.start(this.opts.routeEveryMs ?? 2_000);
    if (roles.has('digest')) await this.scheduler.start();
    if (sources.feeds) this.poller.start(this.opts.pollEveryMs);
    if (sources.watch) {
      this.watcher = new FolderWatcher({
        store: articles,
        folders: [config.HERALD_SEEDS_DIR, ...config.HERALD_WATCH_DIRS],
        log,
        arrived: (article) => this.arrived(article),
        summarySentences: config.HERALD_SUMMARY_SENTENCES,
        ...(this.opts.parser ? { parser: this.opts.parser } : {}),
      });
      this.watcher.start();
    }
    // Every process with a port answers /healthz (pollers and gateways too); only ingest takes articles.
    if (this.opts.sources?.http !== false && config.HERALD_HTTP_PORT !== undefined) {
      this.http = new HeraldHttpServer({
        store: articles,
        log,
        ingestToken: config.HERALD_INGEST_TOKEN,
        acceptsIngest: sources.http,
        fetch: this.fetchOptions,
        summarySentences: config.HERALD_SUMMARY_SENTENCES,
        arrived: (article) => this.arrived(article),
        identity: healthIdentity(config),
        ...(this.opts.parser ? { parser: this.opts.parser } : {}),
      });
      // All interfaces, like any service port.
      await this.http.listen(config.HERALD_HTTP_PORT);
    }
    log.info(
      {
        feeds: (await this.alerts.listFeeds()).length,
        subscriptions: (await this.alerts.listSubscriptions()).length,
        roles: [...roles],
      },
      'alerting started',
    );
  }

  /** Stop taking articles in, then let the delivery in flight finish. */
  async stop(): Promise<void> {
    await this.http?.close();
    await this.watcher?.stop();
    await this.poller.stop();
    await this.routeJob.stop();
    this.scheduler.stop();
    await this.deliverer?.stop();
    this.http = null;
    this.watcher = null;
    this.deliverer = null;
  }
}
