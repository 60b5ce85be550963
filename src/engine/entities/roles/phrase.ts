/**
 * A role phrase as written after a name or a linking verb: where it ends (a clause, a predicate, a
 * time, a saying verb), what qualifies its head, and the asides (an age, a place, a generation
 * suffix) that may stand between a name and its apposition.
 */

import { isTitle } from '../../lexicon/titles.js';
import { DETERMINERS } from '../../lexicon/determiners.js';
import { isSayingVerb } from '../../lexicon/speech.js';
import { isNounModifier, isModifier } from '../role-nouns.js';
import { isGenerationalSuffix } from '../../lexicon/particles.js';
import type { Sentence, Tok } from './types.js';
import {
  isPossessiveMark,
  isWord,
  isFunctionWord,
  isPersonNoun,
  BOUNDARY,
  PREPOSITIONS,
  RELATIVES,
  GENERIC,
  CLAUSE_VERBS,
  RELATIVE_TIMES,
  TIME_NOUNS,
  TIME_WORDS,
  DEICTIC_DAYS,
  isCapitalised,
  isCompoundModifier,
  isOrdinal,
  isPluralRole,
  NAME_TITLES,
  ROLE_PREPOSITIONS,
  CLAUSE_PREPOSITIONS,
  opensRoleHead,
  TRAILING,
  ADVERBS,
} from './words.js';
import { reducedClauseAt, reducedClauseStart } from './participles.js';
import { pastTownState } from './town-state.js';
import { endsHeadAtTime, opensTimePhrase } from './time-phrases.js';
import { isThen, slice } from './tokens.js';
import { isTopicOn } from './topic-phrase.js';
import { joinsObjectWords } from './conjoined-objects.js';
import { isWorkplaceAt } from './workplace-phrase.js';

/**
 * Is the name at `k` followed, within three lower-case words, by a person noun that ends a noun
 * phrase (punctuation, a preposition or the sentence's end after it)? Then it modifies that noun.
 */
function qualifiesHead(s: Sentence, k: number): boolean {
  const t = s.tokens;
  const owner = s.owner[k];
  let j = k;
  while (j < t.length && s.owner[j] === owner) j++;
  // "X, Vale's deputy campaign manager,": a possessor's name qualifies the head as well, and
  // after it a capitalised qualifier may too ("Vale's Coastal outreach director"); the head is lower case.
  const possessor = isPossessiveMark(t[j]);
  if (possessor) j++;
  for (let n = 0; n < 4; n++, j++) {
    const w = t[j];
    if (!w || !isWord(w) || isFunctionWord(w.lower) || s.owner[j] !== -1) return false;
    if (w.cap) {
      if (possessor && !isTitle(w.text)) continue;
      return false;
    }
    // "X, the Vale campaign's chairman,": a noun after the name owns the head in turn.
    if (!possessor && isPossessiveMark(t[j + 1]) && !isPersonNoun(w.text)) {
      j++;
      continue;
    }
    const after = t[j + 1];
    const ends =
      after === undefined ||
      BOUNDARY.has(after.text) ||
      after.text === '.' ||
      PREPOSITIONS.has(after.lower) ||
      RELATIVES.has(after.lower) ||
      // "X, a Brio customer based in Westport,": a reduced relative clause after the head.
      reducedClauseAt(s, j + 1) ||
      // "who was Vale's chief strategist and later senior adviser": a second role may follow.
      after.lower === 'and';
    if (ends && isPersonNoun(w.text) && !GENERIC.has(w.lower)) return true;
  }
  return false;
}

/**
 * Does what follows "and" at `k` start a second predicate ("and owns a stake", "and widely
 * considered the leader") rather than a second role ("and chief executive", "and healthcare
 * businessman", "and a keen cyclist")? A role is a person noun within three words, with only
 * lower-case qualifiers (and an article first) before it.
 */
function startsPredicate(s: Sentence, k: number): boolean {
  const t = s.tokens;
  let j = k;
  if (DETERMINERS.has(t[j]?.lower ?? '')) j++;
  // "Hartley and Moorside Football Club": a capital goes on a name.
  if (t[j]?.cap) return false;
  for (const end = j + 3; j < end; j++) {
    const w = t[j];
    if (!w || !isWord(w) || s.owner[j] !== -1 || CLAUSE_VERBS.has(w.lower) || DETERMINERS.has(w.lower))
      return true;
    if (isPersonNoun(w.text) || (w.cap && isPersonNoun(w.lower))) return false;
    if (PREPOSITIONS.has(w.lower)) return true;
  }
  return true;
}

/** Words that rank someone in an event when the noun after them takes an infinitive ("the first rower to"). */
const RANK_OPENERS = new Set('first only last second third fourth fifth next latest'.split(' '));

/**
 * A verb of saying whose comma was left out before it ("X, president of Y stated, "..."", "X, a
 * spokesman for Y said."): lower case, then a comma, a colon, a quote mark, "that" or the end.
 */
function isBareSayingVerb(s: Sentence, k: number): boolean {
  const w = s.tokens[k];
  if (!w || w.cap || !isSayingVerb(w.lower)) return false;
  const next = s.tokens[k + 1];
  if (!next) return true;
  return (
    next.text === ',' ||
    next.text === ':' ||
    next.text === '“' ||
    next.text === '"' ||
    next.lower === 'that' ||
    (next.text === '.' && k + 1 === s.tokens.length - 1)
  );
}

/** The end of a noun phrase starting at `from`: the next punctuation, relative pronoun or finite verb. */
function phraseEnd(s: Sentence, from: number): number {
  let k = from;
  let afterPreposition = false;
  while (k < s.tokens.length) {
    const w = s.tokens[k];
    // "a nurse from Larkin, Texas,": the town's state is part of the place (town-state.ts).
    const state = afterPreposition ? pastTownState(s, k) : -1;
    if (state !== -1) {
      k = state;
      continue;
    }
    if (!w || BOUNDARY.has(w.text) || RELATIVES.has(w.lower) || CLAUSE_VERBS.has(w.lower)) break;
    if (k > from && isBareSayingVerb(s, k)) break;
    if (w.text === '.' && k === s.tokens.length - 1) break;
    if (w.text === '-' && k > from) break;
    // "the club's chairman and owns a stake": "and" before a verb starts a second predicate;
    // "president and chief executive", "a teacher and a mother" go on.
    // "vice president for sales and marketing": inside the role's phrase, two fields joined.
    const joined = afterPreposition && w.lower === 'and' && joinsObjectWords(s, k);
    if (w.lower === 'and' && k > from && !joined && startsPredicate(s, k + 1)) break;
    const owner = s.owner[k] ?? -1;
    if (owner !== -1) {
      // Another person's name ends the phrase ("his friend, X, Y"), unless it is the object of
      // the role's preposition ("adviser to Vice President Ada Vell"): then it ends after it.
      // A capitalised word the entity stage took for a name but that qualifies the head noun
      // ("a Kelso high school student", "chief Asian markets analyst") is part of the phrase.
      if (!afterPreposition && qualifiesHead(s, k)) {
        while (k < s.tokens.length && s.owner[k] === owner) k++;
        continue;
      }
      if (!afterPreposition) break;
      const before = s.tokens[k - 1]?.lower ?? '';
      while (k < s.tokens.length && s.owner[k] === owner) k++;
      // "a spokesman for the Vale campaign": after an article the name qualifies the noun that follows.
      const next = s.tokens[k];
      if (
        before === 'the' &&
        next &&
        isWord(next) &&
        !next.cap &&
        !isFunctionWord(next.lower) &&
        !RELATIVES.has(next.lower)
      )
        continue;
      break;
    }
    if (PREPOSITIONS.has(w.lower)) afterPreposition = true;
    k++;
  }
  return k;
}

/**
 * "last year's", "next season's": a possessive of time is a determiner, as "this year's" is
 * ("X, last year's champion,"), so it opens a role phrase as an article does. Its first word is
 * the one passed, like "this"; the walk then reads "year's champion" as it reads "year's" after
 * "this".
 */
function isTimePossessor(t: readonly Tok[], k: number): boolean {
  return (
    RELATIVE_TIMES.has(t[k]?.lower ?? '') &&
    TIME_NOUNS.has(t[k + 1]?.lower ?? '') &&
    isPossessiveMark(t[k + 2])
  );
}

/**
 * A role-describing noun phrase from `from` ("the US envoy for Iran", "landlord of the pub in X"):
 * it opens with an article, a modifier, a role noun, a name or a possessive, its head (the last
 * word before its first preposition) is a person noun, and it is cut before a second
 * prepositional phrase so that it stays short.
 */
export function rolePhrase(s: Sentence, from: number, plural = false): string | null {
  const t = s.tokens;
  let start = from;
  if (DETERMINERS.has(t[start]?.lower ?? '') || t[start]?.lower === 'another' || isTimePossessor(t, start))
    start++;
  let end = phraseEnd(s, start);
  // "chief executive last year", "manager this season": a time with no preposition ends the role.
  for (let k = start + 1; k < end; k++) {
    const w = t[k]?.lower ?? '';
    const next = t[k + 1]?.lower ?? '';
    const timed = RELATIVE_TIMES.has(w) && (TIME_NOUNS.has(next) || TIME_WORDS.test(next));
    // "a seat on Harbour Today's board": a capitalised day word after a capital is part of a name.
    const named = t[k]?.cap === true && t[k - 1]?.cap === true;
    if (timed || (DEICTIC_DAYS.has(w) && !named)) {
      end = k;
      break;
    }
  }
  // "a Harbour Board engineer overseeing the dredging": a participle after the head noun starts a
  // reduced relative clause, which is no part of the role.
  // Only after an article ("X, partner expecting twins" in a headline is two subjects), and
  // only a participle with an object ("a master of ballot counting." is a noun).
  for (let k = start + 1; k < end && start > from; k++) {
    const w = t[k];
    const prev = t[k - 1];
    if (!w || !prev || w.cap) continue;
    // "a broker based in Westport", "an engineer then working for the ministry": the same clause
    // opened by a past participle, or by a participle after an adverb (participles.ts).
    const reduced = reducedClauseStart(s, k, start);
    if (reduced !== -1) {
      const first = t[start]?.lower ?? '';
      if (RANK_OPENERS.has(first) || (first.endsWith('est') && first.length > 4)) return null;
      end = reduced;
      break;
    }
    // "the envoy responsible for the islands", "a lawyer familiar with the case", "an aide close
    // to the mayor": an adjective with its complement after the head, as a participle.
    const adjective = POSTPOSED_ADJECTIVES.has(w.lower) && PREPOSITIONS.has(t[k + 1]?.lower ?? '');
    if (!adjective && (!w.lower.endsWith('ing') || w.lower.length < 6)) continue;
    if (isPersonNoun(w.lower) || isModifier(w.lower)) continue;
    // An -ing form that qualifies a role noun ("running mate", "founding member") does so only
    // before one: "a candidate running on his record" is a participle with its phrase.
    if (isNounModifier(w.lower) && isPersonNoun(t[k + 1]?.lower ?? '')) continue;
    if (!isWord(t[k + 1])) continue;
    if (!prev.cap && isPersonNoun(prev.lower) && !isModifier(prev.lower)) {
      // "the only skipper sailing in ...", "the oldest rower seeking ...": a rank, no role.
      const first = t[start]?.lower ?? '';
      if (RANK_OPENERS.has(first) || (first.endsWith('est') && first.length > 4)) return null;
      end = k;
      break;
    }
  }
  if (end - start < 1) return null;
  // A title that runs into a name is that name's ("X, Prime Minister Y and Z", "Unlike X, veteran
  // team owner Y voted no"), not an appositive: with no article, a role noun before a
  // name is written as that name's title, in lower case too.
  if ((s.owner[end] ?? -1) !== -1 && start === from) return null;
  const first = t[start];
  if (!first) return null;
  let headEnd = end;
  for (let k = start + 1; k < end; k++) {
    // "the club's coach until last season": a preposition of time ends the head's search too (time-phrases.ts).
    if (PREPOSITIONS.has(t[k]?.lower ?? '') || endsHeadAtTime(s, k)) {
      if (insideBodyName(s, k, end)) continue;
      headEnd = k;
      break;
    }
  }
  const opens =
    start > from ||
    isModifier(first.text) ||
    isPersonNoun(first.text, plural) ||
    isCapitalised(first) ||
    isCompoundModifier(first) ||
    isOrdinal(first) ||
    adjectiveOpens(s, start, headEnd);
  if (!opens) return null;
  const head = t[headEnd - 1];
  // After a comma the role may be written with capitals ("X, Chief Executive of Y,"): the head is
  // looked up in lower case; other people's names have already ended the phrase.
  // A list's appositive is plural ("both nurses"): its head must be a plural role.
  const isHead = (w: Tok) => (plural ? isPluralRole({ ...w, text: w.lower }) : isPersonNoun(w.lower));
  // A long run is a role only when its head comes early and the run is cut to a short phrase below
  // (a caption glued to the next sentence: "his post as Riverton coach at the close of the year
  // Northam club captain X says ...").
  if (end - start > 14 && headEnd - start > 6) return null;
  if (!head || !isHead(head) || GENERIC.has(head.lower) || NAME_TITLES.has(head.lower)) return null;
  // "X, accused of theft," and "the teen accused of shooting": WordNet's people in -ed ("accused",
  // "wounded", "deceased") are participles before a preposition, which say what was done to X. The
  // role is the noun before the participle, if there is one.
  let last = end;
  if (head.lower.endsWith('ed') && headEnd < end) {
    if (headEnd - 2 < start || !isPersonNoun(t[headEnd - 2]?.lower ?? '')) return null;
    last = headEnd - 1;
  }
  // A lone capitalised word after the comma is most often the next name of a list ("X, Smith and
  // Y"); a title is a role when its "of" or "for" phrase follows ("X, MP for Eastham,").
  if (
    headEnd - start === 1 &&
    isCapitalised(head) &&
    start === from &&
    !(isPersonNoun(head.text) && ROLE_PREPOSITIONS.has(t[headEnd]?.lower ?? ''))
  )
    return null;
  // One "of", "for", "to", "at", "in" or "from" phrase belongs to the role ("envoy for Iran");
  // a second one, or any other ("on Friday"), is the sentence going on. "With" belongs to the role
  // only before a named body ("an analyst with Moody's"), not a description ("with a reputation").
  let cut = last;
  let preps = 0;
  // Where the role's first phrase opened: a workplace "at" may follow it (workplace-phrase.ts).
  let firstPrep = -1;
  // Where a workplace "at" was kept, if one was: it is given up before the role runs too long.
  let workplace = -1;
  // Where a second role joined by "and" starts: the first alone is kept when both are too long.
  let conjunct = -1;
  for (let k = headEnd; k < last; k++) {
    const w = t[k]?.lower ?? '';
    // "coach of the Hawks following the club's poor start", "despite ...": a clause's preposition.
    if (CLAUSE_PREPOSITIONS.has(w)) {
      cut = k;
      break;
    }
    // "president of Acme and chairman of the Harbour Board": a second role joined by "and"
    // has its own phrase.
    if (w === 'and' && preps > 0 && opensRoleHead(t, k + 1)) {
      preps = 0;
      conjunct = k;
      continue;
    }
    // "coach for ten years", "a lobbyist in the 1990s", "minister until last year": when the role
    // was held, not what it is (time-phrases.ts).
    if (opensTimePhrase(s, k)) {
      cut = k;
      break;
    }
    if (!PREPOSITIONS.has(w)) continue;
    const object = DETERMINERS.has(t[k + 1]?.lower ?? '') ? t[k + 2] : t[k + 1];
    // "director of the Union of Coastal Towns", "professor at University of Eastbrook": an
    // "of" between capitalised words past the role's own phrase is inside a proper name.
    // "for" likewise ("co-director of the Institute for Tidal and Estuary Studies", "a
    // freight analyst at the Bureau for Canal Safety"), where the body's name is capitalised on
    // both sides.
    if (
      (w === 'of' || w === 'for') &&
      k > headEnd &&
      isCapitalised(t[k - 1]) &&
      isCapitalised(object) &&
      isWord(object) &&
      (w === 'of' || object === t[k + 1])
    )
      continue;
    // "in 1990", "in March", "at the end of the season", "at a Tuesday news conference": a time,
    // not part of the role.
    const timed =
      /^\d/.test(t[k + 1]?.text ?? '') ||
      TIME_WORDS.test(t[k + 1]?.lower ?? '') ||
      TIME_NOUNS.has(object?.lower ?? '') ||
      TIME_WORDS.test(object?.lower ?? '');
    const named = w !== 'with' || object?.cap === true;
    // "adviser to the minister", "assistant to X"; "a manager to help out" is an infinitive.
    const after = t[k + 1];
    const infinitive =
      w === 'to' &&
      after !== undefined &&
      isWord(after) &&
      !after.cap &&
      !DETERMINERS.has(after.lower) &&
      !isModifier(after.text) &&
      !isPersonNoun(after.text) &&
      !isCompoundModifier(after) &&
      !isThen(after);
    if (infinitive) {
      // "X was the first rower to cross the line", "X, the only councillor to abstain,": a rank
      // in an event, not a role.
      if (RANK_OPENERS.has(first.lower)) return null;
      cut = k;
      break;
    }
    const ownPhrase = ROLE_PREPOSITIONS.has(w) || isTopicOn(s, k, headEnd, start);
    preps++;
    const at = preps === 2 && isWorkplaceAt(s, k, firstPrep);
    if (!ownPhrase || (preps === 2 && !at) || preps > 2 || timed || !named) {
      cut = k;
      break;
    }
    if (preps === 1) firstPrep = k;
    if (at) workplace = k;
  }
  // "a leader of Ann Vale's allotment society", "host of WQRT's 'Harbour Hour'": a role never
  // ends on a possessor. The possessed noun phrase goes with it when it is a few lower-case words
  // (or a year) that end the phrase; else the prepositional phrase is left out ("host").
  if (isPossessiveMark(t[cut - 1]) && cut - 1 > headEnd) cut--;
  if (isPossessiveMark(t[cut]) && cut > headEnd) {
    let j = cut + 1;
    while (
      j < t.length &&
      j - cut <= 3 &&
      isWord(t[j]) &&
      !t[j]?.cap &&
      !isFunctionWord(t[j]?.lower ?? '') &&
      !RELATIVES.has(t[j]?.lower ?? '') &&
      !/ed$/.test(t[j]?.lower ?? '') &&
      !isSayingVerb(t[j]?.lower ?? '')
    )
      j++;
    const after = t[j];
    const closes =
      after === undefined ||
      BOUNDARY.has(after.text) ||
      after.text === '.' ||
      PREPOSITIONS.has(after.lower) ||
      CLAUSE_VERBS.has(after.lower) ||
      RELATIVES.has(after.lower);
    // "an old neighbour of Ann Vale's, who ...": the possessive ends the phrase itself.
    if (j === cut + 1 && after && (RELATIVES.has(after.lower) || after.text === ',')) cut = j;
    else if (j > cut + 1 && closes) cut = j;
    else {
      let k = cut - 1;
      while (k > headEnd && !PREPOSITIONS.has(t[k]?.lower ?? '')) k--;
      // A second role left without its phrase is no role: the first alone ("pastor of X").
      cut = conjunct > headEnd && k > conjunct ? conjunct : k;
    }
  }
  // Never end on a word that joins to something left out ("a porter and", "a lawyer familiar").
  while (
    cut > start + 1 &&
    (TRAILING.has(t[cut - 1]?.lower ?? '') || POSTPOSED_ADJECTIVES.has(t[cut - 1]?.lower ?? ''))
  )
    cut--;
  // "a professor of law at Westport University and author of ...": a second role after the
  // workplace whose own phrase was cut is left out with it, as the first role is whole.
  if (workplace > 0 && PREPOSITIONS.has(t[cut]?.lower ?? '')) {
    let and = cut - 1;
    // Not an "and" inside the body's name ("at the Centre for Peace and Trade in Westport").
    while (and > workplace && (t[and]?.lower !== 'and' || isCapitalised(t[and + 1]))) and--;
    if (and > workplace) cut = and;
  }
  // Too long: the first role alone, then without its workplace.
  if (cut - start > 14 && conjunct > start) cut = conjunct;
  if (cut - start > 14 && workplace > 0) cut = workplace;
  if (cut - start > 14) return null;
  // As written, article included ("the US envoy for Iran"): the article says whether the role is unique.
  return slice(s, from, cut);
}

/**
 * Is the "of" or "for" at `k` inside a body's name that qualifies the role's head after it ("a
 * University of Norland professor", "a Bank of Vexley analyst")? Capitalised words on both sides,
 * then a lower-case word of the phrase; "Secretary of State" ends with its capitals and keeps its "of".
 */
function insideBodyName(s: Sentence, k: number, end: number): boolean {
  const t = s.tokens;
  const w = t[k]?.lower;
  if ((w !== 'of' && w !== 'for') || !isCapitalised(t[k - 1]) || !isCapitalised(t[k + 1])) return false;
  let j = k + 1;
  while (j < end && j - k <= 4 && isCapitalised(t[j]) && isWord(t[j])) j++;
  const after = t[j];
  return j < end && after !== undefined && isWord(after) && !after.cap && !isFunctionWord(after.lower);
}

/**
 * "X, ranking member of ...", "X, retired teacher,": a bare noun phrase may open with an adjective
 * no list knows. It is taken for one only right before the head noun (one word, or two with a
 * known modifier or role noun between), and only where the phrase then ends or its "of" phrase
 * starts: "X, hugged team-mate Y" is a verb and its object, whose phrase runs into a name.
 */
function adjectiveOpens(s: Sentence, start: number, headEnd: number): boolean {
  const t = s.tokens;
  const first = t[start];
  if (!first || !isWord(first) || first.cap || isFunctionWord(first.lower) || ADVERBS.has(first.lower))
    return false;
  if (headEnd - start < 2 || headEnd - start > 4) return false;
  // "X, wrongly blamed for ...", "was named chief executive": an adverb or a participle makes a
  // clause, not a noun phrase.
  if (first.lower.endsWith('ly') || first.lower.endsWith('ed') || t[headEnd - 1]?.lower.endsWith('ed'))
    return false;
  // The words between qualify the head as nouns do ("emergency room director", "wheat marketing
  // economist"): lower-case words that are no function word, adverb or past form.
  for (let k = start + 1; k < headEnd - 1; k++) {
    const w = t[k];
    if (!w || w.cap || !isWord(w)) return false;
    if (isModifier(w.text) || isPersonNoun(w.text) || isCompoundModifier(w)) continue;
    if (isFunctionWord(w.lower) || ADVERBS.has(w.lower) || /(?:ed|ly)$/.test(w.lower)) return false;
  }
  const after = t[headEnd];
  return (
    after === undefined || BOUNDARY.has(after.text) || after.text === '.' || PREPOSITIONS.has(after.lower)
  );
}

/** After the name: ", 45," ages and "(D-N.Y.)" asides are skipped. */
export function afterAsides(s: Sentence, from: number): number {
  const t = s.tokens;
  let k = from;
  for (;;) {
    // "X II, a onetime lawyer", "X Jr., the founder": a generational suffix the name was found without.
    const suffix = k === from ? generationAt(s, k) : 0;
    if (suffix > 0) {
      k += suffix;
      continue;
    }
    if (t[k]?.text === '(') {
      // A short aside only: the closing bracket within eight tokens.
      let close = k + 1;
      while (close < t.length && close - k <= 8 && t[close]?.text !== ')') close++;
      if (t[close]?.text !== ')' || close - k > 8) return k;
      k = close + 1;
    } else if (
      t[k]?.text === ',' &&
      /^\d{1,3}$/.test(t[k + 1]?.text ?? '') &&
      (t[k + 2]?.text === ',' || t[k + 2]?.text === '(')
    )
      // ", 45," and ", 28 (left),": an age, then maybe a caption's aside.
      k += 2;
    else if (t[k]?.text === ',' && t[k + 1]?.lower === 'pictured' && t[k + 2]?.text === ',')
      // "X, pictured, the former head of Y,": a caption's pointer, as "(pictured)" is.
      k += 2;
    else if (t[k]?.text === ',' && t[k + 1]?.lower === 'of') {
      // "X, 45, of Leeds, a teacher,": where X lives, between commas, before an appositive.
      const place = placeBeforeAppositive(s, k + 1);
      if (place < 0) return k;
      k = place;
    } else if (k === from && t[k]?.lower === 'of') {
      // "Sen. X of Norland, the ranking member of ...,": a lawmaker's state, or anyone's town,
      // straight after the name with no comma before it, as wire copy places it; then the appositive.
      const place = placeBeforeAppositive(s, k);
      if (place < 0) return k;
      k = place;
    } else return k;
  }
}

/**
 * "of Leeds, a teacher": with "of" at `of`, one to three capitalised words no person owns, then a
 * comma and the start of an appositive (a determiner or a person noun). The comma's index, or -1.
 */
function placeBeforeAppositive(s: Sentence, of: number): number {
  const t = s.tokens;
  let end = of + 1;
  while (end < t.length && end - of <= 3 && isCapitalised(t[end]) && s.owner[end] === -1) end++;
  if (end === of + 1 || t[end]?.text !== ',') return -1;
  const next = t[end + 1];
  const appositive = next !== undefined && (DETERMINERS.has(next.lower) || isPersonNoun(next.lower));
  return appositive ? end : -1;
}

/** The tokens of a generational suffix at `k` ("Jr" and its dot, ", Jr.", "II"), or 0. */
function generationAt(s: Sentence, k: number): number {
  const t = s.tokens;
  const comma = t[k]?.text === ',' ? 1 : 0;
  const w = t[k + comma];
  if (!w?.cap || s.owner[k + comma] !== -1 || !isGenerationalSuffix(w.lower)) return 0;
  // "II" and "III" in capitals only: "Ii" is no numeral.
  if (w.lower.startsWith('i') && w.text !== w.text.toUpperCase()) return 0;
  return comma + 1 + (t[k + comma + 1]?.text === '.' ? 1 : 0);
}

/** Adjectives that follow a role's head with their complement ("responsible for", "close to"). */
const POSTPOSED_ADJECTIVES = new Set(['responsible', 'familiar', 'close']);
