import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { Reply } from '../../bot/reply.js';
import { errorReply } from '../../bot/reply.js';
import { runAutocomplete, runCommand } from '../../bot/runner.js';
import { truncate } from '../../bot/text.js';
import type { PlatformDeps } from '../platform.js';
import { commandContext, placeOf } from './context.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { ADMIN_PERMISSION } from './registration.js';
import { renderReply } from './render.js';
import { interactionEdit, interactionReply } from './reply-options.js';

const APOLOGY = errorReply('Sorry, something went wrong on my side. It has been logged; please try again.');

/**
 * Route slash commands and autocomplete to the shared command layer. Each interaction has its
 * own try/catch: whatever fails, the person gets a private apology and the log gets the details.
 */
export function createInteractionHandler(deps: PlatformDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await autocomplete(deps, interaction);
      else if (interaction.isChatInputCommand()) await command(deps, interaction);
    } catch (err) {
      deps.log.error({ err, interaction: interaction.id }, 'discord interaction failed');
      if (interaction.isChatInputCommand()) await apologise(deps, interaction);
    }
  };
}

function contextOf(deps: PlatformDeps, interaction: ChatInputCommandInteraction | AutocompleteInteraction) {
  return commandContext(deps, placeOf(interaction.channel, interaction.channelId), {
    id: interaction.user.id,
    name: interaction.user.username,
    // Checked again here although registration hides admin commands: server admins can override
    // default_member_permissions, and Herald's own rule is Manage Channels.
    isAdmin: interaction.memberPermissions?.has(ADMIN_PERMISSION) ?? false,
  });
}

async function autocomplete(deps: PlatformDeps, interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = await runAutocomplete(
    deps.commands,
    interaction.commandName,
    focused.name,
    String(focused.value),
    contextOf(deps, interaction),
  );
  // Discord caps choice names and values at 100 characters and the list at 25.
  await interaction.respond(
    choices.slice(0, L.choices).map((c) => ({ name: truncate(c.name, 100), value: c.value.slice(0, 100) })),
  );
}

async function command(deps: PlatformDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const args = Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
  const ctx = contextOf(deps, interaction);
  const definition = deps.commands.get(interaction.commandName);
  if (!definition?.slow) {
    const reply = await runCommand(deps.commands, interaction.commandName, args, ctx);
    await interaction.reply(interactionReply(renderReply(reply)));
    return;
  }
  // Slow commands acknowledge within Discord's 3-second window, then edit in the answer.
  await interaction.deferReply();
  const reply = await runCommand(deps.commands, interaction.commandName, args, ctx);
  await finishDeferred(interaction, reply);
}

/**
 * A deferred reply is public; a private answer (an error) cannot be edited into it, so the
 * "thinking…" message is removed and the answer follows up ephemerally.
 */
async function finishDeferred(interaction: ChatInputCommandInteraction, reply: Reply): Promise<void> {
  const message = renderReply(reply);
  if (!reply.ephemeral) {
    await interaction.editReply(interactionEdit(message));
    return;
  }
  await interaction.deleteReply();
  await interaction.followUp(interactionReply(message));
}

async function apologise(deps: PlatformDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  try {
    const message = interactionReply(renderReply(APOLOGY));
    if (interaction.deferred || interaction.replied) await interaction.followUp(message);
    else await interaction.reply(message);
  } catch (err) {
    deps.log.warn({ err, interaction: interaction.id }, 'could not send the apology either');
  }
}
