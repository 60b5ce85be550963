import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../log.js';

const UsersInfo = z.object({
  user: z
    .object({
      is_admin: z.boolean().optional(),
      is_owner: z.boolean().optional(),
      is_primary_owner: z.boolean().optional(),
    })
    .optional(),
});

/** Rights change rarely; asking Slack once per person per few minutes keeps users.info quiet. */
const CACHE_MS = 5 * 60_000;

/**
 * Who may run admin commands: workspace admins and owners as Slack reports them (users.info), and
 * anyone listed in SLACK_ADMIN_USERS. A failed look-up means "not an admin", logged: refusing a
 * setup change is recoverable, granting one by mistake is not.
 */
export class SlackAdmins {
  private readonly cache = new Map<string, { admin: boolean; at: number }>();

  constructor(
    private readonly configured: readonly string[],
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async isAdmin(client: webApi.WebClient, userId: string): Promise<boolean> {
    if (this.configured.includes(userId)) return true;
    const hit = this.cache.get(userId);
    if (hit && this.now() - hit.at < CACHE_MS) return hit.admin;
    try {
      const info = UsersInfo.parse(await client.users.info({ user: userId }));
      const admin = Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
      this.cache.set(userId, { admin, at: this.now() });
      return admin;
    } catch (err) {
      this.log.warn({ err, user: userId }, 'slack users.info failed; treating the user as not an admin');
      return false;
    }
  }
}
