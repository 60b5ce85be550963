import { z } from 'zod';
import { loadCommands } from '../bot/registry.js';
import { buildCommandPayloads, syncCommands } from '../platforms/discord/registration.js';
import { inviteUrl } from '../platforms/discord/invite.js';
import { createRest } from '../platforms/discord/sharding.js';
import { loadCliConfig } from './config.js';
import { commandFlags } from './flags.js';

const USAGE = `Usage: herald register [--global] [--if-changed] [--print]

Registers Herald's slash commands with Discord (npm run register). Guild-scoped when
DISCORD_GUILD_ID is set (instant, for development), global otherwise (every server).
  --global      register globally even when DISCORD_GUILD_ID is set
  --if-changed  read the registered set first and leave it alone when it already matches
  --print       print the registration payload as JSON and contact nobody`;

const Flags = z.object({
  global: z.boolean().optional(),
  'if-changed': z.boolean().optional(),
  print: z.boolean().optional(),
  help: z.boolean().optional(),
});

export async function runRegister(args: string[]): Promise<number> {
  const flags = commandFlags(
    'register',
    args,
    { global: { type: 'boolean' }, 'if-changed': { type: 'boolean' }, print: { type: 'boolean' } },
    Flags,
    USAGE,
  );
  if ('exitCode' in flags) return flags.exitCode;
  const payloads = buildCommandPayloads(await loadCommands());
  if (flags.values.print) {
    process.stdout.write(`${JSON.stringify(payloads, null, 2)}\n`);
    return 0;
  }

  const config = loadCliConfig();
  if (!config) return 2;
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    process.stderr.write(
      'herald register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).\n',
    );
    return 2;
  }
  const guildId = flags.values.global ? undefined : config.DISCORD_GUILD_ID;
  const scope = guildId ? `guild ${guildId}` : 'globally (may take up to an hour to appear everywhere)';
  const outcome = await syncCommands(
    createRest(config),
    { applicationId: config.DISCORD_APPLICATION_ID, guildId },
    payloads,
    { force: !flags.values['if-changed'] },
  );
  const names = payloads.map((p) => `/${p.name}`).join(' ');
  process.stdout.write(
    outcome === 'registered'
      ? `Registered ${payloads.length} slash commands ${scope}: ${names}\n`
      : `Discord already holds these ${payloads.length} slash commands ${scope}; nothing changed.\n`,
  );
  process.stdout.write(`Invite Herald to a server: ${inviteUrl(config.DISCORD_APPLICATION_ID)}\n`);
  return 0;
}
