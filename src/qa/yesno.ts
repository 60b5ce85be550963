import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { lemma, rootMatch } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { words } from './text.js';
import { withoutNegativeOpening } from './yesno-form.js';
import { contradictsFigure } from './yesno-number.js';
import { deniesByPrefix } from './yesno-prefix.js';
import { withoutAnonymousSource } from './yesno-source.js';
import { swapsName } from './yesno-swap.js';

/**
 * "Did Iran confirm the talks?": "Yes" or "No" with the sentence that says so. The best-covered
 * sentence is the evidence when it holds most of the question's words; a negation or a denial
 * in one and not the other ("Iran did not confirm", "Iran denied") makes it "No".
 */

/** Below this share of the question's words the article isn't taken to speak to the question. */
const MIN_COVERAGE = 0.6;

/**
 * "none" and "nobody" deny as "no one" does ("None of the ballots was lost"); the verbs of denial
 * deny in their "-ing" form too ("by refusing to open its books"); on PolNeAR train outside
 * 360-499, 38 of 38 "refusing", "denying", "rejecting" and "failing to" were verbs of denial, while
 * "declining" was mostly an adjective ("declining turnout") and "failing" without "to" too.
 * "has yet to", "unable to" and "stopped short of" deny the act after them ("the board has yet
 * to vote"): on all 840 PolNeAR train articles, 24 of 24, 21 of 21 and 5 of 5 did.
 */
const NEGATION =
  /\b(?:not|never|no|none|nobody|neither|nor|denied|denies|deny|denying|refused|refuses|refusing|rejected|rejects|rejecting|declined|declines|failed|fails|failing(?=\s+to\b)|(?:has|have|had|is|are|was|were)\s+yet\s+to|unable\s+to|stop(?:s|ped|ping)?\s+short\s+of)\b|n['’]t\b/i;

/** How much less of the question a plainly stated sentence may cover than a reported claim. */
const CLOSE = 0.2;

/** The writer reports a claim without vouching for it. */
const HEDGED =
  /\b(?:claim(?:s|ed)?|alleg(?:e|es|ed|edly)|reportedly|purportedly|supposedly|rumou?red|insist(?:s|ed)?)\b/i;

export interface YesNo {
  text: 'Yes' | 'No';
  sentence: number;
  coverage: number;
}

/**
 * The sentence says something of the question's claim, not only of the people it names: it holds
 * one of the question's words that are not a name ("Has Ada Kell decided who to back?" is not
 * answered by a sentence that only names Ada Kell). Names weigh double in coverage, so a sentence
 * naming them can pass the bar without the claim. A question of names alone needs none.
 */
function speaksToClaim(sentence: string, q: ParsedQuestion): boolean {
  const claim = q.focus.filter((f) => !f.name);
  if (claim.length === 0) return true;
  const roots = new Set(words(sentence).map(lemma));
  return claim.some((f) => rootMatch(f.lemma, roots) > 0);
}

/**
 * The sentence is the article's title set in title case ("X Tells Y They Need To Change Course"),
 * as teaser headlines are; a headline written as a plain sentence states the news and may answer.
 */
function isTitle(parsed: ParsedArticle, sentence: string): boolean {
  const bare = (t: string) => t.replace(/[.\s]+$/, '').trim();
  if (parsed.title.length === 0 || bare(sentence) !== bare(parsed.title)) return false;
  const long = sentence.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}

export function yesNoAnswer(
  parsed: ParsedArticle,
  q: ParsedQuestion,
  ranked: readonly ScoredSentence[],
): YesNo | null {
  const first = ranked[0];
  if (!first) return null;
  if (first.coverage < MIN_COVERAGE) return swappedName(parsed, q, ranked);
  // The best-covered sentences that speak to the claim (see speaksToClaim).
  const near = ranked
    .slice(0, 5)
    .filter(
      (r) =>
        r.coverage >= MIN_COVERAGE &&
        r.coverage >= first.coverage - CLOSE &&
        speaksToClaim(parsed.sentences[r.index] ?? '', q),
    );
  const top = near[0];
  if (!top) return null;
  // A claim the writer only reports ("X claimed that the museum had offered") gives way to a
  // sentence about as well covered that states the matter outright ("the museum said it never
  // offered"): the writer vouches for the second, not the first.
  const hedged = (r: ScoredSentence) => HEDGED.test(parsed.sentences[r.index] ?? '');
  const chosen = hedged(top) ? (near.find((r) => !hedged(r)) ?? top) : top;
  // A headline teases the story ("X Tells Y They Need To Change Course") and settles nothing: a body
  // sentence about as well covered answers instead.
  const headline = (r: ScoredSentence) => r.index === 0 && isTitle(parsed, parsed.sentences[0] ?? '');
  const best = headline(chosen) ? (near.find((r) => !headline(r) && !hedged(r)) ?? chosen) : chosen;
  const sentence = parsed.sentences[best.index] ?? '';
  // "(aides) not authorized to comment" negates the naming of the source, not the claim.
  const negated =
    NEGATION.test(withoutAnonymousSource(sentence)) !== NEGATION.test(withoutNegativeOpening(q.text));
  // Another year, count or rank where the question gives one denies the claim (yesno-number.ts).
  const no = negated !== deniesByPrefix(q.text, sentence) || contradictsFigure(q.text, sentence);
  return { text: no ? 'No' : 'Yes', sentence: best.index, coverage: best.coverage };
}

/** Nothing passes the bar: a close sentence that tells the claim of another name says "No" (yesno-swap.ts). */
function swappedName(
  parsed: ParsedArticle,
  q: ParsedQuestion,
  ranked: readonly ScoredSentence[],
): YesNo | null {
  // A title-case teaser headline's capitals are no names.
  const swap = ranked
    .slice(0, 5)
    .find(
      (r) =>
        !(r.index === 0 && isTitle(parsed, parsed.sentences[0] ?? '')) &&
        swapsName(parsed.sentences[r.index] ?? '', q, parsed.people),
    );
  // The swapped name is what keeps the sentence under the bar; the rest of the claim is all there.
  return swap ? { text: 'No', sentence: swap.index, coverage: Math.max(swap.coverage, MIN_COVERAGE) } : null;
}
