/**
 * The `herald` command line. Each subcommand lives in its own module and is loaded on demand,
 * so `herald parse` never pays for discord.js. Evaluation and benchmarks are development tools
 * outside the product (`npm run eval`, `npm run bench`: eval/ and bench/).
 */
type Subcommand = (args: string[]) => Promise<number>;

const subcommands: Record<string, { summary: string; load: () => Promise<Subcommand> }> = {
  start: {
    summary: 'run the bot: Discord and Slack when their tokens are set, else the console',
    load: async () => (await import('./start.js')).runStart,
  },
  ingest: {
    summary: 'read files, folders or URLs, parse each article and store it',
    load: async () => (await import('./ingest.js')).runIngest,
  },
  parse: {
    summary: 'parse files (or JSON Lines on stdin with --jsonl) and print JSON Lines',
    load: async () => (await import('./parse.js')).runParse,
  },
  feed: {
    summary: 'show what Herald reads from a feed URL or file (or JSON Lines on stdin with --jsonl)',
    load: async () => (await import('./feed.js')).runFeed,
  },
  stories: {
    summary: 'group JSON Lines articles on stdin into stories (--jsonl; --store keeps them)',
    load: async () => (await import('./stories.js')).runStories,
  },
  ask: {
    summary: 'answer a question from the stored articles (or JSON Lines on stdin with --jsonl)',
    load: async () => (await import('./ask.js')).runAsk,
  },
  'migrate-store': {
    summary: 'copy every stored article, subscription, feed and alert from one store to another',
    load: async () => (await import('./migrate-store.js')).runMigrateStore,
  },
  register: {
    summary: 'register the slash commands with Discord (guild-scoped when DISCORD_GUILD_ID is set)',
    load: async () => (await import('./register.js')).runRegister,
  },
  'slack-manifest': {
    summary: 'write slack-manifest.yml (slash commands, scopes, events) from commands/',
    load: async () => (await import('./slack-manifest.js')).runSlackManifest,
  },
};

function usage(): string {
  const names = Object.keys(subcommands);
  const width = Math.max(...names.map((n) => n.length));
  return [
    'Usage: herald <command> [options]',
    '',
    ...names.map((n) => `  ${n.padEnd(width)}  ${subcommands[n]?.summary ?? ''}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name = 'start', ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return 0;
  }
  const sub = subcommands[name];
  if (!sub) {
    console.error(`herald: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return (await sub.load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`herald: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
