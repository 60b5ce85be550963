import { z } from 'zod';
import { defineCommand } from '../src/bot/command.js';
import { channelOf, requireAlerts } from '../src/bot/channel.js';

export default defineCommand({
  name: 'digest',
  description: "Post this channel's digest now: the stories since the last one",
  admin: true,
  options: z.object({
    when: z.enum(['now']).default('now').describe('now: post the digest here at once'),
  }),
  handler(_args, ctx) {
    const alerts = requireAlerts(ctx);
    ctx.log.info({ channel: ctx.channelKey, user: ctx.user.id }, 'digest requested');
    return alerts.digestNow(channelOf(ctx));
  },
});
