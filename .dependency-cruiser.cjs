/**
 * Herald's layers, checked on every `npm test` (docs/architecture.md draws them). A folder may
 * import its own layer and the ones below, never one above:
 *
 *   6 entry      cli
 *   5 wiring     runtime, platforms, commands
 *   4 flow       alerts, feeds, ingest, watch, http
 *   3 reading    qa, bot
 *   2 data       sources, store
 *   1 infra      config, log, net
 *   0 pure       engine, stories, util
 *
 * Development tools (eval/, bench/, tools/) may read anything; nothing in the product reads them.
 */
const layers = [
  ['engine', 'stories', 'util'],
  ['config', 'log\\.ts', 'net'],
  ['sources', 'store'],
  ['qa', 'bot'],
  ['alerts', 'feeds', 'ingest', 'watch', 'http'],
  ['runtime', 'platforms'],
  ['cli'],
];
const folder = (names) => `^src/(${names.join('|')})(/|$)`;

const layerRules = layers.slice(0, -1).map((names, i) => ({
  name: `layer-${i}-imports-upward`,
  comment: `${names.join(', ')} sit in layer ${i}: they may not import a higher layer.`,
  severity: 'error',
  from: { path: folder(names) },
  to: { path: folder(layers.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other can only be understood (and tested) together.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'commands-are-platform-neutral',
      comment: 'A command returns a Reply; rendering it for Discord or Slack is the platform layer’s job.',
      severity: 'error',
      from: { path: '^commands/' },
      to: { path: `${folder(['platforms', 'runtime', 'cli'])}|^(discord\\.js|@slack/|@discordjs/)` },
    },
    {
      name: 'engine-is-pure',
      comment:
        'The article engine reads text and its own model files: nothing but zod, its own modules and read-only node built-ins.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: {
        pathNot:
          '^src/engine/|(^|/)node_modules/zod/|^(fs|path|url|zlib|node:fs|node:path|node:url|node:zlib)$',
      },
    },
    {
      name: 'product-never-reads-dev-tools',
      comment:
        'Evaluation, benchmarks and training read ../shared and dev dependencies; the bot must run without them.',
      severity: 'error',
      from: { path: '^(src|commands)/' },
      to: { path: '^(tools|eval|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
