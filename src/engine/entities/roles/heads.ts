/**
 * Walking left from a name: the head noun of the phrase before it, the run of modifiers a title
 * may take ("former deputy head"), and whether a word opens its sentence.
 */

import { afterCapitalisedQualifier } from './capital-qualifiers.js';
import { isModifier, isNounModifier } from '../role-nouns.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { isHonorific, isTitleAbbreviation } from '../../lexicon/titles.js';
import { isOrgCueWord, isTrailingOrgNoun } from '../../lexicon/organizations.js';
import type { Sentence, Tok } from './types.js';
import { qualifyingNameStart } from './qualifying-names.js';
import { compoundQualifierBefore } from './compound-qualifiers.js';
import { isStatusParticipleBefore } from './status-participles.js';
import { isProspectOf } from './prospects.js';
import { isThen } from './tokens.js';
import {
  MAX_CAPITALS,
  isPersonNoun,
  isCompoundModifier,
  isOrdinal,
  CLAUSE_VERBS,
  PREPOSITIONS,
  isPossessiveMark,
  isCapitalised,
  isWord,
  isFunctionWord,
  MAX_BODY_CAPITALS,
  NAME_TITLES,
} from './words.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Walks left from a role's head noun (at `head`) over what may qualify it: modifiers, other role
 * nouns ("pensions specialist" aside), compounds, ordinals, a coordinated second noun ("president
 * and CEO"), a short capitalised name ("Riverton", "US State Department") and possessives
 * ("Riverton's new chairman"). Returns the index the role starts at.
 */
export function walkLeft(s: Sentence, head: number): number {
  const t = s.tokens;
  let k = head;
  let capitals = 0;
  // Once a word such as "Committee" or "News" shows the capitals to be a body's name, the name may
  // run longer ("Westland News Channel Harbour House correspondent", "Norland Senate Fisheries
  // Committee chairman"); capitals that show no body are as often a headline run into the sentence.
  let bodyName = false;
  // Left of a possessor's name ("club Dunmore's president"), a lower-case word qualifies the
  // possessor, not the role: only a title of the possessor ("nominee Ann Vale's wife", "former
  // Gov. Vale's aide") belongs to the role, so a plain word there ends it until a title is met.
  let pastPossessor = false;
  while (k > 0) {
    const w = t[k - 1];
    if (!w) break;
    if (isThen(w)) {
      // "then-Sen.", "Norland's then-governor": the time the title was held, kept as written.
      k--;
      continue;
    }
    if (s.owner[k - 1] !== -1) {
      // A one-word "name" right before the role's words qualifies them ("Wayward Dunmore
      // striker" where the club was taken for a person); a longer name is someone else.
      if (isLoneName(s, k - 1)) {
        if (++capitals > MAX_CAPITALS) break;
        k--;
        continue;
      }
      // "former Ann Vale aide X", "a Piet Arnolds pollster X": a whole name right before a
      // lower-case head qualifies it as a lone one does (names.ts says which).
      const start = k === head ? qualifyingNameStart(s, k - 1) : -1;
      if (start === -1) break;
      capitals++;
      k = start;
      continue;
    }
    // "former Norland Lt. Gov. X", "retired Lt. Gen. X": the first part of a two-part abbreviated
    // title, with its dot, so that what qualifies the whole title is read too.
    if (
      w.text === '.' &&
      s.owner[k - 2] === -1 &&
      isCapitalised(t[k - 2]) &&
      isTitleAbbreviation(t[k - 2]?.text ?? '')
    ) {
      k -= 2;
      continue;
    }
    // "convicted rapist X", "ousted campaign manager X": see status-participles.ts. The walk
    // ends there: a noun before the participle is as often its subject ("the party ousted ...").
    if (isStatusParticipleBefore(s, k) && !pastPossessor) {
      k--;
      break;
    }
    // "likely Democratic nominee X", "eventual race winner X": see prospects.ts.
    if (!w.cap && s.owner[k - 1] === -1 && !pastPossessor && isProspectOf(w.lower, t[head]?.lower ?? '')) {
      k--;
      continue;
    }
    // "civil rights activist", "fast bowler": see compound-qualifiers.ts.
    const compound = compoundQualifierBefore(s, k);
    if (compound > 0 && !pastPossessor) {
      k -= compound;
      continue;
    }
    const lowerCase = w.text === w.lower;
    const qualifies =
      isModifier(w.text) ||
      isPersonNoun(w.text) ||
      isCompoundModifier(w) ||
      isOrdinal(w) ||
      isAdjectiveForm(w.lower) ||
      // A noun in -s ("doubles champion", "hurdles champion") qualifies a lower-case word after it;
      // before a capital it is a verb's -s form ("doubles Norland Sen. X's share").
      (isNounModifier(w.lower) && !(t[k]?.cap === true && w.lower.endsWith('s')));
    if (lowerCase && qualifies) {
      if (DETERMINERS.has(w.lower) || CLAUSE_VERBS.has(w.lower) || PREPOSITIONS.has(w.lower)) break;
      if (pastPossessor && !isPersonNoun(w.text)) break;
      pastPossessor = false;
      // "Y accused former President X": the verb before a title is no part of it.
      if (isParticipleNoun(w)) break;
      k--;
    } else if (
      (w.lower === 'and' || w.text === '&' || w.text === '/') &&
      k - 2 >= 0 &&
      s.owner[k - 2] === -1 &&
      (isHeadBefore(s, k - 2, false) || isAbbreviatedTitleEnd(t, k - 2))
    ) {
      // "president and CEO", and "Author and broadcaster X" opening a sentence; "former Norland
      // Gov. and party chairman X": an abbreviated title, walked on from its dot.
      k -= 2;
    } else if (isPossessiveMark(w) && isCapitalised(t[k - 2])) {
      // "Reid's lawyer", "Riverton's new chairman": a possessor's name, whole.
      k -= 2;
      const owner = s.owner[k];
      while (owner !== undefined && owner !== -1 && k > 0 && s.owner[k - 1] === owner) k--;
      // "Ms. Lind's spokesman": the possessor's honorific goes with the name.
      if (t[k - 1]?.text === '.' && isHonorific(t[k - 2]?.text ?? '')) k -= 2;
      else if (isHonorific(t[k - 1]?.text ?? '')) k--;
      capitals++;
      pastPossessor = !isHonorific(t[k]?.text ?? '');
    } else if (isPossessiveMark(w) && isWord(t[k - 2]) && DETERMINERS.has(t[k - 3]?.lower ?? '')) {
      // "the charity's director", "the company's chief executive": a common noun possessor after its article.
      k -= 2;
    } else if (isBracketedAcronym(t, k - 1) && isCapitalised(t[k - 4]) && s.owner[k - 4] === -1) {
      // "Farmers' Union (FU) chairman X": a body's acronym in brackets after its name is part of
      // the body the role names.
      k -= 3;
    } else if (w.text === 'Under' && isCapitalised(t[k]) && !opensSentence(s, k - 1)) {
      // "Under Secretary of State X": the title "undersecretary" written in two words; a capital
      // mid-sentence is no preposition.
      k--;
    } else if (!lowerCase && isWord(w) && !isHonorific(w.text) && !isFunctionWord(w.lower)) {
      if (isPersonNoun(w.text)) pastPossessor = false;
      if (isModifier(w.text) || isPersonNoun(w.text)) k--;
      else if (++capitals <= (bodyName ? MAX_BODY_CAPITALS : MAX_CAPITALS)) k--;
      else break;
      if (isOrgCueWord(w.text) || isTrailingOrgNoun(w.text)) bodyName = true;
    } else break;
  }
  // A possessive mark or a sentence's lone capitalised opener ("The") never starts a role, nor
  // does a word that pairs two people ("Both front-runner X and nominee Y", "Neither Mayor X nor").
  while (
    k < head &&
    (isPossessiveMark(t[k]) || DETERMINERS.has(t[k]?.lower ?? '') || PAIRING_WORDS.has(t[k]?.lower ?? ''))
  )
    k++;
  return k;
}

/** Words that pair or share out two people named after them, no part of either's role. */
const PAIRING_WORDS = new Set(['both', 'either', 'neither', 'each']);

/** "(FU)" or "(Interior)" ending at `k`: an acronym or a capitalised word glossing the name in brackets. */
function isBracketedAcronym(t: readonly Tok[], k: number): boolean {
  return (
    t[k]?.text === ')' &&
    t[k - 2]?.text === '(' &&
    /^\p{Lu}(?:\p{Lu}{1,5}|\p{Ll}+)$/u.test(t[k - 1]?.text ?? '')
  );
}

/** The dot that ends an abbreviated title ("Gov.", "Sen."): a capitalised person noun before it. */
function isAbbreviatedTitleEnd(t: readonly Tok[], k: number): boolean {
  return t[k]?.text === '.' && isCapitalised(t[k - 1]) && isPersonNoun(t[k - 1]?.text ?? '');
}

/**
 * A lower-case person noun in -ed that is also a past tense ("accused"): before a name it is
 * most often the verb of the clause. Qualifiers in -ed ("retired") are modifiers, and "seed" is
 * no past tense.
 */
export function isParticipleNoun(w: Tok): boolean {
  return !w.cap && /[^e]ed$/.test(w.lower) && !isModifier(w.text) && !w.text.includes('-');
}

/**
 * Adjectives by their derivational suffix, which English keeps for adjectives: "presidential
 * candidate", "congressional leader", "economic adviser", "legendary coach", "famous chef".
 * Only suffixes that nouns and verbs seldom end in: not "-al" alone ("tutorial", "rival",
 * "reveal") nor "-ish" ("publish", "finish"). A noun that slips through ("music teacher",
 * "documentary maker") qualifies the role just as well.
 */
export function isAdjectiveForm(lower: string): boolean {
  if (lower.length < 6 || !/^[a-z]+$/.test(lower)) return false;
  // "-tive" in words of eight letters or more ("presumptive nominee", "legislative director",
  // "investigative reporter"): the verbs in -ive are shorter ("arrive", "strive").
  if (lower.length >= 8 && lower.endsWith('tive')) return true;
  return /(?:ential|ional|ical|ic|ous|ary)$/.test(lower);
}

/** Is the token at `k` a whole one-word name (a capitalised word the entity stage took for a person)? */
export function isLoneName(s: Sentence, k: number): boolean {
  const owner = s.owner[k];
  return (
    owner !== undefined &&
    owner !== -1 &&
    s.owner[k - 1] !== owner &&
    s.owner[k + 1] !== owner &&
    s.tokens[k]?.cap === true
  );
}

/** A lone capital, with or without its dot: an initial of the name ("J R Hollis", "J. K. Rowling"). */
const isInitial = (t: Tok | undefined) => t?.cap === true && t.text.length === 1;

/** Initials written together ("A.E.", "J.R."), one token. */
const isJoinedInitials = (t: Tok | undefined) => t?.cap === true && DOTTED_INITIALS.test(t.text);

/**
 * Index of the role head right before a name, past an honorific ("heart specialist Dr. X")
 * and past initials the name was found without ("patron J R Hollis" when the name is "Hollis").
 */
export function headBefore(s: Sentence, at: number): number {
  let k = at - 1;
  while (
    k > 0 &&
    s.owner[k] === -1 &&
    (isInitial(s.tokens[k]) ||
      isJoinedInitials(s.tokens[k]) ||
      (s.tokens[k]?.text === '.' && isInitial(s.tokens[k - 1])))
  )
    k -= s.tokens[k]?.text === '.' ? 2 : 1;
  if (s.tokens[k]?.text === '.' && isHonorific(s.tokens[k - 1]?.text ?? '')) k -= 2;
  // An honorific is written with a capital; in lower case it is a noun and heads the role ("first
  // lady X", "former first lady X": 5 of the 6 lower-case honorifics before a name on train), save
  // "miss", a verb in lower case ("fans miss X", the sixth).
  else if ((s.tokens[k]?.cap || s.tokens[k]?.lower === 'miss') && isHonorific(s.tokens[k]?.text ?? '')) k--;
  // "his daughter Princess Adela": the noble title is part of the name, the role comes before it.
  else if (
    s.tokens[k]?.cap &&
    NAME_TITLES.has(s.tokens[k]?.lower ?? '') &&
    isPersonNoun(s.tokens[k - 1]?.text ?? '')
  )
    k--;
  return k;
}

/**
 * A sentence's first word, or the first after a colon or an opening quote, is capitalised whatever
 * it is: "Witness Omar Haddad told ..." has the common noun "witness" before the name.
 */
export function opensSentence(s: Sentence, k: number): boolean {
  const prev = s.tokens[k - 1];
  return (
    prev === undefined ||
    prev.text === ':' ||
    prev.text === '‘' ||
    prev.text === '“' ||
    prev.text === '"' ||
    endsDateline(s, k - 1)
  );
}

/**
 * A dateline the story runs on from ("WESTPORT 2024-05-17 Winger X", "WESTPORT, Norland — Analyst
 * X said", "WESTPORT (Wire) — A nurse ..."): its date, or a dash after a capitalised place or the
 * agency's bracket, opens the story's first sentence, as a bullet's dash opens its line.
 */
export function endsDateline(s: Sentence, k: number): boolean {
  const w = s.tokens[k];
  if (!w) return false;
  if (/^\d{4}-\d\d-\d\d$/.test(w.text)) return true;
  // A dash opening the sentence is a list's bullet ("- Analyst X said"); "WESTPORT (Wire) —"
  // closes the agency's bracket before its dash.
  const before = s.tokens[k - 1];
  return (
    (w.text === '—' || w.text === '–' || w.text === '-') &&
    (k === 0 || isCapitalised(before) || (before?.text === ')' && isCapitalised(s.tokens[k - 2])))
  );
}

/** The head before a name is a person noun: as written, or in lower case where capitals say nothing. */
export function isHeadBefore(s: Sentence, k: number, plural: boolean): boolean {
  const w = s.tokens[k];
  if (!w) return false;
  return (
    isPersonNoun(w.text, plural) ||
    (w.cap && opensSentence(s, k) && isPersonNoun(w.lower, plural)) ||
    // Never straight after an article: "a model X built" is a thing X made.
    (!plural &&
      TITLE_POSITION_NOUNS.has(w.cap && opensSentence(s, k) ? w.lower : w.text) &&
      !DETERMINERS.has(s.tokens[k - 1]?.lower ?? '')) ||
    (!plural && isQualifiedCapitalNoun(s, k))
  );
}

/**
 * "Public Advocate X", "Senior Investigative Correspondent X", "Chief Accountant X": a capitalised
 * person noun that the title list lacks heads a title when a qualifier of roles stands before it
 * (a modifier such as "chief", an adjective by its suffix, or a capitalised title). Alone, a
 * capitalised "Hunter" or "Mason" before a name is as often a given name or a surname.
 */
function isQualifiedCapitalNoun(s: Sentence, k: number): boolean {
  const w = s.tokens[k];
  const prev = s.tokens[k - 1];
  if (!w?.cap || !prev || !isWord(prev) || s.owner[k - 1] !== -1) return false;
  if (!CAPITALISED_WORD.test(w.text) || !isPersonNoun(w.lower)) return false;
  return (
    isModifier(prev.lower) ||
    isAdjectiveForm(prev.lower) ||
    (prev.cap && isPersonNoun(prev.text)) ||
    afterCapitalisedQualifier(s, k)
  );
}

/**
 * Occupations WordNet ranks below a commoner sense, read as a person only in a title's place, in
 * lower case right before a name (or capitalised where the sentence opens) and not right after an
 * article ("the Norland model X", 4 of 4 on training text): elsewhere "the model" is as often a
 * plan or a product, which a description referring back would give to someone. Rugby's "centre",
 * "lock" and "wing", and football's "libero", likewise ("Norland centre X", "Lock X and wing Y"):
 * elsewhere a place, a thing, a part of a building or a party.
 */
const TITLE_POSITION_NOUNS = new Set(['model', 'centre', 'center', 'lock', 'wing', 'libero']);
