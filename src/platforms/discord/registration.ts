import type { REST } from '@discordjs/rest';
import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from 'discord-api-types/v10';
import { z } from 'zod';
import { type CommandModule, type OptionSpec, optionSpecs } from '../../bot/command.js';
import type { CommandRegistry } from '../../bot/registry.js';
import { truncate } from '../../bot/text.js';
import { DISCORD_LIMITS as L } from './limits.js';

export type CommandPayload = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Admin commands are hidden from members who cannot manage channels (server admins can widen this). */
export const ADMIN_PERMISSION = PermissionFlagsBits.ManageChannels;

/** The slash-command definitions Discord should hold, built from the command modules. */
export function buildCommandPayloads(registry: CommandRegistry): CommandPayload[] {
  return registry.all().map(commandPayload);
}

export function commandPayload(command: CommandModule): CommandPayload {
  // Discord rejects a required option that follows an optional one; names, not positions, carry meaning.
  const specs = optionSpecs(command).sort((a, b) => Number(b.required) - Number(a.required));
  const payload: CommandPayload = {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: truncate(command.description, L.commandDescription),
    options: specs.map(optionPayload),
    // Herald talks about a channel's articles: commands make no sense in DMs.
    contexts: [InteractionContextType.Guild],
    default_member_permissions: command.admin ? ADMIN_PERMISSION.toString() : null,
  };
  return payload;
}

function optionPayload(spec: OptionSpec): APIApplicationCommandBasicOption {
  const base = {
    name: spec.name,
    description: truncate(spec.description, L.commandDescription),
    required: spec.required,
  };
  switch (spec.type) {
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'integer':
      return { ...base, ...range(spec), type: ApplicationCommandOptionType.Integer };
    case 'number':
      return { ...base, ...range(spec), type: ApplicationCommandOptionType.Number };
    case 'string': {
      const lengths =
        spec.maxLength !== undefined ? { max_length: Math.min(spec.maxLength, L.optionStringLength) } : {};
      // Discord allows either fixed choices or autocomplete on an option, never both.
      if (spec.choices && spec.choices.length > 0) {
        return {
          ...base,
          ...lengths,
          type: ApplicationCommandOptionType.String,
          choices: spec.choices.slice(0, L.choices).map((c) => ({ name: c, value: c })),
        };
      }
      return {
        ...base,
        ...lengths,
        type: ApplicationCommandOptionType.String,
        autocomplete: spec.autocomplete === true,
      };
    }
  }
}

function range(spec: OptionSpec): { min_value?: number; max_value?: number } {
  return {
    ...(spec.min !== undefined ? { min_value: spec.min } : {}),
    ...(spec.max !== undefined ? { max_value: spec.max } : {}),
  };
}

/**
 * What Discord keeps of a command, in a comparable form: GET answers add ids and versions and
 * leave out false flags, so both sides are reduced to the fields Herald sets before comparing.
 */
const RegisteredOption = z.object({
  type: z.number(),
  name: z.string(),
  description: z.string(),
  required: z.boolean().optional(),
  autocomplete: z.boolean().optional(),
  choices: z.array(z.object({ name: z.string(), value: z.union([z.string(), z.number()]) })).optional(),
  min_value: z.number().optional(),
  max_value: z.number().optional(),
  min_length: z.number().optional(),
  max_length: z.number().optional(),
});
const RegisteredCommand = z.object({
  type: z.number().optional(),
  name: z.string(),
  description: z.string(),
  options: z.array(RegisteredOption).optional(),
  contexts: z.array(z.number()).nullish(),
  default_member_permissions: z.string().nullish(),
});
const RegisteredCommands = z.array(RegisteredCommand);

function comparable(commands: z.infer<typeof RegisteredCommands>): string {
  const normal = commands
    .map((c) => ({
      type: c.type ?? ApplicationCommandType.ChatInput,
      name: c.name,
      description: c.description,
      contexts: c.contexts ?? null,
      default_member_permissions: c.default_member_permissions ?? null,
      options: (c.options ?? []).map((o) => ({
        type: o.type,
        name: o.name,
        description: o.description,
        required: o.required ?? false,
        autocomplete: o.autocomplete ?? false,
        choices: o.choices ?? [],
        min_value: o.min_value ?? null,
        max_value: o.max_value ?? null,
        min_length: o.min_length ?? null,
        max_length: o.max_length ?? null,
      })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return JSON.stringify(normal);
}

/** True when what Discord holds differs from what Herald would register. */
export function commandsDiffer(registered: unknown, desired: CommandPayload[]): boolean {
  const parsed = RegisteredCommands.safeParse(registered);
  if (!parsed.success) return true;
  return comparable(parsed.data) !== comparable(RegisteredCommands.parse(desired));
}

export interface RegistrationTarget {
  applicationId: string;
  /** Guild-scoped commands update instantly (development); global ones reach every server. */
  guildId?: string | undefined;
}

function commandsRoute(target: RegistrationTarget) {
  return target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
}

export type SyncOutcome = 'registered' | 'unchanged';

/**
 * Make Discord hold exactly Herald's commands with one bulk overwrite. Unless forced, the
 * registered set is read first and left alone when it already matches, so restarts do not spend
 * the daily command-creation budget.
 */
export async function syncCommands(
  rest: REST,
  target: RegistrationTarget,
  desired: CommandPayload[],
  opts: { force?: boolean } = {},
): Promise<SyncOutcome> {
  const route = commandsRoute(target);
  if (!opts.force && !commandsDiffer(await rest.get(route), desired)) return 'unchanged';
  await rest.put(route, { body: desired });
  return 'registered';
}
