/**
 * Roles of people, read from the sentences with the grammar news writing uses to say who someone
 * is. It takes people (names and aliases) and sentence text in, and gives roles out, so it does
 * not depend on how names were found:
 *
 * - a title or description before the name: "Prime Minister Rishi Sunak", "Dunmore chairman
 *   Tom Vane", "former astronaut Ada Brill", "Arts Council president and CEO X";
 * - a list after a plural role: "first-team players A, B and C", "suspects A and B";
 * - a world ranking before the name: "world No 1 X";
 * - a squad implied by plural team-mates: "X and his Riverton team-mates" → "Riverton player";
 * - an appositive before the name: "Reid's lawyer, Sam Perrow," / "her sister, Princess Adela,";
 * - an appositive after it: "X, the US envoy for Iran," / "X, 45, landlord of the pub,";
 * - a relative clause: "X, who is the chief executive of Y";
 * - a predicate: "X was deputy head to Y", "X will be named as the school's head";
 * - a later definite description that refers back: "... under Carr when the manager resigned"
 *   gives Carr "manager" when nothing else gave him a role, and an office before a speech verb
 *   does too ("The Prime Minister said"); a bare "the manager said" never (as often someone the
 *   article does not name);
 * - the lead's description of someone the next sentence names ("A midwife has admitted ... .
 *   Jane X refused ...").
 * - roles stated with a verb (role-agents.ts): an office held ("who heads Y" → head of Y,
 *   "Riverton, coached by X" → coach of Riverton), "his role as Y", counsel in a court report
 *   ("X, prosecuting,"), marriage ("A is married to B" → husband of A), a shared "co-" role.
 *
 * The title and photo captions are read too: they give roles to the people the body names.
 * Design notes: docs/decisions/013-roles-by-news-grammar.md.
 *
 * Roles are short and as written: an appositive keeps its article ("the US envoy for Iran"); a
 * title before the name has none, and a description that refers back drops its "the".
 */

import { DETERMINERS } from '../lexicon/determiners.js';
import { isModifier, singular } from './role-nouns.js';
import { isSingleOffice, isTitleAbbreviation } from '../lexicon/titles.js';
import { isSayingVerb } from '../lexicon/speech.js';
import { lookupPlace } from '../lexicon/places.js';
import { lookupOrganization, isOrgCueWord } from '../lexicon/organizations.js';
import type { Person, Gender } from '../schema.js';
import type { Token } from './tokenize.js';
import { genderedKin, spouseNoun } from './role-agents.js';
import { lowerCase } from '../lexicon/lower-case.js';
import type { Sentence, Tok, Occurrence, NameList } from './roles/types.js';
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
  NAME_TITLES,
  OFFICE_REACH,
} from './roles/words.js';
import { walkLeft, isLoneName } from './roles/heads.js';
import { slice, tokenize, roleTokens, isTitleCased, containsWord } from './roles/tokens.js';
import { unowned, cuesOf, findOccurrences, antecedent, CUE } from './roles/occurrences.js';
import { listsOf, listRole, listAppositive, otherOfKind, sharedRoles } from './roles/lists.js';
import { titlesBefore, titleSpan, rankingBefore, pluralAbbreviationBefore } from './roles/titles.js';
import { appositionBefore, appositionAfter, affiliation } from './roles/appositions.js';
import { predicate, appointedAs, namedAs } from './roles/predicates.js';
import { officeBy } from './roles/offices.js';
import {
  pronounPredicate,
  capacities,
  isPrepositionObject,
  possessedPosts,
  pronounOffices,
  pronounClauseOffices,
  teamOfMates,
} from './roles/pronouns.js';
import { marriages } from './roles/marriages.js';

/**
 * The lead's unnamed subject. News often opens on a description and names the person in the next
 * sentence: "A former nurse has admitted ... . Jane Roe refused ...", "The sister of X
 * has quit the band ... . Tessa Bale, 41, said ...", "X was sued last week by a Danish actor
 * who says ... . Ivo Brandt alleges ...". The description is a noun phrase headed by a person
 * noun (not "man" or "woman", which say nothing) that either opens the sentence as its subject,
 * with a verb after it, or is introduced by "a" and followed by "who". Given without its article.
 */
function ledeDescription(s: Sentence): string | null {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (!w || w.cap || s.owner[i] !== -1 || !isPersonNoun(w.text) || GENERIC.has(w.lower)) continue;
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
    const opens = (start === 0 && article === '') || (start === 1 && DETERMINERS.has(article));
    const subject =
      opens && isWord(next) && !next?.cap && !PREPOSITIONS.has(next?.lower ?? '') && next?.lower !== 'and';
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
function verbLike(t: readonly Tok[], j: number): boolean {
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

const isAge = (t: Tok | undefined) => t !== undefined && /^\d+-year-old$/.test(t.lower);

/** Definite descriptions that can be a clause's subject: "the coach resigned", "The Dunmore captain entered". */
function descriptions(s: Sentence): Description[] {
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
    while (j < t.length && j - i <= 5 && (s.owner[j] === -1 || isLoneName(s, j))) {
      const w = t[j];
      const ok =
        w !== undefined &&
        !CLAUSE_VERBS.has(w.lower) &&
        (isCapitalised(w) ||
          isModifier(w.text) ||
          isPersonNoun(w.text) ||
          isCompoundModifier(w) ||
          isOrdinal(w));
      if (!ok) break;
      j++;
    }
    const head = j - 1;
    const w = t[head];
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

function lastWordOf(form: string): string {
  const at = form.lastIndexOf(' ');
  return at < 0 ? form : form.slice(at + 1);
}

/** Head noun of a role, singular and lower-case, for comparing a description with known roles. */
export function roleHeadNoun(role: string): string | null {
  const words = tokenize(role).filter(isWord);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (PREPOSITIONS.has(words[i]?.lower ?? '')) {
      end = i;
      break;
    }
  }
  const head = words[end - 1];
  return head ? singular(head.lower) : null;
}

/** Titles written shortened ("Sen.", "Gov."), by the noun they stand for. */
const ABBREVIATED_KINDS = new Map([
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['rep', 'representative'],
  ['gen', 'general'],
  ['atty', 'attorney'],
  ['amb', 'ambassador'],
  ['prof', 'professor'],
]);

/** A role's kind: its head noun, a shortened title read in full ("Norland Sen." → senator). */
function kindOf(role: string): string | null {
  let kind = kinds.get(role);
  if (kind === undefined) {
    const head = roleHeadNoun(role);
    kind = head === null ? null : (ABBREVIATED_KINDS.get(head.replace(/\.$/, '')) ?? head);
    // The same roles are asked about for every description of an article: a small cache, emptied when full.
    if (kinds.size >= 10_000) kinds.clear();
    kinds.set(role, kind);
  }
  return kind;
}

const kinds = new Map<string, string | null>();

/**
 * The person a definite description refers back to ("the Prime Minister" after "Prime Minister
 * Rishi Sunak"): of the people named before `sentence` (or in it), the one most recently first
 * named whose role has the same head noun. Null when no one or more than one fits equally.
 */
export function personForDescription(
  description: string,
  sentence: number,
  people: readonly Person[],
): Person | null {
  const head = roleHeadNoun(description.replace(/^(?:the|a|an)\s+/i, ''));
  if (!head) return null;
  const fits = people.filter(
    (p) => p.firstSentence <= sentence && p.roles.some((r) => roleHeadNoun(r) === head),
  );
  if (fits.length === 0) return null;
  const latest = Math.max(...fits.map((p) => p.firstSentence));
  const at = fits.filter((p) => p.firstSentence === latest);
  return at.length === 1 ? (at[0] ?? null) : null;
}

/**
 * Roles for each person, from every sentence that names them; the people come back in the same
 * order with `roles` replaced. `sentences` are the clean body sentences the people were found in;
 * `asides` are the article's title and photo captions, which name the people of the story with
 * their roles ("former Dunmore manager Piet Vos") more often than the body does. Asides give
 * roles to the people they name, never people of their own, and no description in them refers back.
 * `sentenceTokens`, when given, are the entity stage's tokens of each body sentence (offsets into
 * that sentence), so the text is not tokenised a second time; a sentence without them is.
 */
export function readRoles(
  people: readonly Person[],
  sentences: readonly string[],
  asides: readonly string[] = [],
  sentenceTokens: readonly (readonly Token[] | undefined)[] = [],
): Person[] {
  // Only sentences that may name someone, and the few sentences after each (a description there
  // can refer back), are tokenised: a plain substring test on each name's last word decides.
  const lastWords = new Set<string>();
  for (const p of people) {
    lastWords.add(lastWordOf(p.name));
    for (const a of p.aliases) lastWords.add(lastWordOf(a));
  }
  const words = [...lastWords].filter((w) => w.length > 1);
  const body = sentences.length;
  // A title cut from the first sentence ("Jo Carden will be confirmed as…") says nothing new.
  const first = sentences[0] ?? '';
  const news = asides.filter((a) => {
    const cut = a.endsWith('…') ? a.slice(0, -1).trimEnd() : a;
    return cut !== '' && !first.startsWith(cut);
  });
  const texts = [...sentences, ...news];
  const hasName = texts.map((text) => words.some((w) => text.includes(w)));
  // A description may refer back to a name up to OFFICE_REACH sentences before it.
  const namedShortlyBefore = (i: number) => {
    for (let back = 1; back <= OFFICE_REACH && i - back >= 0; back++) if (hasName[i - back]) return true;
    return false;
  };
  const parsed: Sentence[] = texts.map((text, i) => {
    // The lead is read whatever it names: it may describe someone the next sentence names.
    const read = i === 0 || hasName[i] || (i < body && namedShortlyBefore(i));
    const known = i < body ? sentenceTokens[i] : undefined;
    const tokens = !read ? [] : known ? roleTokens(text, known) : tokenize(text);
    const titleCase = i >= body && isTitleCased(tokens);
    return { text, tokens, owner: unowned(tokens.length), cues: cuesOf(tokens), titleCase };
  });
  const occ = findOccurrences(people, parsed);
  const bySentence = new Map<number, Occurrence[]>();
  for (const o of occ) {
    const list = bySentence.get(o.sentence);
    if (list) list.push(o);
    else bySentence.set(o.sentence, [o]);
  }
  const lists = new Map<Occurrence, NameList>();
  for (const [si, list] of bySentence) {
    const s = parsed[si];
    if (s) for (const [o, l] of listsOf(s, list)) lists.set(o, l);
  }
  const roles: string[][] = people.map(() => []);
  const add = (person: number, role: string | null) => {
    const trimmed = role && keepAbbreviationDot(role.trim(), role.replace(/[\s,.;:]+$/, '').trim());
    const r = trimmed && genderedKin(trimmed, people[person]?.gender ?? null);
    if (!r || r.length < 2) return;
    const list = roles[person];
    if (list && !list.some((x) => lowerCase(x) === lowerCase(r))) list.push(r);
  };
  const shared: Array<{ person: number; role: string | null }> = [];
  for (const o of occ) {
    const s = parsed[o.sentence];
    if (!s) continue;
    const titles = titlesBefore(s, o);
    for (const title of titles) add(o.person, title);
    // "Vale's chief rival, Sen. X,": an appositive before the title.
    if (titles.length > 0) {
      const span = titleSpan(s, o, false);
      if (span && s.tokens[span.start - 1]?.text === ',')
        add(o.person, appositionBefore(s, { ...o, start: span.start }));
    }
    if (titles.length === 0)
      add(
        o.person,
        rankingBefore(s, o) ??
          listRole(s, o, lists.get(o)) ??
          pluralAbbreviationBefore(s, o) ??
          appositionBefore(s, o),
      );
    add(o.person, appositionAfter(s, o) ?? predicate(s, o) ?? affiliation(s, o) ?? appointedAs(s, o));
    const list = lists.get(o);
    const named = namedAs(s, list?.start ?? o.start);
    if (named) add(o.person, named);
    else if (list) shared.push({ person: o.person, role: listAppositive(s, list) });
    add(o.person, officeBy(s, o));
    add(o.person, otherOfKind(s, o));
  }
  // A description the person shares with the rest of a list ("A and B, two senior officials,")
  // says less than one given to them alone ("A, the deputy secretary,"): it comes after those.
  for (const { person, role } of shared) add(person, role);
  // "X warned fans. He is the club's chairman.": a pronoun's predicate, for the person it stands for.
  parsed.forEach((s, si) => {
    if (si === 0 || si >= body) return;
    const pronoun = pronounPredicate(s);
    if (!pronoun) return;
    const person = antecedent(people, bySentence.get(si - 1) ?? [], pronoun.gender);
    if (person === undefined) return;
    // A role never names its holder: "He was deputy to Saddam" is not Saddam's.
    const holder = people[person];
    const forms = holder ? [holder.name, ...holder.aliases] : [];
    if (!forms.some((f) => f !== '' && pronoun.role.includes(f))) add(person, pronoun.role);
  });
  // "In his role as chairman, X said": the office a person speaks or acts in.
  parsed.forEach((s, si) => {
    if (si >= body) return;
    if (!(s.cues & CUE.possessivePronoun)) return;
    for (const { at, role } of capacities(s)) {
      const here = bySentence.get(si) ?? [];
      // The person the clause is about: named after a phrase that opens the sentence, else before it.
      const person = (at === 0 ? here[0] : here.filter((o) => o.end <= at).at(-1))?.person;
      if (person !== undefined) add(person, role);
    }
  });
  // The lead's description of someone the next sentence names.
  const lede = parsed[0] && body > 1 ? ledeDescription(parsed[0]) : null;
  if (lede) {
    const inLead = new Set((bySentence.get(0) ?? []).map((o) => o.person));
    const named = (bySentence.get(1) ?? []).find((o) => !inLead.has(o.person));
    if (named && (roles[named.person]?.length ?? 0) === 0) add(named.person, lede);
  }
  // Definite descriptions last: only for people nothing else gave a role, and only when the
  // description's head is no other person's role (then it refers to that person instead). A
  // description qualified by a proper noun ("the Dunmore captain", "the Westport forward") is
  // specific enough to add to a person who has roles: the one whose roles name that club or
  // body, or else the person named last before it.
  const heads = new Map<string, number>();
  roles.forEach((list, p) => {
    for (const r of list) {
      const h = roleHeadNoun(r);
      if (h) heads.set(h, p);
    }
  });
  // "The only person it can refer to": of the people named in the sentence before the
  // description or, when it names no one before it, in the nearest sentence back (within
  // `reach`) that names someone, the one with no role yet. A person given a role already is seldom
  // the one a later description introduces ("Ann Vale met Mayor Ivo Lind. The Norland senator
  // said" is Vale's); two or more without one leave it open ("X said Y ... . The senator said",
  // "X believes that the nominee ..."), and so does no one.
  const soleUnroled = (si: number, at: number, reach = 1): number | undefined => {
    let found = false;
    let only = -2;
    const take = (o: Occurrence) => {
      found = true;
      if ((roles[o.person]?.length ?? 0) > 0) return;
      only = only === -2 || only === o.person ? o.person : -1;
    };
    for (const o of bySentence.get(si) ?? []) if (o.end <= at) take(o);
    let from = si;
    for (let back = 1; !found && back <= reach && si - back >= 0; back++) {
      from = si - back;
      for (const o of bySentence.get(from) ?? []) take(o);
    }
    if (only < 0) return undefined;
    // A name the occurrences leave out (a possessive: "after Vale's win, the senator said") is
    // someone with no role it may refer to as well.
    const cut = parsed[si]?.tokens[at]?.start ?? 0;
    let window = (parsed[si]?.text ?? '').slice(0, cut);
    if (from < si) window = `${parsed[from]?.text ?? ''} ${window}`;
    const own = lastWordOf(people[only]?.name ?? '');
    const other = people.some((p, k) => {
      if (k === only || (roles[k]?.length ?? 0) > 0) return false;
      const last = lastWordOf(p.name);
      return last.length > 2 && last !== own && /^\p{Lu}/u.test(last) && containsWord(window, last);
    });
    return other ? undefined : only;
  };
  // Does someone else hold a role of the description's kind with nothing that tells it apart
  // ("Sen." before "the Norland senator"), or that very role ("Norland senator")? Then it may be theirs.
  const kindHeldElsewhere = (head: string, proper: readonly string[], not: number) =>
    roles.some(
      (list, p) =>
        p !== not &&
        list.some((r) => kindOf(r) === head && (!r.includes(' ') || proper.every((w) => mentions([r], w)))),
    );
  // The body sentence each person is first named in (the asides after the body never refer back).
  const firstSeen: number[] = people.map(() => body);
  for (const o of occ) if (o.sentence < (firstSeen[o.person] ?? body)) firstSeen[o.person] = o.sentence;
  // Heads of indefinite noun phrases read so far ("an employee of a car wash"): a later "the
  // employee" refers to that unnamed person, not to whoever was named last.
  const introduced = new Set<string>();
  parsed.forEach((s, si) => {
    if (si >= body) return;
    for (const d of s.cues & CUE.the ? descriptions(s) : []) {
      const head = singular(s.tokens[d.head]?.lower ?? '');
      if (d.reports && (bySentence.get(si) ?? []).some((o) => o.end <= d.start)) continue;
      const proper = properWords(s, d.start + 1, d.end);
      if (proper.length > 0) {
        const holder = heads.get(head);
        // Someone already holds this very role ("Dunmore captain" and "the Dunmore captain"): it is them.
        if (holder !== undefined && proper.every((w) => mentions(roles[holder] ?? [], w))) continue;
        // The person just named, when nothing gave them a role ("Voss ... the Westport
        // defender" beside the Westport manager); else the one whose role names the club.
        // The one person it can refer to, unless another holds a role naming that place or body
        // or a bare role of its kind; else the one whose role of that kind names the club.
        const last = soleUnroled(si, d.start);
        const byOrg = holderOf(roles, head, proper);
        const person =
          last !== undefined && !kindHeldElsewhere(head, proper, last)
            ? last
            : byOrg >= 0
              ? byOrg
              : undefined;
        if (person === undefined) continue;
        add(person, d.text);
        heads.set(head, person);
        continue;
      }
      // A description refers back: only someone named by now can be the holder it means.
      const namedBy = (p: number) => (firstSeen[p] ?? body) <= si;
      if (d.bareSpeaker || heldBy(roles, namedBy, head, modifierWords(s, d.start + 1, d.head))) continue;
      if (introduced.has(head)) continue;
      const reach = d.office ? OFFICE_REACH : 1;
      const last = soleUnroled(si, d.start, reach);
      if (last === undefined) continue;
      add(last, d.text);
      heads.set(head, last);
    }
    if (s.cues & CUE.indefinite) for (const head of indefiniteHeads(s)) introduced.add(head);
  });
  // Roles stated with a verb or a possessive come last: they add to what the grammar above read
  // and never stop a description from referring back.
  // The person a pronoun of that gender stands for, at token `at` of sentence `si`: the last one
  // named before it in the sentence with that gender, else the last whose gender is unknown, else
  // (in the body) the sentence before's; never one of `not` (a marriage's partners are not its
  // subject). A caption stands alone: its pronoun refers within it.
  const referent = (si: number, at: number, gender: Gender, not: ReadonlySet<number> = new Set()) => {
    const before = (bySentence.get(si) ?? [])
      .filter((o) => o.end <= at && !not.has(o.person) && !isPrepositionObject(parsed[si], o))
      .reverse();
    const genderOf = (o: Occurrence) => people[o.person]?.gender ?? null;
    const found =
      before.find((o) => gender !== null && genderOf(o) === gender) ??
      before.find((o) => gender === null || genderOf(o) === null);
    if (found) return found.person;
    const inBody = si > 0 && si < body;
    return inBody && gender !== null ? antecedent(people, bySentence.get(si - 1) ?? [], gender) : undefined;
  };
  // The body, the title and the captions: a caption states roles as the body does.
  parsed.forEach((s, si) => {
    // "X is giving up his role as Riverton coach"; "... because he still manages Y".
    const posts = s.cues & CUE.possessivePronoun ? possessedPosts(s) : [];
    const offices = s.cues & CUE.subjectPronoun ? [...pronounOffices(s), ...pronounClauseOffices(s)] : [];
    for (const { at, gender, role } of [...posts, ...offices]) {
      const person = referent(si, at, gender);
      if (person !== undefined) add(person, role);
    }
    // A role implied by one's team-mates is the weakest statement: only for someone with none.
    const mates = s.cues & CUE.teamMates && s.cues & CUE.possessivePronoun ? teamOfMates(s) : [];
    for (const { at, gender, role } of mates) {
      const person = referent(si, at, gender);
      if (person !== undefined && (roles[person]?.length ?? 0) === 0) add(person, role);
    }
    // "X is married to Y", "her marriage to Y": each partner is the subject's husband or wife.
    if (s.cues & CUE.co)
      for (const { role, partners } of sharedRoles(s, bySentence.get(si) ?? [], lists))
        for (const o of partners) add(o.person, role);
    if (!(s.cues & CUE.marriage)) return;
    const found = marriages(s, bySentence.get(si) ?? [], lists);
    const partners = new Set(found.flatMap((m) => m.partners.map((o) => o.person)));
    for (const m of found) {
      const subject = m.person >= 0 ? m.person : referent(si, m.subject, m.gender, partners);
      const married = subject === undefined ? undefined : people[subject];
      if (subject === undefined || !married) continue;
      const gender = married.gender ?? m.gender;
      for (const o of m.partners) {
        const partner = people[o.person];
        if (!partner || o.person === subject) continue;
        const noun = spouseNoun(partner.gender, gender);
        if (noun) add(o.person, `${noun} of ${married.name}`);
        const own = spouseNoun(gender, partner.gender);
        if (m.stated && m.partners.length === 1 && own) add(subject, `${own} of ${partner.name}`);
      }
    }
  });
  return people.map((p, i) => ({ ...p, roles: roles[i] ?? [] }));
}

/**
 * A role trimmed of the punctuation after it keeps a dot that belongs to its last word: an
 * abbreviated title ("Norland Gov.", "Army Capt.") or an initialism ("envoy to the U.N.").
 */
function keepAbbreviationDot(role: string, trimmed: string): string {
  if (role.charCodeAt(trimmed.length) !== 46) return trimmed;
  // "then-Sen.": the title after the prefix is the abbreviation.
  const last = trimmed.slice(trimmed.lastIndexOf(' ') + 1).replace(/^then-/i, '');
  const dotted = isTitleAbbreviation(last) || /(?:^|[^\p{L}])(?:\p{Lu}\.)+\p{Lu}$/u.test(trimmed);
  return dotted ? `${trimmed}.` : trimmed;
}

/**
 * Heads of the sentence's indefinite noun phrases of a person ("an employee", "a local
 * builder"), singular and lower-case: "a" or "an", up to two lower-case qualifying words, then a
 * person noun. A phrase that is a named person's appositive is someone's role, which `heldBy`
 * already finds; the others introduce someone the article does not name.
 */
function indefiniteHeads(s: Sentence): string[] {
  const t = s.tokens;
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i]?.lower !== 'a' && t[i]?.lower !== 'an') continue;
    for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
      const w = t[k];
      if (!w || !isWord(w) || w.cap || s.owner[k] !== -1) break;
      if (isPersonNoun(w.lower) && !isPersonNoun(t[k + 1]?.lower ?? '')) {
        if (!GENERIC.has(w.lower)) out.push(singular(w.lower));
        break;
      }
    }
  }
  return out;
}

/** The words qualifying a description's head, lower-case: "prime" in "the Prime Minister". */
function modifierWords(s: Sentence, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const w = s.tokens[k];
    if (w && isWord(w)) out.push(w.lower);
  }
  return out;
}

/**
 * Does someone `named` by now already hold the role a description names? Their role has its head noun and every
 * word qualifying it: "the manager" is held by the "Riverton manager", "the prime minister" is
 * not held by the "foreign minister".
 */
function heldBy(
  roles: readonly string[][],
  named: (person: number) => boolean,
  head: string,
  modifiers: readonly string[],
): boolean {
  return roles.some(
    (list, p) =>
      named(p) &&
      list.some((r) => {
        if (kindOf(r) !== head) return false;
        const words = lowerCase(r).split(/[^\p{L}\p{N}-]+/u);
        return modifiers.every((m) => words.includes(m));
      }),
  );
}

/** Public offices, which one person holds one of at a time: general English, by hand. */
const PUBLIC_OFFICES = new Set(
  `senator governor president representative congressman congresswoman mayor secretary minister
premier chancellor legislator councillor councilman councilwoman`.split(/\s+/),
);

/** A role holding a public office other than `head` ("Norland Gov." beside "the Norland senator"). */
function otherOffice(role: string, head: string): boolean {
  const kind = kindOf(role);
  return kind !== null && kind !== head && PUBLIC_OFFICES.has(kind);
}

/**
 * Whose a description qualified by a club or body is, of the people whose roles name it: the one
 * whose role of that kind does ("the Norland senator": of "Norland Sen." and "Norland primary
 * winner", the senator), else the first named ("the Dunmore captain" after "Dunmore veteran X").
 * Never one holding another public office there ("Norland Gov."); -1 when none, or when several
 * hold one of that kind.
 */
function holderOf(roles: readonly string[][], head: string, proper: readonly string[]): number {
  let first = -1;
  let ofKind = -1;
  let kinds = 0;
  roles.forEach((list, p) => {
    const named = list.filter((r) => proper.every((w) => mentions([r], w)));
    if (named.length === 0) return;
    // One public office at a time: a Norland governor is not "the Norland senator".
    if (PUBLIC_OFFICES.has(head) && named.some((r) => otherOffice(r, head))) return;
    if (first === -1) first = p;
    if (named.some((r) => kindOf(r) === head)) {
      ofKind = p;
      kinds++;
    }
  });
  if (kinds > 1) return -1;
  return kinds === 1 ? ofKind : first;
}

/** Capitalised words between `from` and `to` (a description's modifiers): "Dunmore" in "the Dunmore captain". */
function properWords(s: Sentence, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const w = s.tokens[k];
    if (w?.cap && !isPersonNoun(w.text) && !isModifier(w.text)) out.push(w.text);
  }
  return out;
}

/** Does one of the roles contain the word, whole? */
function mentions(roles: readonly string[], word: string): boolean {
  return roles.some((r) => r.split(/[^\p{L}\p{N}-]+/u).includes(word));
}
