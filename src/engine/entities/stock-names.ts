/**
 * "Velmar shares fell", "Velmar stock rose 3 percent": market news names a listed company by its
 * bare name right before its stock. No one writes a person's name so; a person "shares" something
 * (the verb, then its object: "Ada Vell shares her view"), which the word after tells apart.
 */

import { isFirstName } from '../lexicon/first-names.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { isListedGivenName } from '../ner/features.js';
import type { Mention } from './mentions/index.js';
import type { Token } from './tokenize.js';

/** Nouns of a company's stock, written right after its name ("Velmar shares"). */
const STOCK_NOUNS = new Set(['shares', 'stock']);

/** Verbs that follow "shares" as the subject in market reports ("Velmar shares slip", "... fell"). */
const MARKET_VERBS = new Set(
  `rise rises fall falls surge surges slip slips sink sinks jump jumps gain gains drop drops climb climbs
  tumble tumbles soar soars edge edges dip dips plunge plunges slide slides rally rallies ease eases firm
  firms hit hits end ends close closes open opens trade trades fell rose sank slid shed lost`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that, after a subject noun, open its predicate or end the phrase. */
const AFTER_SUBJECT_NOUN = new Set(
  `was were is are have has had will would could may might be been in of on at to from for and or by up
  down plus than outstanding`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "Velmar shares fell", "Velmar stock rose 3 percent": a name right before "shares" or "stock" read
 * as a noun is the company whose stock it is. A person "shares" something (a verb, then its
 * object: "Ada Vell shares her view"), so the noun reading needs what follows a subject noun: a
 * verb of the market, a past form, an auxiliary, a preposition, a number or punctuation. A full
 * name opening on a given name or a titled name stays a person.
 */
export function isBeforeStockNoun(tokens: readonly Token[], m: Mention): boolean {
  if (m.span.title || m.shouting || !STOCK_NOUNS.has(tokens[m.span.end]?.text ?? '')) return false;
  const first = m.text.split(' ')[0] ?? '';
  if (m.text.includes(' ') && (isFirstName(first) || isListedGivenName(first))) return false;
  const next = tokens[m.span.end + 1]?.text ?? '';
  if (next === '' || /^[\d,.;:!?()\-–—]/u.test(next)) return true;
  const lower = lowerCase(next);
  return AFTER_SUBJECT_NOUN.has(lower) || MARKET_VERBS.has(lower) || /^\p{Ll}+ed$/u.test(next);
}
