import { answerQuestion } from '../qa/answer.js';
import { EMPTY_STORE_MESSAGE } from './article-ref.js';
import { aboutArticle } from './cards.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { errorReply, type Reply } from './reply.js';
import { truncate } from './text.js';

/**
 * Questions put to Herald in plain words: "@herald who mediated the talks?" in a channel, or
 * `/ask`. The answer is a short line plus the sentence it comes from, or an honest "I can't
 * find that" with the closest sentence.
 */

/** Leading mentions as platforms deliver them: "@herald", "<@123456>", "<@U0123|herald>". */
const LEADING_MENTION = /^(?:\s*(?:<@!?[\w|.-]+>|@[\w.-]+)[\s,:]*)+/i;

export function stripMention(text: string): string {
  return text.replace(LEADING_MENTION, '').trim();
}

export function answerReply(question: string, ctx: CommandContext, articleId?: string): Reply {
  const channelKey = ctx.threadKey ?? ctx.channelKey;
  const result = answerQuestion(question, {
    store: ctx.store,
    channelKey,
    ...(articleId ? { articleId } : {}),
  });
  const article = result.articleId ? ctx.store.getArticle(result.articleId) : null;
  if (!article) throw new UserError('EMPTY_STORE', EMPTY_STORE_MESSAGE);
  const evidence = result.evidence ? `> ${truncate(result.evidence, 500)}` : null;
  if (result.answer === null) {
    const closest = evidence ? `\nThe closest I have:\n${evidence}` : '';
    return {
      text: `I can't find that in "${truncate(article.title, 150)}".${closest}`,
      ...aboutArticle(article),
    };
  }
  // A description answer is the sentence itself: show it once.
  const answerLine = result.answer === result.evidence ? null : truncate(result.answer, 500);
  return {
    text: [answerLine, evidence].filter((l) => l !== null).join('\n'),
    ...aboutArticle(article),
  };
}

/**
 * The reply to a message that mentions Herald. Never throws: like runCommand, it is an error
 * boundary, and it records the article the answer was about as the channel's current article.
 */
export function mentionReply(text: string, ctx: CommandContext): Reply {
  const question = stripMention(text);
  if (question.length < 3) {
    return {
      text: 'Ask me about the article here, for example "@herald who are the people in it?" Type /help to see my commands.',
      ephemeral: true,
    };
  }
  try {
    const reply = answerReply(question, ctx);
    if (reply.articleId) ctx.store.setChannelArticle(ctx.threadKey ?? ctx.channelKey, reply.articleId);
    return reply;
  } catch (err) {
    if (err instanceof UserError) return errorReply(err.message);
    ctx.log.error({ err, channel: ctx.channelKey }, 'answering a mention failed');
    return errorReply('Sorry, I failed to answer that on my side. It has been logged; please try again.');
  }
}
