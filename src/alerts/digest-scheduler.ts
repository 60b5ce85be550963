import { createTask, type ScheduledTask, validate } from 'node-cron';
import type { Reply } from '../bot/reply.js';
import type { Logger } from '../log.js';
import { type AlertStore, type ChannelRef, channelKeyOf, type DigestSchedule } from '../store/alert-store.js';
import type { ArticleStore } from '../store/store.js';
import { digestReply, digestStories } from './digest.js';

/** Daily at 08:00, in the channel's (or Herald's) time zone. */
export const DEFAULT_DIGEST_CRON = '0 8 * * *';

/** How far back start-up looks for a digest missed while Herald was down (covers weekly schedules). */
const CATCH_UP_WINDOW_MS = 8 * 24 * 60 * 60 * 1000;
const MINUTE = 60_000;

export interface DigestSchedulerDeps {
  alerts: AlertStore;
  articles: ArticleStore;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Identifies this process on the digest slots it runs (each slot is run by one process only). */
  holder: string;
  now?: () => Date;
}

export function isValidCron(expression: string): boolean {
  return validate(expression);
}

/** The next `count` times the schedule fires, from now. */
export function nextSlots(schedule: Pick<DigestSchedule, 'cron' | 'timezone'>, count: number): Date[] {
  const task = createTask(schedule.cron, () => undefined, { timezone: schedule.timezone });
  try {
    return task.getNextRuns(count);
  } finally {
    void task.destroy();
  }
}

/** The latest minute at or before `now` that the schedule fires on, within the catch-up window. */
export function previousSlot(schedule: Pick<DigestSchedule, 'cron' | 'timezone'>, now: Date): Date | null {
  const task = createTask(schedule.cron, () => undefined, { timezone: schedule.timezone });
  try {
    const start = Math.floor(now.getTime() / MINUTE) * MINUTE;
    for (let t = start; t > now.getTime() - CATCH_UP_WINDOW_MS; t -= MINUTE) {
      if (task.match(new Date(t))) return new Date(t);
    }
    return null;
  } finally {
    void task.destroy();
  }
}

/**
 * Per-channel digests on node-cron, each in its channel's time zone. A digest is identified by its
 * scheduled minute: one process takes the slot's row (digest_runs) and the outbox accepts one
 * digest per (channel, minute), so a restart, a second process or a second shard can't send it
 * twice, and a digest missed while Herald was down is sent once at start-up.
 */
function patternOf(schedule: Pick<DigestSchedule, 'cron' | 'timezone'>): string {
  return `${schedule.cron} ${schedule.timezone}`;
}

export class DigestScheduler {
  private readonly tasks = new Map<string, { task: ScheduledTask; pattern: string }>();
  private readonly now: () => Date;
  private syncTimer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: DigestSchedulerDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Schedule every stored channel, send the digests missed while Herald was down, and re-read the
   * schedules every `syncEveryMs`, so a `/schedule` handled by another process (a Discord shard)
   * takes effect here within that time.
   */
  async start(syncEveryMs = 60_000): Promise<void> {
    for (const schedule of await this.deps.alerts.listDigestSchedules()) {
      this.plan(schedule);
      await this.catchUp(schedule);
    }
    this.syncTimer = setInterval(async () => {
      try {
        await this.sync();
      } catch (err) {
        this.deps.log.error({ err }, 'reading digest schedules failed');
      }
    }, syncEveryMs);
    this.syncTimer.unref();
  }

  stop(): void {
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
    for (const { task } of this.tasks.values()) void task.destroy();
    this.tasks.clear();
  }

  /** (Re)plan one channel after its schedule changed. */
  async reschedule(channel: ChannelRef): Promise<void> {
    const schedule = await this.deps.alerts.getDigestSchedule(channel);
    const key = channelKeyOf(channel);
    void this.tasks.get(key)?.task.destroy();
    this.tasks.delete(key);
    if (schedule) this.plan(schedule);
  }

  /** Bring the planned tasks in line with the stored schedules (added, changed, removed). */
  async sync(): Promise<void> {
    const stored = new Map((await this.deps.alerts.listDigestSchedules()).map((s) => [channelKeyOf(s), s]));
    for (const [key, { task }] of this.tasks) {
      if (!stored.has(key)) {
        void task.destroy();
        this.tasks.delete(key);
      }
    }
    for (const [key, schedule] of stored) {
      if (this.tasks.get(key)?.pattern !== patternOf(schedule)) await this.reschedule(schedule);
    }
  }

  /** The digest since the channel's last one, for `/digest now`; recorded so the next starts here. */
  async digestNow(channel: ChannelRef, timezone: string): Promise<Reply> {
    const now = this.now();
    const schedule = await this.deps.alerts.getDigestSchedule(channel);
    const since = schedule?.lastDigestAt ? new Date(schedule.lastDigestAt) : null;
    const reply = digestReply(
      await digestStories(this.deps.alerts, this.deps.articles, channel, since, now),
      since,
      schedule?.timezone ?? timezone,
    );
    if (schedule) await this.deps.alerts.setLastDigest(channel, now);
    return reply;
  }

  /**
   * Queue the digest for one scheduled minute, unless some process already did. Taking the slot,
   * queueing the digest and moving the channel's mark happen in one transaction: a process that
   * dies half-way leaves the slot free for the next one (at its start-up catch-up), and of
   * processes firing together exactly one gets the slot's row.
   */
  async runSlot(schedule: DigestSchedule, slot: Date): Promise<boolean> {
    const { alerts, articles, log } = this.deps;
    const channel = { platform: schedule.platform, channelId: schedule.channelId };
    const queued = await alerts.inTransaction(async () => {
      if (!(await alerts.claimDigestSlot(channel, slot, this.deps.holder, this.now()))) return null;
      const current = await alerts.getDigestSchedule(channel);
      if (!current) return null;
      const since = current.lastDigestAt ? new Date(current.lastDigestAt) : null;
      if (since && since >= slot) return null;
      const stories = await digestStories(alerts, articles, channel, since, slot);
      if (stories.length > 0) {
        await alerts.enqueue(
          {
            kind: 'digest',
            dedupKey: slot.toISOString(),
            storyId: null,
            articleId: null,
            ...channel,
            payload: JSON.stringify(digestReply(stories, since, current.timezone)),
            replyTo: null,
          },
          this.now(),
        );
      }
      await alerts.setLastDigest(channel, slot);
      return stories.length;
    });
    if (queued === null) return false;
    log.info({ channel: channelKeyOf(channel), slot: slot.toISOString(), stories: queued }, 'digest queued');
    return true;
  }

  private plan(schedule: DigestSchedule): void {
    const key = channelKeyOf(schedule);
    if (!isValidCron(schedule.cron)) {
      this.deps.log.warn(
        { channel: key, cron: schedule.cron },
        'stored digest schedule is not a valid cron expression',
      );
      return;
    }
    const task = createTask(
      schedule.cron,
      async (ctx) => {
        const slot = new Date(Math.floor(ctx.date.getTime() / MINUTE) * MINUTE);
        // node-cron would only console.error a failure; Herald's log gets it, with the channel.
        try {
          const current = await this.deps.alerts.getDigestSchedule(schedule);
          if (current) await this.runSlot(current, slot);
        } catch (err) {
          this.deps.log.error({ err, channel: key, slot: slot.toISOString() }, 'digest run failed');
        }
      },
      { timezone: schedule.timezone, name: `digest ${key}`, noOverlap: true },
    );
    void task.start();
    this.tasks.set(key, { task, pattern: patternOf(schedule) });
  }

  private async catchUp(schedule: DigestSchedule): Promise<void> {
    const slot = previousSlot(schedule, this.now());
    if (!slot) return;
    const last = new Date(schedule.lastDigestAt ?? schedule.createdAt);
    if (last < slot) {
      this.deps.log.info(
        { channel: channelKeyOf(schedule), slot: slot.toISOString() },
        'sending a digest missed while down',
      );
      await this.runSlot(schedule, slot);
    }
  }
}
