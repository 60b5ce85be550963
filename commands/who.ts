import { z } from 'zod';
import {
  articleOption,
  autocompleteArticle,
  nothingFoundIn,
  resolveArticle,
} from '../src/bot/article-ref.js';
import { aboutArticle } from '../src/bot/cards.js';
import { defineCommand } from '../src/bot/command.js';
import { UserError } from '../src/bot/errors.js';
import type { Reply } from '../src/bot/reply.js';
import { fitLines, truncate } from '../src/bot/text.js';
import type { Person } from '../src/engine/schema.js';
import { findPeople, quotesBy, sentencesMentioning } from '../src/qa/facts.js';
import type { StoredArticle } from '../src/store/store.js';

function personLine(person: Person): string {
  const roles = person.roles.length > 0 ? ` — ${person.roles.join('; ')}` : '';
  const times = person.mentions === 1 ? '1 mention' : `${person.mentions} mentions`;
  return `${person.name}${roles} (${times})`;
}

function everyone(article: StoredArticle): Reply {
  const people = [...article.parsed.people].sort(
    (a, b) => b.mentions - a.mentions || a.firstSentence - b.firstSentence,
  );
  return {
    title: `People in: ${truncate(article.title, 200)}`,
    text: fitLines(people.map(personLine), 1800),
    ...aboutArticle(article),
  };
}

function onePerson(article: StoredArticle, person: Person, others: Person[]): Reply {
  const { parsed } = article;
  const quotes = quotesBy(parsed, person);
  const quotedSentences = new Set(quotes.map((q) => q.sentence));
  const mentions = sentencesMentioning(parsed, person)
    .filter((i) => !quotedSentences.has(i))
    .map((i) => `> ${truncate(parsed.sentences[i] ?? '', 300)}`);
  const parts = [person.roles.length > 0 ? person.roles.join('; ') : 'No role given in the article.'];
  if (mentions.length > 0) parts.push(`Mentioned:\n${fitLines(mentions, 1200)}`);
  if (others.length > 0) parts.push(`Also matching: ${others.map((p) => p.name).join(', ')}`);
  return {
    title: person.name,
    text: parts.join('\n\n'),
    ...(quotes.length > 0
      ? {
          quotes: quotes.slice(0, 5).map((q) => ({
            text: truncate(q.text, 300),
            speaker: person.name,
            role: q.role ?? person.roles[0] ?? null,
          })),
        }
      : {}),
    ...aboutArticle(article),
  };
}

export default defineCommand({
  name: 'who',
  description: 'People in the article with their roles, or one person: role, quotes and mentions',
  options: z.object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('A name, surname or role word such as "envoy"'),
    article: articleOption,
  }),
  async handler({ name, article: ref }, ctx) {
    const article = await resolveArticle(ref, ctx);
    const { people } = article.parsed;
    if (people.length === 0) {
      throw nothingFoundIn(article, 'people named', '`/summary` or `/quotes`');
    }
    if (!name) return everyone(article);
    const matches = findPeople(article.parsed, name);
    const best = matches[0];
    if (!best) {
      const known = people
        .slice(0, 6)
        .map((p) => p.name)
        .join(', ');
      throw new UserError(
        'NOT_FOUND',
        `No one matching "${truncate(name, 60)}" in "${truncate(article.title, 100)}". People named there: ${known}.`,
      );
    }
    const others = matches
      .slice(1)
      .filter((m) => m.strength === best.strength)
      .map((m) => m.person);
    return onePerson(article, best.person, others);
  },
  autocomplete: autocompleteArticle,
});
