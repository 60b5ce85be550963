import { App, type webApi } from '@slack/bolt';
import type { Config } from '../../config/env.js';
import type { Logger } from '../../log.js';
import { boltLogger } from './logger.js';

/** Where Slack sends HTTP requests: slash commands and events share one signed endpoint. */
export const SLACK_EVENTS_PATH = '/slack/events';

export type SlackMode = 'http' | 'socket';

/**
 * Rate limits: the WebClient waits as long as Slack's Retry-After says and tries again
 * (`rejectRateLimitedCalls: false`); other transient failures are retried a few times with
 * backoff. Five retries within about a minute keeps a post alive through a burst without
 * holding a command's answer for half an hour (the library's default policy).
 */
export const SLACK_RETRY_CONFIG: webApi.RetryOptions = {
  retries: 5,
  factor: 2,
  minTimeout: 250,
  maxTimeout: 20_000,
  randomize: true,
};

export interface SlackCredentials {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
}

/** The Slack variables that are set, or a message naming what is missing. */
export function slackCredentials(config: Config): SlackCredentials | { missing: string } {
  const botToken = config.SLACK_BOT_TOKEN;
  if (!botToken) return { missing: 'SLACK_BOT_TOKEN (the xoxb- bot token)' };
  if (config.SLACK_APP_TOKEN) return { botToken, appToken: config.SLACK_APP_TOKEN };
  if (!config.SLACK_SIGNING_SECRET) {
    return { missing: 'SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (xapp-, Socket Mode)' };
  }
  return { botToken, signingSecret: config.SLACK_SIGNING_SECRET };
}

export function slackMode(credentials: SlackCredentials): SlackMode {
  return credentials.appToken ? 'socket' : 'http';
}

/**
 * The Bolt App: Socket Mode when an app-level token is set (no public URL needed), otherwise the
 * HTTP receiver on SLACK_PORT, which checks every request's signature and timestamp before any
 * handler runs. SLACK_API_URL points the Web API (and Socket Mode's apps.connections.open) at
 * another host; tests use it to talk to a loopback stand-in.
 */
export function createBoltApp(config: Config, credentials: SlackCredentials, log: Logger): App {
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: SLACK_RETRY_CONFIG,
    rejectRateLimitedCalls: false,
  };
  if (config.SLACK_API_URL) clientOptions.slackApiUrl = config.SLACK_API_URL;
  const common = {
    token: credentials.botToken,
    logger: boltLogger(log),
    clientOptions,
    // auth.test runs in start() (app.init), so a bad token fails start-up with Slack's own error.
    deferInitialization: true,
  };
  if (credentials.appToken) {
    return new App({ ...common, socketMode: true, appToken: credentials.appToken });
  }
  return new App({
    ...common,
    signingSecret: credentials.signingSecret ?? '',
    endpoints: SLACK_EVENTS_PATH,
    port: config.SLACK_PORT,
    // Ack responses go out as soon as ack() is called; slow work continues after it.
    processBeforeResponse: false,
  });
}
