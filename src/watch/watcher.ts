import { existsSync, type FSWatcher, lstatSync, realpathSync, statSync, watch } from 'node:fs';
import path from 'node:path';
import { type IngestOptions, ingestPaths, type IngestOutcome } from '../ingest/service.js';
import type { Logger } from '../log.js';
import { HTML_EXTENSIONS, isArticleFile, MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS } from '../sources/file.js';
import { isSidecar, SIDECAR_SUFFIX } from '../sources/sidecar.js';
import type { ArticleStore, StoredArticle } from '../store/store.js';

/** Editors and copy tools write a file in several steps; wait this long after the last event. */
export const DEFAULT_DEBOUNCE_MS = 400;

/** Extensions an article beside a sidecar may have, in the order they are looked for. */
const ARTICLE_EXTENSIONS = [...TEXT_EXTENSIONS, ...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS];

export interface FolderWatcherDeps {
  store: ArticleStore;
  folders: readonly string[];
  log: Pick<Logger, 'info' | 'warn' | 'debug'>;
  /** Where new articles go next (the alert router). */
  arrived: (article: StoredArticle) => Promise<unknown>;
  summarySentences?: number;
  /** Where articles are parsed (a worker pool); on this thread when absent. */
  parser?: IngestOptions['parser'];
  debounceMs?: number;
  /** Every outcome, for tests and diagnostics. */
  onOutcome?: (outcome: IngestOutcome) => void;
}

/**
 * Watches the seed folder and HERALD_WATCH_DIRS: an article file that appears or changes is read,
 * parsed and stored through the shared ingest service, and new articles go on to the router.
 * Sidecars (`NAME.meta.json`) are never articles, but one appearing re-reads its article with the
 * new metadata and updates the stored copy (source, published, url), since copy tools often write
 * the text first and the metadata a moment later. Symbolic links are skipped, as in the start-up
 * walk: a link could point anywhere on the machine.
 */
export class FolderWatcher {
  private readonly watchers: FSWatcher[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Articles whose pending re-read was asked for by their sidecar: their stored metadata is refreshed. */
  private readonly sidecarTouched = new Set<string>();
  private running = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly debounceMs: number;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly deps: FolderWatcherDeps) {
    this.debounceMs = deps.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  start(): void {
    for (const folder of new Set(this.deps.folders.map((f) => path.resolve(f)))) {
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        this.deps.log.warn({ folder }, 'not watching a folder that does not exist');
        continue;
      }
      try {
        const watcher = watch(folder, { recursive: true }, (_event, name) => {
          if (name) this.changed(path.join(folder, name.toString()));
        });
        watcher.on('error', (err) => this.deps.log.warn({ folder, err }, 'folder watch failed'));
        this.watchers.push(watcher);
        this.deps.log.info({ folder }, 'watching folder for new articles');
      } catch (err) {
        this.deps.log.warn({ folder, err }, 'could not watch folder');
      }
    }
  }

  /** Stops watching and waits for any ingest already under way. */
  async stop(): Promise<void> {
    for (const w of this.watchers.splice(0)) w.close();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await this.chain;
    this.settleIdle();
  }

  /**
   * Resolves once nothing is waiting out its debounce and no ingest is under way: what tests and
   * a clean shutdown wait for instead of guessing with a sleep.
   */
  idle(): Promise<void> {
    if (this.timers.size === 0 && this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private settleIdle(): void {
    if (this.timers.size > 0 || this.running > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Whether a real path lies inside one of the watched folders (their real paths too). */
  private insideWatched(real: string): boolean {
    return this.deps.folders.some((folder) => {
      let root: string;
      try {
        root = realpathSync(folder);
      } catch {
        return false;
      }
      return real.startsWith(root + path.sep);
    });
  }

  /** The article file an event is about, or null when the event is not about an article. */
  private articleFor(file: string): { article: string; bySidecar: boolean } | null {
    const base = path.basename(file);
    if (base.startsWith('.')) return null;
    if (isSidecar(base)) {
      const stem = file.slice(0, file.length - SIDECAR_SUFFIX.length);
      const article = ARTICLE_EXTENSIONS.map((ext) => stem + ext).find((f) => existsSync(f));
      return article ? { article, bySidecar: true } : null;
    }
    return isArticleFile(base) ? { article: file, bySidecar: false } : null;
  }

  private changed(file: string): void {
    const target = this.articleFor(file);
    if (!target) return;
    const { article } = target;
    if (target.bySidecar) this.sidecarTouched.add(article);
    clearTimeout(this.timers.get(article));
    this.timers.set(
      article,
      setTimeout(() => {
        this.timers.delete(article);
        const refresh = this.sidecarTouched.delete(article);
        this.running++;
        // One ingest at a time, in event order: the store's writes stay simple and logs readable.
        this.chain = this.chain
          .then(() => this.ingest(article, refresh))
          .finally(() => {
            this.running--;
            this.settleIdle();
          });
      }, this.debounceMs),
    );
  }

  private async ingest(file: string, refresh: boolean): Promise<void> {
    let link: boolean;
    try {
      // A link itself, or a file reached through a linked folder: either way it lives outside.
      link = lstatSync(file).isSymbolicLink() || !this.insideWatched(realpathSync(file));
    } catch {
      return; // Gone again before its turn (a temporary file): nothing to read.
    }
    if (link) {
      this.deps.log.info({ file }, 'not reading a symbolic link in a watched folder');
      return;
    }
    await ingestPaths(this.deps.store, [file], {
      // Checked again where the file is opened, so a link swapped in after the check is refused too.
      noFollow: true,
      refreshMetadata: refresh,
      ...(this.deps.summarySentences ? { summarySentences: this.deps.summarySentences } : {}),
      ...(this.deps.parser ? { parser: this.deps.parser } : {}),
      reporter: {
        result: async (outcome) => {
          this.deps.onOutcome?.(outcome);
          if (outcome.status === 'error') {
            this.deps.log.warn({ file, code: outcome.code }, outcome.message);
          } else if (outcome.status === 'duplicate') {
            if (outcome.refreshed)
              this.deps.log.info(
                { file, id: outcome.article.id },
                'updated a stored article from its new sidecar',
              );
            else this.deps.log.debug({ file, id: outcome.article.id }, 'watched file is already stored');
          } else {
            this.deps.log.info(
              { file, id: outcome.article.id },
              'ingested a new article from a watched folder',
            );
            await this.deps.arrived(outcome.article);
          }
        },
      },
    }).catch((err: unknown) => this.deps.log.warn({ file, err }, 'watched file could not be ingested'));
  }
}
