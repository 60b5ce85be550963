import type { ParsedArticle } from '../engine/schema.js';
import type { ScoredSentence } from './evidence.js';
import { personMentions } from './doer.js';
import { asksWinner } from './loser-side.js';
import type { ParsedQuestion } from './question.js';

/**
 * "Who won the primary?" where the article never writes "<X> won the primary": news writing
 * reports a win from either side and with many words. The winner is the subject of a verb of
 * defeat ("<X> took down <Y>", "<X> edged <Y>", "<X> snatched victory from <Y>"), the name after
 * a noun for the winner ("primary winner <X>", "<X>, winner of the award") and the one the loser
 * "lost to" or came "second to". The scorer reads only the question's verb (and its synonyms), so
 * without this a sentence written from the loser's side or with a winner noun goes unanswered or
 * to the wrong name. Only for "who won/beat ...?" asking for one person, in the best covered
 * sentences; the sentence must hold exactly one such winner and not be about the other party's
 * contest.
 */
export interface Winner {
  text: string;
  sentence: number;
  coverage: number;
}

/** Verbs of defeat whose subject is the winner (past and present forms as news writes them). */
const WINNER_VERB =
  /^(?:,\s[^,;:()]{2,80},\s*|\s+)(?:(?:narrowly|easily|handily|soundly)\s+)?(?:took\s+down|takes\s+down|beat|beats|defeated|defeats|edged(?:\s+out)?|edges(?:\s+out)?|topped|tops|trounced|routed|crushed|whipped|unseated|ousted|snatched\s+victory|claimed\s+victory|clinched|captured|swept)\b/u;

/** A noun for the winner right before the name, modifiers allowed between: "primary winner <X>". */
const WINNER_NOUN_BEFORE = /\b(?:winner|victor)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** "<X>, winner of", "<X>, the victor in": the winner noun set off after the name. */
const WINNER_NOUN_AFTER =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[^,;:]{0,60})?,\s+(?:the\s+|this\s+year['’]s\s+)?(?:winner|victor)\b/u;

/**
 * "lost the race to <X>", "came in second to <X>": the loser's side names the winner after "to",
 * a title or role of up to three words between ("lost to shipwright <X>").
 */
const LOST_TO_BEFORE =
  /\b(?:lost|losing|loses|lose|second|runner-up)\b[^.;:!?”"]{0,60}?\bto\s+(?:[\p{L}.'’-]+\s+){0,3}$/u;

function winnerIn(parsed: ParsedArticle, sentence: string): string | null {
  const found = new Set<string>();
  for (const m of personMentions(parsed, sentence)) {
    const before = sentence.slice(Math.max(0, m.start - 90), m.start);
    const after = sentence.slice(m.end, m.end + 90);
    if (
      WINNER_VERB.test(after) ||
      WINNER_NOUN_BEFORE.test(before) ||
      WINNER_NOUN_AFTER.test(after) ||
      LOST_TO_BEFORE.test(before)
    )
      found.add(m.text);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The party words of US news: one party's primary or caucus is a contest apart from the other's. */
const REPUBLICAN = /\b(?:Republican|Republicans|GOP)\b/;
const DEMOCRATIC = /\b(?:Democratic|Democrats?)\b/;

/**
 * "Who won the Republican primary?" and a sentence about "Democratic primaries" with no word of
 * the question's party: the win there is in the other party's contest, not the one asked about.
 */
function otherPartysContest(question: string, sentence: string): boolean {
  const asksRepublican = REPUBLICAN.test(question);
  const asksDemocratic = DEMOCRATIC.test(question);
  if (asksRepublican === asksDemocratic) return false;
  const [own, other] = asksRepublican ? [REPUBLICAN, DEMOCRATIC] : [DEMOCRATIC, REPUBLICAN];
  return other.test(sentence) && !own.test(sentence);
}

export function winnerByCue(
  parsed: ParsedArticle,
  q: ParsedQuestion,
  ranked: readonly ScoredSentence[],
): Winner | null {
  if (q.type !== 'person' || q.several || !asksWinner(q.text)) return null;
  for (const r of ranked) {
    const sentence = parsed.sentences[r.index] ?? '';
    if (otherPartysContest(q.text, sentence)) continue;
    const text = winnerIn(parsed, sentence);
    if (text) return { text, sentence: r.index, coverage: r.coverage };
  }
  return null;
}
