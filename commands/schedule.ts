import { z } from 'zod';
import { DEFAULT_DIGEST_CRON, isValidCron, nextSlots } from '../src/alerts/digest-scheduler.js';
import { defineCommand } from '../src/bot/command.js';
import { UserError } from '../src/bot/errors.js';
import { channelOf, formatMoment, requireAlerts } from '../src/bot/channel.js';

/** The canonical IANA name of a time zone ("europe/paris" → "Europe/Paris"), or null when Intl doesn't know it. */
function canonicalTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * Text platforms hand over `0 8 * * 1-5 Europe/Paris` as one string: a last word that is a time
 * zone (and not a cron field) is split off.
 */
function splitZone(cron: string): { cron: string; zone?: string } {
  const words = cron.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length >= 6 && last && /[A-Za-z]/.test(last) && canonicalTimeZone(last)) {
    return { cron: words.slice(0, -1).join(' '), zone: last };
  }
  return { cron };
}

export default defineCommand({
  name: 'schedule',
  description: "Set when this channel's digest is posted (cron, time zone)",
  admin: true,
  options: z.object({
    cron: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Cron expression, e.g. "0 8 * * *" for daily at 08:00 (default), "0 8 * * 1-5" on weekdays'),
    timezone: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .optional()
      .describe("IANA time zone, e.g. Europe/Paris (default: Herald's)"),
  }),
  async handler(args, ctx) {
    const alerts = requireAlerts(ctx);
    const channel = channelOf(ctx);
    const existing = await alerts.store.getDigestSchedule(channel);
    const split: { cron?: string; zone?: string } = args.cron ? splitZone(args.cron) : {};
    const cron = split.cron ?? existing?.cron ?? DEFAULT_DIGEST_CRON;
    const zoneName = args.timezone ?? split.zone ?? existing?.timezone ?? alerts.defaultTimezone;
    if (!isValidCron(cron)) {
      throw new UserError(
        'BAD_OPTION',
        `\`${cron}\` is not a cron expression. Use five fields (minute hour day month weekday), e.g. \`0 8 * * *\` for daily at 08:00 or \`30 17 * * 1-5\` for weekdays at 17:30.`,
      );
    }
    const timezone = canonicalTimeZone(zoneName);
    if (!timezone) {
      throw new UserError(
        'BAD_OPTION',
        `\`${zoneName}\` is not a time zone I know. Use an IANA name such as Europe/Paris, America/New_York or UTC.`,
      );
    }
    await alerts.store.setDigestSchedule({ ...channel, cron, timezone }, ctx.now);
    await alerts.digestScheduleChanged(channel);
    ctx.log.info({ channel: ctx.channelKey, cron, timezone, user: ctx.user.id }, 'digest schedule set');
    const next = nextSlots({ cron, timezone }, 2).map((d) => formatMoment(d, timezone));
    return {
      title: existing ? 'Digest schedule changed' : 'Digest scheduled',
      text: `This channel's digest runs on \`${cron}\` in ${timezone}. Next: ${next.join(', then ') || 'never (the expression has no future date)'}. \`/digest now\` posts one at once.`,
    };
  },
});
