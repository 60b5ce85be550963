import { z } from 'zod';
import { type CommandModule, defineCommand, type OptionSpec, optionSpecs } from '../src/bot/command.js';
import { UserError } from '../src/bot/errors.js';
import { type CommandRegistry, loadCommands } from '../src/bot/registry.js';
import { fitLines } from '../src/bot/text.js';

/** Loaded once: help describes whatever commands/ holds, so it can never drift from them. */
let registry: Promise<CommandRegistry> | null = null;
function commands(): Promise<CommandRegistry> {
  registry ??= loadCommands();
  return registry;
}

function usage(command: CommandModule): string {
  const options = optionSpecs(command).map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [`/${command.name}`, ...options].join(' ');
}

function optionLine(o: OptionSpec): string {
  const limits = [
    o.type === 'string' ? 'text' : o.type,
    o.required ? 'required' : 'optional',
    ...(o.min !== undefined && o.max !== undefined ? [`${o.min}-${o.max}`] : []),
    ...(o.choices ? [`one of ${o.choices.join(', ')}`] : []),
  ];
  return `  ${o.name} (${limits.join(', ')}): ${o.description}`;
}

export default defineCommand({
  name: 'help',
  description: 'What Herald can do, or the options of one command',
  options: z.object({
    command: z.string().trim().min(1).max(32).optional().describe('A command name, e.g. who'),
  }),
  async handler({ command: name }, ctx) {
    const all = await commands();
    const visible = all.all().filter((c) => !c.admin || ctx.user.isAdmin);
    if (!name) {
      return {
        title: 'Herald commands',
        text: `${fitLines(
          visible.map((c) => `${usage(c)} — ${c.description}`),
          1700,
        )}\n\nArticle commands default to the article last posted here. Type /help <command> for its options.`,
      };
    }
    const command = all.get(name);
    if (!command) {
      throw new UserError(
        'UNKNOWN_COMMAND',
        `There is no \`/${name.replace(/^\//, '')}\`. Type \`/help\` for the list.`,
      );
    }
    const options = optionSpecs(command);
    return {
      title: usage(command),
      text: [
        command.description,
        ...(options.length > 0 ? ['', 'Options:', ...options.map(optionLine)] : []),
      ].join('\n'),
    };
  },
});
