/**
 * Definite descriptions that may refer back to a named person ("the manager", "the 61-year-old
 * finance minister"), and the lead's description of someone the next sentence names.
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import { isModifier, isNounModifier } from '../role-nouns.js';
import { isSingleOffice } from '../../lexicon/titles.js';
import { isSayingVerb } from '../../lexicon/speech.js';
import { lookupPlace } from '../../lexicon/places.js';
import { lookupOrganization, isOrgCueWord } from '../../lexicon/organizations.js';
import type { Sentence, Tok } from './types.js';
import {
  isPersonNoun,
  GENERIC,
  isCompoundModifier,
  isWord,
  PREPOSITIONS,
  CLAUSE_VERBS,
  isFunctionWord,
  ADVERBS,
  BOUNDARY,
  CLOSING_QUOTES,
  CLAUSE_OPENERS,
  isCapitalised,
  isOrdinal,
  isPossessiveMark,
  NAME_TITLES,
} from './words.js';
import { walkLeft, isLoneName, endsDateline, isAdjectiveForm } from './heads.js';
import { slice } from './tokens.js';

/**
 * The lead's unnamed subject. News often opens on a description and names the person in the next
 * sentence: "A former nurse has admitted ... . Jane Roe refused ...", "The sister of X
 * has quit the band ... . Tessa Bale, 41, said ...", "X was sued last week by a Danish actor
 * who says ... . Ivo Brandt alleges ...". The description is a noun phrase headed by a person
 * noun (not "man" or "woman", which say nothing) that either opens the sentence as its subject,
 * with a verb after it, or is introduced by "a" and followed by "who". Given without its article.
 */
export function ledeDescription(s: Sentence): string | null {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (!w || w.cap || s.owner[i] !== -1 || !isPersonNoun(w.text) || GENERIC.has(w.lower)) continue;
    // An auxiliary is a verb, though WordNet lists a few as nouns of people ("the haves").
    if (CLAUSE_VERBS.has(w.lower)) continue;
    const start = walkLeft(s, i);
    const article = t[start - 1]?.lower ?? '';
    // "The sister of ex-footballer Y": one short "of" phrase may follow the head.
    let end = i + 1;
    if (t[end]?.lower === 'of') {
      let k = end + 1;
      while (
        k < t.length &&
        k - end <= 5 &&
        (t[k]?.cap ||
          DETERMINERS.has(t[k]?.lower ?? '') ||
          isPersonNoun(t[k]?.text ?? '') ||
          isModifier(t[k]?.text ?? '') ||
          isCompoundModifier(t[k]))
      )
        k++;
      if (k > end + 1) end = k;
    }
    const next = t[end];
    // At the sentence's start, or right after its dateline ("WESTPORT 2024-05-17 A nurse ...").
    const opens =
      (article === '' && (start === 0 || endsDateline(s, start - 1))) ||
      (DETERMINERS.has(article) && (start === 1 || endsDateline(s, start - 2)));
    // "The Norland socialist party's bureau": a noun with its possessive after the person noun is
    // what the phrase is about, and the person noun qualifies it.
    const subject =
      opens &&
      isWord(next) &&
      !next?.cap &&
      !PREPOSITIONS.has(next?.lower ?? '') &&
      next?.lower !== 'and' &&
      !isPossessiveMark(t[end + 1]);
    const introduced = (article === 'a' || article === 'an') && next?.lower === 'who';
    if (subject || introduced) return slice(s, start, end);
  }
  return null;
}

/**
 * A description that names one office rather than any member of a group: its head is a capitalised
 * title ("the Prime Minister") or the holder of an office there is one of ("the chancellor", "the
 * mayor", "the coach"), or a modifier or proper noun qualifies it ("the chief executive", "the
 * Acme boss"), where "the official" or "the spokesman" could be anyone.
 */
function isOffice(s: Sentence, from: number, head: number): boolean {
  if (s.tokens[head]?.cap || isSingleOffice(s.tokens[head]?.lower ?? '')) return true;
  for (let k = from; k < head; k++) {
    const w = s.tokens[k];
    if (w && (w.cap || isModifier(w.lower))) return true;
  }
  return false;
}

interface Description {
  /** Token index of its "the". */
  start: number;
  head: number;
  /** Token index past it: past the head, or past its place ("the senator from Norland"). */
  end: number;
  /** As written, without "the" or an age ("the 61-year-old finance minister" → "finance minister"). */
  text: string;
  /** It names one office ("the Prime Minister", "the chief executive"), not any member of a group. */
  office: boolean;
  /**
   * A bare description that speaks ("the manager said"): as often someone the article never names
   * (of a shop or a bar as much as of a club), so it refers back to no one.
   */
  bareSpeaker?: boolean;
  /**
   * It speaks after a comma, ending a reported clause ("X is careless, the deputy mayor
   * said"): a name in that clause is what is reported on, seldom the speaker.
   */
  reports?: boolean;
}

/**
 * Frequent irregular past forms, which no ending shows ("the senator lost", "the minister
 * spoke"): general English, written by hand.
 */
const IRREGULAR_PASTS = new Set(
  `became began bought brought built came cast caught chose drew drove fell felt fought found gave
got grew heard held hit hung kept knew led left lent let lost made meant met paid put quit ran
rang read rode rose ran sang sat saw sent set shook shot sold sought spent split spoke stood stole
struck swore took taught thought threw understood went won wore wrote`.split(/\s+/),
);

/** A word that can be a finite verb by its form: an auxiliary, a saying verb, a past form, a negated auxiliary. */
function finiteByForm(lower: string): boolean {
  return (
    CLAUSE_VERBS.has(lower) ||
    isSayingVerb(lower) ||
    IRREGULAR_PASTS.has(lower) ||
    (lower.endsWith('ed') && lower.length > 3) ||
    /n['’]t$/.test(lower)
  );
}

/**
 * Does a finite verb start at `j`, so that the description before it is the clause's subject?
 * An auxiliary, a saying verb or a past form ("declined", "lost"), past an adverb ("also
 * said", "quickly denied"); an -s form ("wants", "enjoys") unless a verb follows it, when it is
 * a plural noun ("the absentee ballots are"). Anything else is most often a noun the description
 * qualifies ("the parent company", "the great recession", "the terrorist group"), which no list of
 * person nouns can tell apart.
 */
export function verbLike(t: readonly Tok[], j: number): boolean {
  let k = j;
  // "the minister herself took", "the senator only narrowly lost": past a reflexive and two adverbs.
  if (REFLEXIVES.has(t[k]?.lower ?? '')) k++;
  for (let n = 0; n < 2 && isAdverb(t[k]?.lower ?? ''); n++) k++;
  const w = t[k];
  if (!w || !isWord(w) || w.cap) return false;
  const lower = w.lower;
  if (finiteByForm(lower)) return true;
  if (!/[^su]s$/.test(lower) || lower.length < 4) return false;
  const after = t[k + 1]?.lower ?? '';
  const afterNext = t[k + 2];
  // "the terrorist attacks of ...": a plural noun before its "of" phrase, which verbs seldom take.
  if (after === 'of') return false;
  // "the relative calm ... the relative doldrums also deprive": a plural noun, an adverb, then the
  // verb in lower case; a verb's adverb is followed by its object's article or "to" instead.
  const verbAfterAdverb =
    isAdverb(after) &&
    afterNext !== undefined &&
    isWord(afterNext) &&
    !afterNext.cap &&
    !isFunctionWord(afterNext.lower);
  return !finiteByForm(after) && !verbAfterAdverb;
}

const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);
const VERB_ADVERBS = new Set([
  'only',
  'just',
  'never',
  'already',
  'even',
  'again',
  'first',
  'finally',
  'later',
]);

/** An adverb that may stand between a subject and its verb: a listed one or an -ly form. */
function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || VERB_ADVERBS.has(lower) || (lower.endsWith('ly') && lower.length > 4);
}

/** Past what may stand between a subject and its verb: ", 61," or ", who took office last year,". */
function afterSubjectAside(s: Sentence, j: number): number {
  const t = s.tokens;
  if (t[j]?.text !== ',') return j;
  if (/^\d{1,3}$/.test(t[j + 1]?.text ?? '') && t[j + 2]?.text === ',') return j + 3;
  if (t[j + 1]?.lower !== 'who') return j;
  for (let k = j + 2; k < t.length && k <= j + 14; k++) {
    const w = t[k];
    if (!w || s.owner[k] !== -1 || (BOUNDARY.has(w.text) && w.text !== ',')) return j;
    if (w.text === ',') return k + 1;
  }
  return j;
}

/**
 * A lower-case qualifier inside a later description ("the presidential candidate", "the party
 * leader", "the Republican mayoral hopeful"): an adjective by its suffix or a noun that forms
 * compounds with role nouns, as the title reader before a name takes them (walkLeft in heads.ts),
 * and only before another word of the phrase, never as its head. Without it the walk stopped at
 * the qualifier and the description was not read at all. Kept only where a capital qualifies the
 * description too (below). Holds 13 of 14 on all training (PolNeAR 13 of 14, eng.train 0); the
 * wrong one went to the other person a sentence named ("X met with Y. The <party> presidential
 * candidate said"). See ADR 013, session 19.
 */
function isLowerQualifier(w: Tok, next: Tok | undefined): boolean {
  if (w.cap || !next || !isWord(next)) return false;
  return isAdjectiveForm(w.lower) || isNounModifier(w.lower);
}

/** Is a word between `from` and `to` capitalised ("Labour", "GOP", "U.S.")? */
function hasCapital(t: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t[k]?.cap && isWord(t[k])) return true;
  return false;
}

const isAge = (t: Tok | undefined) => t !== undefined && /^\d+-year-old$/.test(t.lower);

/** Definite descriptions that can be a clause's subject: "the coach resigned", "The Dunmore captain entered". */
export function descriptions(s: Sentence): Description[] {
  const out: Description[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]?.lower !== 'the') continue;
    const prev = t[i - 1];
    // The speaker after an inverted verb of saying ('"...," said the prime minister') or after
    // "according to"; else a clause's subject: first in the sentence, or after a comma, a closing
    // quote mark ('"...," the prime minister said') or a word that opens a clause.
    const inverted =
      (prev !== undefined && isSayingVerb(prev.lower)) ||
      (prev?.lower === 'to' && t[i - 2]?.lower === 'according');
    if (
      prev &&
      !inverted &&
      !(prev.text === ',' || CLOSING_QUOTES.has(prev.text) || CLAUSE_OPENERS.has(prev.lower))
    )
      continue;
    // The phrase: names, modifiers, compounds and role nouns, no further than five words. A finite
    // verb ends it, though WordNet lists a few as nouns of people ("the Sixers have" is no "have").
    let j = i + 1;
    // Where the first lower-case qualifier was taken (isLowerQualifier), if one was.
    let qualifier = -1;
    while (j < t.length && j - i <= 5 && (s.owner[j] === -1 || isLoneName(s, j))) {
      const w = t[j];
      const known =
        w !== undefined &&
        (isCapitalised(w) ||
          isModifier(w.text) ||
          isPersonNoun(w.text) ||
          isCompoundModifier(w) ||
          isOrdinal(w));
      const lower = !known && w !== undefined && isLowerQualifier(w, t[j + 1]);
      if (w === undefined || CLAUSE_VERBS.has(w.lower) || !(known || lower)) break;
      if (lower && qualifier === -1) qualifier = j;
      j++;
    }
    // Only in a description a capitalised word qualifies too ("the Labour presidential
    // candidate", "the Republican party leader"): a bare one ("the presidential candidate") went
    // as often to the wrong one of two people (4 of 7 right on all training).
    if (qualifier !== -1 && !hasCapital(t, i + 1, j)) j = qualifier;
    const head = j - 1;
    const w = t[head];
    // "The Labour councillors seeking ...": a plural person noun after the walk's last word is
    // the phrase's head, and the phrase is a group's, never one person's.
    if (isWord(t[j]) && !t[j]?.cap && isPersonNoun(t[j]?.text ?? '', true)) continue;
    // "The senator from Norland said", "the mayor of Westport has": the place or body an office
    // is of, capitalised and no one's name, belongs to the description and tells it apart.
    if (
      (t[j]?.lower === 'from' || t[j]?.lower === 'of') &&
      isCapitalised(t[j + 1]) &&
      s.owner[j + 1] === -1 &&
      !isPersonNoun(t[j + 1]?.text ?? '')
    ) {
      let e = j + 1;
      while (e < t.length && e - j <= 3 && isCapitalised(t[e]) && isWord(t[e]) && s.owner[e] === -1) e++;
      // Only a place or body known as one: "the son of German immigrants" is no office of a place.
      const named = slice(s, j + 1, e);
      const body = lookupPlace(named) !== undefined || lookupOrganization(named) !== undefined;
      if (body || isOrgCueWord(t[e - 1]?.text ?? '')) j = e;
    }
    // A capitalised head is an office only when it is a known title ("the Prime Minister"), and
    // never a noble title, which is part of a name ("the Queen").
    if (
      !w ||
      head <= i ||
      !isPersonNoun(w.text) ||
      GENERIC.has(w.lower) ||
      (w.cap && NAME_TITLES.has(w.lower))
    )
      continue;
    const office = isOffice(s, i + 1, head);
    const end = j;
    // An age describes the person, not the role: "the 61-year-old finance minister".
    const from = isAge(t[i + 1]) && i + 2 <= head ? i + 2 : i + 1;
    // A quote's speaker ('"...," said the United boss') is as often someone other than the
    // person the text just named: only an office named without a club or body refers back.
    const quoted = inverted || CLOSING_QUOTES.has(prev?.text ?? '');
    if (quoted && properWords(s, i + 1, end).length > 0) continue;
    if (inverted) {
      // The speaker ends the clause: only an office, as for any description that speaks.
      const closing = t[j];
      if (office && (!closing || closing.text === ',' || closing.text === '.'))
        out.push({ start: i, head, end, text: slice(s, from, end), office });
      continue;
    }
    // The subject of a verb: what follows (past an age or a relative clause between commas) is a
    // lower-case word that is no preposition or conjunction.
    j = afterSubjectAside(s, j);
    const next = t[j];
    if (
      !next ||
      next.text !== next.lower ||
      !isWord(next) ||
      PREPOSITIONS.has(next.lower) ||
      next.lower === 'and' ||
      !verbLike(t, j)
    )
      continue;
    // "the source added", "the official said": a bare speaking description is as often someone
    // the article never names, so it gives no role to the person named before it. An office
    // ("The Prime Minister said", "the chief executive added", "the Acme boss said") is one
    // person, most often the one just named.
    const speaks =
      isSayingVerb(next.lower) || (ADVERBS.has(next.lower) && isSayingVerb(t[j + 1]?.lower ?? ''));
    // "X is careless, the deputy mayor said": the speaker of a reported clause.
    const reports = speaks && prev?.text === ',';
    out.push({
      start: i,
      head,
      end,
      text: slice(s, from, end),
      office,
      bareSpeaker: speaks && !office,
      reports,
    });
  }
  return out;
}

/** Capitalised words between `from` and `to` (a description's modifiers): "Dunmore" in "the Dunmore captain". */
export function properWords(s: Sentence, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const w = s.tokens[k];
    if (w?.cap && !isPersonNoun(w.text) && !isModifier(w.text)) out.push(w.text);
  }
  return out;
}
