import { z } from 'zod';
import { hasNamedSpeaker } from '../src/engine/schema.js';
import {
  articleOption,
  autocompleteArticle,
  nothingFoundIn,
  resolveArticle,
} from '../src/bot/article-ref.js';
import { aboutArticle } from '../src/bot/cards.js';
import { defineCommand } from '../src/bot/command.js';
import { UserError } from '../src/bot/errors.js';
import { truncate } from '../src/bot/text.js';
import { findPeople, keyQuotes, quotesBy, speakerRole } from '../src/qa/facts.js';

/** Quotes shown in one reply; the rest are counted. */
const MAX_QUOTES = 5;

export default defineCommand({
  name: 'quotes',
  description: "The article's key quotes with speakers, or every quote of one speaker",
  options: z.object({
    speaker: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('A name, surname or role word of the speaker'),
    article: articleOption,
  }),
  async handler({ speaker, article: ref }, ctx) {
    const article = await resolveArticle(ref, ctx);
    const { parsed } = article;
    if (parsed.quotes.length === 0) {
      throw nothingFoundIn(article, 'quotes');
    }
    let quotes = keyQuotes(parsed, parsed.quotes.length);
    let title = `Key quotes: ${truncate(article.title, 200)}`;
    if (speaker) {
      const person = findPeople(parsed, speaker)[0]?.person;
      quotes = person
        ? quotesBy(parsed, person)
        : parsed.quotes.filter((q) => q.speaker?.toLowerCase().includes(speaker.toLowerCase()));
      if (quotes.length === 0) {
        const speakers = [...new Set(parsed.quotes.filter(hasNamedSpeaker).map((q) => q.speaker))].join(', ');
        throw new UserError(
          'NOT_FOUND',
          `No quotes from "${truncate(speaker, 60)}" in this article.${speakers ? ` Quoted there: ${speakers}.` : ''}`,
        );
      }
      title = `Quotes from ${person?.name ?? quotes[0]?.speaker ?? speaker}`;
    }
    const shown = quotes.slice(0, MAX_QUOTES);
    const more = quotes.length - shown.length;
    return {
      title,
      ...(more > 0 ? { text: `…and ${more} more` } : {}),
      quotes: shown.map((q) => ({
        text: truncate(q.text, 400),
        speaker: q.speaker,
        role: speakerRole(parsed, q),
      })),
      ...aboutArticle(article),
    };
  },
  autocomplete: autocompleteArticle,
});
