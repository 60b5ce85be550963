import type { ParsedArticle } from '../engine/schema.js';
import type { Candidate } from './candidates.js';
import { formatDateValue, isSelfExplanatory } from './dates.js';
import { words } from './text.js';

/**
 * The answer as people read it: the candidate as the article wrote it, and for a date whose
 * wording leaves the day open ("on Thursday", "last month") the resolved date beside it:
 * "on Thursday (Thu 14 Mar 2024)".
 */
export function phraseOf(candidate: Candidate, parsed: ParsedArticle): string {
  const text = candidate.text.replace(/[,;:]+$/, '').trim();
  if (candidate.kind !== 'date' || candidate.dateIndex === null) return text;
  const mention = parsed.dates[candidate.dateIndex];
  if (!mention || isSelfExplanatory(mention)) return text;
  const formatted = formatDateValue(mention.value, mention.granularity);
  if (!formatted) return text;
  // "March 2024" beside "in March 2024" adds nothing.
  const written = new Set(words(text.toLowerCase()));
  if (words(formatted.label.toLowerCase()).every((w) => written.has(w))) return text;
  return `${text} (${formatted.label})`;
}
