import { answerQuestion, type QaAnswer } from '../qa/answer.js';
import { llmSettings, phraseAnswer } from '../qa/llm.js';
import { conversationMemory } from '../qa/memory.js';
import type { StoredArticle } from '../store/store.js';
import { EMPTY_STORE_MESSAGE } from './article-ref.js';
import { aboutArticle } from './cards.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { rememberArticle } from './runner.js';
import { errorReply, type Reply } from './reply.js';
import { truncate } from './text.js';

/**
 * Questions put to Herald in plain words: "@herald who mediated the talks?" in a channel, or
 * `/ask`. The answer is a short line plus the sentence it comes from; "the article says this is
 * not known" when it says so; or an honest "I can't find that" with the closest sentence.
 * Follow-ups in the same thread ("@herald and where?") reuse the last question's focus.
 */

/** Leading mentions as platforms deliver them: "@herald", "<@123456>", "<@U0123|herald>". */
const LEADING_MENTION = /^(?:\s*(?:<@!?[\w|.-]+>|@[\w.-]+)[\s,:]*)+/i;

export function stripMention(text: string): string {
  return text.replace(LEADING_MENTION, '').trim();
}

interface Answered {
  result: QaAnswer;
  article: StoredArticle;
}

async function answerIn(question: string, ctx: CommandContext, articleId?: string): Promise<Answered> {
  const result = await answerQuestion(question, {
    store: ctx.store,
    channelKey: ctx.channelKey,
    ...(ctx.threadKey ? { threadKey: ctx.threadKey } : {}),
    ...(articleId ? { articleId } : {}),
    memory: conversationMemory,
  });
  const article = result.articleId ? await ctx.store.getArticle(result.articleId) : null;
  if (!article) throw new UserError('EMPTY_STORE', EMPTY_STORE_MESSAGE);
  return { result, article };
}

function toReply({ result, article }: Answered, phrased: string | null = null): Reply {
  const evidence = result.evidence ? `> ${truncate(result.evidence, 500)}` : null;
  if (result.status === 'not-found' || result.answer === null) {
    const closest = evidence ? `\nThe closest I have:\n${evidence}` : '';
    return {
      text: `I can't find that in "${truncate(article.title, 150)}".${closest}`,
      ...aboutArticle(article),
    };
  }
  if (result.status === 'unknown') {
    return {
      // "The article says this is not known:" followed by the article's own words saying so.
      text: [result.answer.replace(/\.$/, ':'), evidence].filter(Boolean).join('\n'),
      ...aboutArticle(article),
    };
  }
  // A description answer is the sentence itself: show it once.
  const answer = phrased ?? result.answer;
  const answerLine = answer === result.evidence ? null : truncate(answer, 500);
  return { text: [answerLine, evidence].filter((l) => l !== null).join('\n'), ...aboutArticle(article) };
}

/**
 * The same answer, worded by the configured language model when there is one (HERALD_LLM_*).
 * Only answers found locally are phrased, from the sentences they were found in; without a model,
 * or when it fails or is slow, the local answer is the reply.
 */
export async function phrasedAnswerReply(
  question: string,
  ctx: CommandContext,
  articleId?: string,
): Promise<Reply> {
  const answered = await answerIn(question, ctx, articleId);
  const settings = llmSettings(ctx.config);
  const { result, article } = answered;
  if (!settings || result.status !== 'answered' || result.answer === null) return toReply(answered);
  const phrased = await phraseAnswer(
    settings,
    { question, answer: result.answer, passages: result.passages, articleTitle: article.title },
    ctx.log,
  );
  return toReply(answered, phrased);
}

function promptReply(): Reply {
  return {
    text: 'Ask me about the article here, for example "@herald who are the people in it?" Type /help to see my commands.',
    ephemeral: true,
  };
}

function failureReply(err: unknown, ctx: CommandContext): Reply {
  if (err instanceof UserError) return errorReply(err.message);
  ctx.log.error({ err, channel: ctx.channelKey }, 'answering a mention failed');
  return errorReply('Sorry, I failed to answer that on my side. It has been logged; please try again.');
}

async function remember(reply: Reply, ctx: CommandContext): Promise<Reply> {
  await rememberArticle(reply, ctx);
  return reply;
}

/** How a platform turns a mention's text into a Reply. */
export type MentionAnswerer = (question: string, ctx: CommandContext) => Reply | Promise<Reply>;

/**
 * The reply to a message that mentions Herald, worded by the configured language model when there
 * is one (HERALD_LLM_*), else the local answer with no extra wait. Never throws: like runCommand,
 * it is an error boundary, and it records the article the answer was about as the thread's (or
 * channel's) current article.
 */
export async function phrasedMentionReply(text: string, ctx: CommandContext): Promise<Reply> {
  const question = stripMention(text);
  if (question.length < 3) return promptReply();
  try {
    return remember(await phrasedAnswerReply(question, ctx), ctx);
  } catch (err) {
    return failureReply(err, ctx);
  }
}
