import { type CommandModule, optionSpecs } from '../../bot/command.js';
import { SLACK_EVENTS_PATH } from './app.js';
import { BOT_EVENTS, BOT_SCOPES } from './scopes.js';

export interface ManifestOptions {
  /** Public base URL of Herald's HTTP receiver (https://herald.example.com); none → Socket Mode. */
  baseUrl?: string;
  appName?: string;
}

/** `<required> [optional]` after the command name, from the command's own option schema. */
export function usageHint(command: CommandModule): string {
  return optionSpecs(command)
    .map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`))
    .join(' ');
}

/**
 * A Slack app manifest (https://docs.slack.dev/reference/app-manifest) built from the commands in
 * commands/, so adding a command file and re-running `npm run slack:manifest` is all it takes.
 */
export function buildManifest(commands: CommandModule[], opts: ManifestOptions = {}) {
  const requestUrl = opts.baseUrl ? `${opts.baseUrl.replace(/\/+$/, '')}${SLACK_EVENTS_PATH}` : undefined;
  const name = opts.appName ?? 'Herald';
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Reads news articles and answers questions about them.',
      long_description:
        'Herald reads news articles, understands who said what, when and where, and keeps a channel informed: alerts for new articles, slash commands to look inside them, and answers when you mention it with a question.',
      background_color: '#1d3557',
    },
    features: {
      bot_user: { display_name: name, always_online: true },
      slash_commands: commands.map((c) => {
        const hint = usageHint(c);
        return {
          command: `/${c.name}`,
          description: c.description,
          ...(hint ? { usage_hint: hint } : {}),
          ...(requestUrl ? { url: requestUrl } : {}),
          should_escape: false,
        };
      }),
    },
    oauth_config: { scopes: { bot: Object.keys(BOT_SCOPES) } },
    settings: {
      event_subscriptions: {
        ...(requestUrl ? { request_url: requestUrl } : {}),
        bot_events: [...BOT_EVENTS],
      },
      interactivity: { is_enabled: false },
      org_deploy_enabled: false,
      socket_mode_enabled: requestUrl === undefined,
      token_rotation_enabled: false,
    },
  };
}
