import { type CommandModule, optionSpecs } from './command.js';

/**
 * Turn the text after a command name into options, for platforms that deliver plain text
 * (Slack slash commands, the console). `name:value` pairs set options by name; the remaining
 * words fill the options in declaration order, and the last string option takes the rest, so
 * `/who Brett McGurk` and `/subscribe keyword nuclear talks` read as people expect.
 */
export function parseTextArgs(command: CommandModule, text: string): Record<string, unknown> {
  const specs = optionSpecs(command);
  const names = new Set(specs.map((s) => s.name));
  const args: Record<string, unknown> = {};
  const free: string[] = [];
  for (const token of tokenize(text)) {
    const named = /^([a-z_][a-z0-9_-]*):(.+)$/i.exec(token);
    if (named?.[1] && names.has(named[1])) args[named[1]] = named[2];
    else free.push(token);
  }
  const positional = specs.filter((s) => !(s.name in args));
  positional.forEach((spec, i) => {
    if (free.length === 0) return;
    const isLast = i === positional.length - 1;
    // A choice option only takes a word that is one of its choices, so optional choices can be skipped.
    if (spec.choices && !spec.choices.includes(free[0]!.toLowerCase())) return;
    const takesRest =
      isLast ||
      (spec.type === 'string' && !spec.choices && positional.slice(i + 1).every((s) => !s.required));
    if (takesRest && spec.type === 'string') {
      args[spec.name] = free.splice(0).join(' ');
    } else {
      const word = free.shift()!;
      args[spec.name] = spec.choices ? word.toLowerCase() : word;
    }
  });
  if (free.length > 0 && positional.length === 0 && specs.length > 0) {
    const last = specs[specs.length - 1]!;
    if (last.type === 'string') args[last.name] = `${String(args[last.name] ?? '')} ${free.join(' ')}`.trim();
  }
  return args;
}

/** Split on spaces, keeping "double quoted phrases" together. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) tokens.push(m[1] ?? m[2] ?? m[3] ?? '');
  return tokens.filter(Boolean);
}
