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
import { fitLines, truncate } from '../src/bot/text.js';
import type { NamedEntity, ParsedArticle } from '../src/engine/schema.js';
import { clauseAround, followsLocative, namesOf, sentencesMentioning } from '../src/qa/facts.js';
import { findName } from '../src/qa/text.js';

/** "Oman: held indirect talks with two Biden administration officials this week in Oman" */
function placeLine(parsed: ParsedArticle, place: NamedEntity): string {
  const names = namesOf(place);
  const sentences = sentencesMentioning(parsed, place).map((i) => parsed.sentences[i] ?? '');
  // "in Oman", "at the border": a sentence placing something there says what happened there.
  const locative = sentences.find((s) =>
    names.some((n) => {
      const at = findName(s, n);
      return at >= 0 && followsLocative(s, at);
    }),
  );
  const sentence = locative ?? sentences[0] ?? '';
  const name = names.find((n) => findName(sentence, n) >= 0) ?? place.name;
  const what = sentence ? clauseAround(sentence, name) : '';
  return what ? `${place.name}: ${truncate(what, 180)}` : place.name;
}

function matchesPlace(place: NamedEntity, wanted: string): boolean {
  const w = wanted.toLowerCase();
  return namesOf(place).some((n) => n.toLowerCase() === w || n.toLowerCase().includes(w));
}

export default defineCommand({
  name: 'where',
  description: 'Places in the article and what happened there',
  options: z.object({
    place: z.string().trim().min(1).max(100).optional().describe('Only this place: every sentence naming it'),
    article: articleOption,
  }),
  async handler({ place: wanted, article: ref }, ctx) {
    const article = await resolveArticle(ref, ctx);
    const { parsed } = article;
    if (parsed.places.length === 0) {
      throw nothingFoundIn(article, 'places named');
    }
    if (wanted) {
      const place = parsed.places.find((p) => matchesPlace(p, wanted));
      if (!place) {
        const known = parsed.places
          .slice(0, 8)
          .map((p) => p.name)
          .join(', ');
        throw new UserError(
          'NOT_FOUND',
          `"${truncate(wanted, 60)}" isn't among the places in this article: ${known}.`,
        );
      }
      const lines = sentencesMentioning(parsed, place).map(
        (i) => `> ${truncate(parsed.sentences[i] ?? '', 300)}`,
      );
      return { title: place.name, text: fitLines(lines, 1800), ...aboutArticle(article) };
    }
    const places = [...parsed.places].sort(
      (a, b) => b.mentions - a.mentions || a.firstSentence - b.firstSentence,
    );
    return {
      title: `Places in: ${truncate(article.title, 200)}`,
      text: fitLines(
        places.map((p) => placeLine(parsed, p)),
        1800,
      ),
      ...aboutArticle(article),
    };
  },
  autocomplete: autocompleteArticle,
});
