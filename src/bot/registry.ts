import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CommandModule, CommandModuleShape } from './command.js';

export const COMMANDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../commands');

export class CommandRegistry {
  private readonly byName = new Map<string, CommandModule>();

  constructor(commands: CommandModule[]) {
    for (const c of commands) {
      if (this.byName.has(c.name)) throw new Error(`Two commands are named "${c.name}"`);
      this.byName.set(c.name, c);
    }
  }

  get(name: string): CommandModule | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  all(): CommandModule[] {
    return [...this.byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/**
 * Load every command module in commands/ and check its shape, so a malformed command stops
 * start-up with its file name instead of failing the first time someone types it.
 */
export async function loadCommands(dir = COMMANDS_DIR): Promise<CommandRegistry> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const commands: CommandModule[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: unknown };
    const checked = CommandModuleShape.safeParse(mod.default);
    if (!checked.success) {
      const problems = checked.error.issues.map(
        (i) => `${i.path.join('.') || 'default export'}: ${i.message}`,
      );
      throw new Error(`commands/${file} is not a valid command module: ${problems.join('; ')}`);
    }
    commands.push(mod.default as CommandModule);
  }
  return new CommandRegistry(commands);
}
