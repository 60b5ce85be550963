import { z } from 'zod';
import type { Config } from '../config/env.js';

/**
 * Optional phrasing of an answer by a language model behind any OpenAI-compatible chat endpoint.
 * The model only rewords: it is given the question, the sentences retrieval found and the local
 * answer, and told to reply with the shortest phrase that answers, from nothing else; the reply
 * keeps the local evidence sentence as its citation. Used only when HERALD_LLM_URL and HERALD_LLM_MODEL are
 * set; any failure (timeout, HTTP error, odd reply) falls back to the local answer. The key goes
 * in the Authorization header and nowhere else: never in a log line or an error message.
 */

export interface LlmSettings {
  /** Full URL of the chat-completions endpoint. */
  endpoint: string;
  model: string;
  key: string | null;
  timeoutMs: number;
}

/** Within Discord's three-second window for answering an interaction, with room to render. */
const DEFAULT_LLM_TIMEOUT_MS = 2_000;

/** "https://host/v1" and "https://host" both mean the host's /v1/chat/completions. */
export function chatEndpoint(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  if (/\/chat\/completions$/.test(trimmed)) return trimmed;
  if (/\/v\d+$/.test(trimmed)) return `${trimmed}/chat/completions`;
  return `${trimmed}/v1/chat/completions`;
}

export function llmSettings(
  config: Pick<Config, 'HERALD_LLM_URL' | 'HERALD_LLM_MODEL' | 'HERALD_LLM_KEY'>,
  timeoutMs = DEFAULT_LLM_TIMEOUT_MS,
): LlmSettings | null {
  if (!config.HERALD_LLM_URL || !config.HERALD_LLM_MODEL) return null;
  return {
    endpoint: chatEndpoint(config.HERALD_LLM_URL),
    model: config.HERALD_LLM_MODEL,
    key: config.HERALD_LLM_KEY ?? null,
    timeoutMs,
  };
}

export interface PhraseInput {
  question: string;
  /** The local extractive answer. */
  answer: string;
  /** The retrieved sentences, in article order. */
  passages: string[];
  articleTitle: string;
}

const ChatResponseSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1),
});

/** What the model says when the sentences don't hold the answer; the local answer then stands. */
const NO_ANSWER = 'NOT_IN_TEXT';
const MAX_ANSWER_CHARS = 400;

function messages(input: PhraseInput) {
  const numbered = input.passages.map((p, i) => `[${i + 1}] ${p}`).join('\n');
  return [
    {
      role: 'system',
      content:
        'You answer questions about a news article with the shortest phrase that answers: a name, a date, ' +
        'a number with its unit, a place, "Yes" or "No", or for "why" the reason clause, copied from the ' +
        'numbered sentences where you can. Use only those sentences and add no facts. If they do not answer ' +
        `the question, reply exactly ${NO_ANSWER}.`,
    },
    {
      role: 'user',
      content: `Article: ${input.articleTitle}\nSentences:\n${numbered}\n\nQuestion: ${input.question}\nDraft answer: ${input.answer}`,
    },
  ];
}

export interface PhraseLog {
  warn(obj: object, msg: string): void;
}

/**
 * The model's wording of the answer, or null (not configured, failed, timed out, declined):
 * callers then keep the local answer.
 */
export async function phraseAnswer(
  settings: LlmSettings,
  input: PhraseInput,
  log: PhraseLog,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (settings.key) headers.authorization = `Bearer ${settings.key}`;
  try {
    const response = await fetchImpl(settings.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        model: settings.model,
        messages: messages(input),
        temperature: 0,
        max_tokens: 150,
      }),
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    if (!response.ok) {
      log.warn(
        { status: response.status, endpoint: settings.endpoint },
        'LLM phrasing failed; using the local answer',
      );
      return null;
    }
    const body = ChatResponseSchema.safeParse(await response.json());
    const content = body.success ? body.data.choices[0]?.message.content?.trim() : undefined;
    if (!content || content.includes(NO_ANSWER)) return null;
    return content.length > MAX_ANSWER_CHARS ? `${content.slice(0, MAX_ANSWER_CHARS - 1)}…` : content;
  } catch (err) {
    // Only the error's name and message: a request object here could carry the key.
    const problem = err instanceof Error ? `${err.name}: ${err.message}` : 'unknown error';
    log.warn({ problem, endpoint: settings.endpoint }, 'LLM phrasing failed; using the local answer');
    return null;
  }
}
