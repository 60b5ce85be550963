import { z } from 'zod';
import {
  articleOption,
  autocompleteArticle,
  nothingFoundIn,
  resolveArticle,
} from '../src/bot/article-ref.js';
import { aboutArticle } from '../src/bot/cards.js';
import { defineCommand } from '../src/bot/command.js';
import { fitLines, truncate } from '../src/bot/text.js';
import type { DateMention, ParsedArticle } from '../src/engine/schema.js';
import { formatDateValue, isSelfExplanatory } from '../src/qa/dates.js';
import { findPeople, namesOf } from '../src/qa/facts.js';
import { lemma } from '../src/qa/lexicon.js';
import { contentRoots, mentionsAny, words } from '../src/qa/text.js';

/**
 * "now", "currently", "at present" date the state of things at publication, not an event: they
 * stay in the parsed dates (TimeML counts them) but add nothing to a timeline.
 */
const PRESENT_REFERENCE = /^(?:now|currently|presently|at present|at the moment|right now|nowadays)$/i;

interface TimelineEntry {
  line: string;
  sortKey: number;
}

function whatHappened(parsed: ParsedArticle, mention: DateMention): string {
  return truncate(mention.event.trim() || (parsed.sentences[mention.sentence] ?? ''), 160);
}

function entry(parsed: ParsedArticle, mention: DateMention): TimelineEntry {
  const formatted = formatDateValue(mention.value, mention.granularity);
  const event = whatHappened(parsed, mention);
  if (!formatted)
    return { line: `(date unknown) ${mention.text}: ${event}`, sortKey: Number.POSITIVE_INFINITY };
  const wording = isSelfExplanatory(mention) ? '' : ` (${mention.text})`;
  return { line: `${formatted.label}${wording}: ${event}`, sortKey: formatted.sortKey };
}

/**
 * Whether a date's sentence is about what was asked ("/when McGurk", "/when strikes"): a person
 * by any of their names, otherwise all the content words. What was asked is read once, not per date.
 */
function isAboutTest(parsed: ParsedArticle, about: string): (mention: DateMention) => boolean {
  const textOf = (mention: DateMention) => `${mention.event} ${parsed.sentences[mention.sentence] ?? ''}`;
  const person = findPeople(parsed, about).find((m) => m.strength >= 2)?.person;
  if (person) {
    const names = namesOf(person);
    return (mention) => mentionsAny(textOf(mention), names);
  }
  const wanted = contentRoots(about);
  return (mention) => {
    const present = new Set(words(textOf(mention)).map(lemma));
    return wanted.every((w) => present.has(w));
  };
}

export default defineCommand({
  name: 'when',
  description: 'Timeline of the dated events in the article, oldest first',
  options: z.object({
    about: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Only events whose sentence mentions these words'),
    article: articleOption,
  }),
  async handler({ about, article: ref }, ctx) {
    const article = await resolveArticle(ref, ctx);
    const { parsed } = article;
    const seen = new Set<string>();
    const isAbout = about ? isAboutTest(parsed, about) : () => true;
    const mentions = parsed.dates.filter((d) => {
      // Photo captions date the photo, not the story; a repeated sentence repeats its dates.
      const key = `${d.value ?? d.text.toLowerCase()}|${parsed.sentences[d.sentence]?.toLowerCase() ?? ''}`;
      if (d.caption || seen.has(key) || PRESENT_REFERENCE.test(d.text.trim())) return false;
      seen.add(key);
      return isAbout(d);
    });
    if (mentions.length === 0) {
      throw nothingFoundIn(article, about ? `dates about "${truncate(about, 60)}"` : 'dates');
    }
    const entries = mentions.map((m) => entry(parsed, m)).sort((a, b) => a.sortKey - b.sortKey);
    return {
      title: `Timeline: ${truncate(article.title, 200)}`,
      text: fitLines(
        entries.map((e) => e.line),
        1800,
      ),
      ...aboutArticle(article),
    };
  },
  autocomplete: autocompleteArticle,
});
