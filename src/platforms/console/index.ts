import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext } from '../../bot/context.js';
import { phrasedMentionReply } from '../../bot/mention.js';
import type { Reply } from '../../bot/reply.js';
import { runCommand } from '../../bot/runner.js';
import { parseTextArgs } from '../../bot/text-args.js';
import {
  contextFor,
  type Platform,
  type PlatformDeps,
  type SendOptions,
  type SentMessage,
} from '../platform.js';
import { renderReply } from './render.js';

/** The one channel the console has: the terminal (or the pipe) it runs in. */
export const CONSOLE_CHANNEL = 'stdin';

export interface ConsoleOptions {
  input?: Readable;
  output?: Writable;
  /** Prompt and line editing with history; defaults to whether input and output are terminals. */
  interactive?: boolean;
}

export interface ConsolePlatform extends Platform {
  readonly name: 'console';
  /** Settles when the input ends or someone types quit/exit. */
  readonly finished: Promise<void>;
}

const MENTION = /^@herald\b[\s,:]*/i;

/**
 * Herald in a terminal: `/who`, `/when McGurk` run commands, `@herald who mediated the talks?`
 * asks a question, `help` and `quit` do what they say. Lines are handled one at a time, in
 * order, so a script piped in gives its answers in the same order.
 */
export function createConsolePlatform(deps: PlatformDeps, opts: ConsoleOptions = {}): ConsolePlatform {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const interactive =
    opts.interactive ??
    Boolean((input as { isTTY?: boolean }).isTTY && (output as { isTTY?: boolean }).isTTY);
  let rl: Interface | null = null;
  let sent = 0;
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    settle = resolve;
  });

  const context = (): CommandContext =>
    contextFor(deps, {
      platform: 'console',
      channelKey: `console:${CONSOLE_CHANNEL}`,
      // The person at the terminal runs Herald, so they may change its setup.
      user: { id: 'console', name: 'console', isAdmin: true },
    });

  const print = (reply: Reply) => {
    if (outputClosed) return;
    output.write(`${renderReply(reply)}\n\n`);
  };
  // `herald start | head` closes the pipe early: stop reading instead of crashing on EPIPE.
  let outputClosed = false;
  output.on('error', (err: NodeJS.ErrnoException) => {
    outputClosed = true;
    if (err.code !== 'EPIPE') deps.log.error({ err }, 'console output failed');
    rl?.close();
  });

  async function handleLine(raw: string): Promise<'quit' | 'continue'> {
    const line = raw.trim();
    if (!line) return 'continue';
    const lower = line.toLowerCase();
    if (lower === 'quit' || lower === 'exit') return 'quit';
    if (lower === 'help' || lower === '?') {
      print(await runCommand(deps.commands, 'help', {}, context()));
    } else if (line.startsWith('/')) {
      const [, name = '', rest = ''] = /^\/(\S*)\s*(.*)$/s.exec(line) ?? [];
      const command = deps.commands.get(name);
      const args = command ? parseTextArgs(command, rest) : {};
      print(await runCommand(deps.commands, name, args, context()));
    } else if (MENTION.test(line)) {
      print(await phrasedMentionReply(line.replace(MENTION, ''), context()));
    } else {
      print({
        text: 'Type a command such as /who or /help, or ask a question: @herald who mediated the talks?',
      });
    }
    return 'continue';
  }

  async function readLines(reader: Interface): Promise<void> {
    if (interactive) reader.prompt();
    for await (const line of reader) {
      let outcome: 'quit' | 'continue';
      try {
        outcome = await handleLine(line);
      } catch (err) {
        // runCommand and phrasedMentionReply never throw; this guards the loop against a renderer bug.
        deps.log.error({ err }, 'console line failed');
        outcome = 'continue';
      }
      if (outcome === 'quit') break;
      if (interactive) reader.prompt();
    }
  }

  return {
    name: 'console',
    finished,
    async start() {
      const reader = createInterface({
        input,
        output,
        terminal: interactive,
        prompt: 'herald> ',
        historySize: 200,
      });
      rl = reader;
      readLines(reader)
        .catch((err: unknown) => deps.log.error({ err }, 'console input failed'))
        .finally(() => {
          reader.close();
          settle();
        });
    },
    async stop() {
      rl?.close();
      settle();
    },
    async send(_channelId: string, reply: Reply, _opts?: SendOptions): Promise<SentMessage> {
      print(reply);
      sent += 1;
      return { messageId: String(sent) };
    },
    async edit(_channelId: string, messageId: string, reply: Reply): Promise<void> {
      output.write(`(update to message ${messageId})\n`);
      print(reply);
    },
  };
}
