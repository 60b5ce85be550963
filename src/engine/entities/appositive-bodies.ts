/**
 * Session 20. "Velmar, the Ostrian mining company, says ...", "Tarnly, a crowdfunding website that
 * ...", "Holt Rising, an outside advocacy group, ...": news introduces a firm, a group or a paper
 * the reader may not know by its bare name and an appositive that says what it is, a determiner,
 * modifiers, and a noun of a body. A person so introduced gets a noun of a person ("Ada Vell, the
 * company's founder", "Vell, a manager at a firm"), so the body noun must come before any function
 * word, possessive or punctuation, and be followed by what closes or continues an appositive (a
 * comma, a full stop, "that", "based", "founded", "in", a pronoun opening a relative clause: "the
 * ticket service it hired"), never by another noun ("a group leader") nor by "said" ("In Ostby,
 * the newspaper said", a reporting clause, not an appositive). A full name opening on a given name
 * and a titled name stay people.
 *
 * Counted on training text. CoNLL eng.train gold, every entity before such an appositive: 4
 * bodies, no person. PolNeAR train text, every capitalised name before one: 47 names (39 fixed
 * slice, 8 blind), all bodies (groups, firms, papers, websites, a network), none a person; the
 * one person near the shape (a manager "at an Ostby-based firm") is stopped by the function word before the noun. Over all
 * training (jackknife eng.train, 840 PolNeAR articles, WNUT-17 train) it changes 3 people, all
 * firms (a mining company, a research firm, an online service): holds 3 of 3, all in the fixed
 * PolNeAR slice (0-599); the blind slices hold no firing.
 */

import { isFirstName } from '../lexicon/first-names.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { isListedGivenName } from '../ner/features.js';
import type { Mention } from './mentions/index.js';
import { CLOSED_CLASS } from './mentions/words.js';
import { isPossessive, type Token } from './tokenize.js';

/** Nouns of a body that head an appositive after its name ("X, the mining company,"). */
const BODY_NOUNS = new Set(
  `company firm group bank conglomerate retailer subsidiary newspaper magazine tabloid daily publication
  airline chain service website startup start-up network`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that may follow the body noun inside or at the end of the appositive. */
const AFTER_BODY_NOUN = new Set(
  'that which whose based owned with in on at for known founded headquartered led run it he she they we'.split(
    ' ',
  ),
);

const DETERMINERS = new Set(['the', 'a', 'an']);

/** At most this many modifiers between the determiner and the noun ("the big Ostrian mining company"). */
const MAX_MODIFIERS = 4;

/** Does `w` open on a letter? Punctuation, digits and quotes end the modifiers. */
function opensOnLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return w.toLowerCase() !== w.toUpperCase();
}

/** Is this person-typed (or body-typed) mention a body named before an appositive that says so? */
export function isBodyInApposition(tokens: readonly Token[], m: Mention): boolean {
  if (m.span.title || m.shouting || tokens[m.span.end]?.text !== ',') return false;
  if (!DETERMINERS.has(tokens[m.span.end + 1]?.text ?? '')) return false;
  const first = m.text.split(' ')[0] ?? '';
  if (m.text.includes(' ') && (isFirstName(first) || isListedGivenName(first))) return false;
  const from = m.span.end + 2;
  for (let j = from; j < tokens.length && j <= from + MAX_MODIFIERS; j++) {
    const w = tokens[j]?.text ?? '';
    if (BODY_NOUNS.has(w)) {
      const next = tokens[j + 1]?.text;
      if (next === undefined || !opensOnLetter(next)) return !isPossessive(tokens[j + 1]);
      return AFTER_BODY_NOUN.has(next);
    }
    if (!opensOnLetter(w) || CLOSED_CLASS.has(lowerCase(w)) || isPossessive(tokens[j + 1])) return false;
  }
  return false;
}
