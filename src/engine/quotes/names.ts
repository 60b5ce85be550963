import type { Doc } from '../doc.js';
import { firstNameGender, isFirstName } from '../lexicon/first-names.js';
import { isSpeechVerb } from '../lexicon/speech.js';
import { isHonorific, isRoleNoun, titleGender } from '../lexicon/titles.js';
import type { Entities, NamePosition } from '../entities.js';
import type { Gender } from '../schema.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { nextCapitalisedWord } from './capitalised.js';
import type { Layout } from './layout.js';
import {
  ORG_HEADS,
  SENTENCE_CONNECTIVES,
  SPEECH_VERB_ALTERNATION,
  SUBORDINATOR_ALTERNATION,
  TITLE_WORDS,
} from './lexicon.js';
import { isSpaceUnit } from '../text/tokens.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;
const POSSESSIVE_BEFORE_CAPITAL = /^['’]s?\s+\p{Lu}/u;
const SMALL_WORD = /^\p{Ll}[\p{L}-]*$/u;
const CAPITALISED_POSSESSIVE = /^\p{Lu}[\p{L}.-]*['’]s?$/u;
const SMALL_POSSESSIVE = /^\p{Ll}[\p{L}-]*['’]s?$/u;
const CAPITALISED_DOTTED_WORD = /^\p{Lu}[\p{L}.-]*$/u;
const OPENS_SMALL = /^\p{Ll}/u;

/** A person or organisation that can be credited with a quote. */
export interface Speaker {
  name: string;
  /**
   * A description is an unnamed speaker as the article gives it ("a spokesperson", "the father",
   * "officials"): who spoke, as far as the text tells, but never an antecedent for a later pronoun.
   */
  kind: 'person' | 'org' | 'description';
  gender: Gender;
  role: string | null;
  /** Further roles the article gives the speaker ("candidate", then "Mayor Okafor"), for matching "the mayor". */
  otherRoles?: string[];
  /** Lower-cased forms the text may use: full name, aliases, surname. */
  forms: Set<string>;
  /** Came from the entity stage, or was seen with a person cue (title, first name, speech verb). */
  confirmed: boolean;
}

export interface Mentioned {
  speaker: Speaker;
  /** Offset in the paragraph. */
  offset: number;
  /**
   * The mention opens its clause (sentence start, or after a short lead-in such as "On Monday,"),
   * so it is the clause's subject: the likeliest antecedent of a later "he"/"she".
   */
  subject: boolean;
  /**
   * The name owns something ("Varga's plea") or is governed by a preposition ("a call from Smith"):
   * the clause is about something else, so the name is a weak antecedent for a later pronoun.
   */
  oblique: boolean;
}

export interface NameIndex {
  speakers: Speaker[];
  /** Narration mentions per sentence, in reading order. */
  bySentence: Mentioned[][];
  /** Paragraph of each sentence, for deciding how far back a pronoun may reach. */
  paragraphOf: number[];
  /** The paragraphs the offsets of `bySentence` index into. */
  paragraphs: string[];
  sentences: string[];
  /** Offset of each sentence in its paragraph. */
  sentenceStart: number[];
  /** 'he' or 'she' when a sentence's narration opens its clause with that pronoun ("But he said ..."). */
  pronounSubject: Array<'he' | 'she' | null>;
  /**
   * Like `pronounSubject`, also after a lead-in ("Nonetheless, she ..."): the subject of the
   * sentence's main clause, but a name inside the lead-in may be its antecedent, so it does not
   * continue a chain.
   */
  pronounClause: Array<'he' | 'she' | null>;
}

const PRONOUN_OPENING =
  /^[\s"“”‘’'(—–-]*(?:(?:but|and|so|yet|still|now|then|later|meanwhile)\s*,?\s+)?(he|she)\b/i;
const LEADING_MARKS = /^[\s"“”‘’'(—–-]*/;
const NOT_IN_LEAD = /[;:"“”]/;
const PRONOUN_AFTER_COMMA = /^,\s*(he|she)\b/i;
/** Longest lead-in read before "he"/"she" ("Nonetheless," "In a statement on Monday,"). */
const MAX_LEAD = 40;

/**
 * The pronoun after a short lead-in clause ("Even so, she stayed calm ..."): the first comma
 * closes the lead-in, so only that comma is tried (a backtracking pattern over every sentence
 * was among the quote stage's costliest steps).
 */
function pronounAfterLead(narration: string): string | undefined {
  const comma = narration.indexOf(',');
  if (comma < 0) return undefined;
  const from = LEADING_MARKS.exec(narration)?.[0].length ?? 0;
  const lead = narration.slice(from, comma);
  if (lead.length === 0 || lead.length > MAX_LEAD || NOT_IN_LEAD.test(lead)) return undefined;
  return PRONOUN_AFTER_COMMA.exec(narration.slice(comma))?.[1];
}

/** Characters before a name searched for its owner or title run: longer than any real one. */
const TAIL = 120;

/** Does `text` end in a possessive mark and space ("ESPN's ", "the Times' ")? A check before the owner pattern. */
function endsPossessive(text: string): boolean {
  const end = text.trimEnd();
  if (end.length === text.length) return false;
  const last = end.charAt(end.length - 1);
  return last === "'" || last === '’' || (last === 's' && /['’]/.test(end.charAt(end.length - 2)));
}

/** Does `text` end in a capitalised word and space? A check before the title-run pattern. */
function lastWordCapitalised(text: string): boolean {
  const end = text.trimEnd();
  if (end.length === text.length || end.length === 0) return false;
  return OPENS_CAPITAL.test(end.slice(end.lastIndexOf(' ') + 1));
}

/** Capitalised words in the possessive just before a name ("ESPN's", "the New York Times'"). */
const POSSESSIVE_OWNER = /(?:\p{Lu}[\p{L}\p{M}.&-]*\s+)*\p{Lu}[\p{L}\p{M}.&-]*['’]s?\s+$/u;

const SUBORDINATOR_BEFORE = new RegExp(`\\b(?:${SUBORDINATOR_ALTERNATION})\\s+$`, 'i');

/** A preposition just before a name makes the name its object, not a clause's subject. */
const PREPOSITION_BEFORE =
  /\b(?:of|to|with|by|for|from|at|on|in|about|against|over|under|between|toward|towards|than|like|including|into|onto|upon|among|behind|beside|without|via)\s+$/i;

const SPEECH_AFTER = new RegExp(
  `^\\s+(?:\\w+ly\\s+|also\\s+|later\\s+)?(?:${SPEECH_VERB_ALTERNATION})\\b`,
  'i',
);
const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERB_ALTERNATION.split('|'));
const WORD_CHAR = /\w/;

/** The last run of non-space characters of a text that ends in one, found from the end. */
function lastToken(trimmed: string): string {
  let k = trimmed.length;
  while (k > 0 && !isSpaceUnit(trimmed.charCodeAt(k - 1))) k--;
  return trimmed.slice(k);
}

/**
 * Does `text` end in a speech verb and white space ("... told ", "—said ")? The verb starts at a
 * word boundary inside the last run of non-space characters. Read from the end: a pattern with the
 * whole verb list tried at every position of the text was among the stage's costliest steps.
 */
function endsInSpeechVerb(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length || trimmed.length === 0) return false;
  const token = lastToken(trimmed);
  for (let p = 0; p < token.length; p++) {
    if (!WORD_CHAR.test(token.charAt(p)) || (p > 0 && WORD_CHAR.test(token.charAt(p - 1)))) continue;
    if (SPEECH_VERB_SET.has(lowerCase(token.slice(p)))) return true;
  }
  return false;
}
const TAG_BEFORE = new RegExp(`,\\s*(?:${SPEECH_VERB_ALTERNATION})\\s+$`, 'i');

function lower(word: string): string {
  const w = lowerCase(word);
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

function stripPossessive(word: string): string {
  // Most words hold no apostrophe: skip the two patterns for them (this runs on every capitalised word).
  if (!word.includes("'") && !word.includes('’')) return word;
  return word.replace(/['’]s$/, '').replace(/s['’]$/, 's');
}

export function surname(name: string): string {
  // Asked for the same few names again and again (every lookup of every mention): kept once read.
  let known = surnames.get(name);
  if (known === undefined) {
    const parts = name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w));
    known = lower(parts[parts.length - 1] ?? name);
    if (surnames.size >= SURNAME_CACHE_LIMIT) surnames.clear();
    surnames.set(name, known);
  }
  return known;
}
const surnames = new Map<string, string>();
const SURNAME_CACHE_LIMIT = 10_000;

function genderOfFirstName(first: string | undefined): Gender {
  return first ? firstNameGender(first.replace(/\.$/, '')) : null;
}

function formsOf(name: string, aliases: string[]): Set<string> {
  const forms = new Set<string>([lowerCase(name), ...aliases.map((a) => lowerCase(a))]);
  if (name.includes(' ')) forms.add(surname(name));
  return forms;
}

/** Answers of `isTitleToken` by token: the same few title words recur in every article's names. */
const titleTokens = new Map<string, boolean>();
/** Words remembered before the cache starts over, so a long-running process stays bounded. */
const TITLE_CACHE_LIMIT = 20_000;

/** A title, role or organisation word; hyphenated titles ("Attorney-General", "Solicitor-General") count by their parts. */
function isTitleToken(token: string): boolean {
  let known = titleTokens.get(token);
  if (known === undefined) {
    if (titleTokens.size >= TITLE_CACHE_LIMIT) titleTokens.clear();
    known = readTitleToken(token);
    titleTokens.set(token, known);
  }
  return known;
}

function readTitleToken(token: string): boolean {
  const w = lower(token);
  const isTitle = (part: string) => TITLE_WORDS.has(part) || ORG_HEADS.has(part) || isRoleNoun(part);
  return (
    isTitle(w) ||
    (w.includes('-') &&
      /^(?:at|of|in|the|general|arms)$/.test(w.split('-')[1] ?? '') &&
      isTitle(w.split('-')[0]!))
  );
}

/**
 * Splits a capitalised run into leading titles/organisation words and the personal name after them.
 * A surname that is also a title word ("King", "Bishop", "Judge", "Major") is still the name when
 * it follows a given name or an honorific: "Colin Bishop", "Mr. Bishop".
 */
export function splitTitles(tokens: string[]): { titles: string[]; name: string[] } {
  const prev = tokens[tokens.length - 2];
  const titleSurname = prev !== undefined && (isHonorific(prev) || isFirstName(prev));
  let cut = titleSurname ? tokens.length - 1 : tokens.length;
  while (cut > 0) {
    if (isTitleToken(tokens[cut - 1]!)) break;
    cut--;
  }
  return { titles: tokens.slice(0, cut), name: tokens.slice(cut) };
}

/** Every role the article gives a speaker, for matching a role noun ("the mayor said"). */
export function rolesOf(speaker: Speaker): string[] {
  return speaker.role ? [speaker.role, ...(speaker.otherRoles ?? [])] : (speaker.otherRoles ?? []);
}

/**
 * A one-word "name" that is a connective opening a sentence ("Nonetheless, she ...", "Likewise,
 * a survey ..."): the tagger's mistake, never a speaker. Only connectives: months and modals are
 * also names ("May", "Will").
 */
function isClosedClassWord(name: string): boolean {
  return !/\s/.test(name.trim()) && SENTENCE_CONNECTIVES.has(lowerCase(name.trim().replace(/[.,]$/, '')));
}

export class SpeakerBook {
  readonly speakers: Speaker[] = [];
  /** Lookups by lower-cased form and by surname, kept in step with `speakers`. */
  private readonly byForm = new Map<string, Speaker[]>();
  private readonly bySurname = new Map<string, Speaker[]>();

  /** Lower-cased names (and aliases) of the article's places: "Edmonton responded" is a team, not a person. */
  readonly places = new Set<string>();

  constructor(entities: Entities) {
    for (const place of entities.places)
      for (const form of [place.name, ...(place.aliases ?? [])]) this.places.add(lowerCase(form));
    // "Brightwell" beside "Brightwell Energy": a one-word "person" that opens an organisation's name is that organisation.
    const orgHeads = new Map(
      entities.organizations
        .filter((o) => o.name.includes(' '))
        .map((o) => [o.name.split(/\s+/)[0]!.toLowerCase(), o]),
    );
    const shortForms = new Map<string, string[]>();
    for (const p of entities.people) {
      const org = p.name.includes(' ') ? undefined : orgHeads.get(lowerCase(p.name));
      if (org) shortForms.set(org.name, [...(shortForms.get(org.name) ?? []), p.name]);
    }
    for (const p of entities.people) {
      if (!p.name.includes(' ') && orgHeads.has(lowerCase(p.name))) continue;
      if (isClosedClassWord(p.name)) continue;
      // Keep the personal name only: "Yorkshire Labour MP Ruth Dale" is Ruth Dale.
      const tokens = p.name.split(/\s+/);
      const bareName = splitTitles(tokens).name;
      const name = bareName.length > 0 ? bareName.join(' ') : p.name;
      this.add({
        name,
        kind: 'person',
        gender: p.gender ?? genderOfFirstName(name.split(/\s+/)[0]),
        role:
          p.roles[0] ??
          (bareName.length < tokens.length
            ? tokens.slice(0, tokens.length - bareName.length).join(' ')
            : null),
        forms: formsOf(name, [p.name, ...p.aliases]),
        confirmed: true,
        otherRoles: p.roles.slice(1),
      });
    }
    for (const o of entities.organizations) {
      if (isClosedClassWord(o.name)) continue;
      this.add({
        name: o.name,
        kind: 'org',
        gender: null,
        role: null,
        forms: formsOf(o.name, [...o.aliases, ...(shortForms.get(o.name) ?? [])]),
        confirmed: true,
      });
    }
  }

  /**
   * Answers of `find` since the last `add`: the same names are looked up for every mention, and an
   * answer depends only on the speakers added so far (their names, kinds and forms never change).
   */
  private readonly answers = new Map<string, Speaker | null>();

  /** The known speaker a written name refers to: exact form first, then surname with a compatible first name. */
  find(name: string, kind?: 'person' | 'org'): Speaker | null {
    const asked = `${kind ?? ''}|${name}`;
    const known = this.answers.get(asked);
    if (known !== undefined) return known;
    const answer = this.lookUp(name, kind);
    this.answers.set(asked, answer);
    return answer;
  }

  private lookUp(name: string, kind?: 'person' | 'org'): Speaker | null {
    const key = lowerCase(name);
    // A loop, not `find` with a closure: under tsx every closure made is named at run time.
    for (const s of this.byForm.get(key) ?? []) if (!kind || s.kind === kind) return s;
    if (kind === 'org') {
      return (
        (this.bySurname.get(surname(name)) ?? []).find(
          (s) => s.kind === 'org' && lowerCase(s.name).endsWith(` ${key}`),
        ) ?? null
      );
    }
    const parts = name.split(/\s+/);
    const first = parts.length > 1 ? lower(parts[0]!) : null;
    const sameSurname = (this.bySurname.get(surname(name)) ?? []).filter((s) => s.kind === 'person');
    const compatible = sameSurname.filter((s) => {
      if (!first) return true;
      const theirFirst = lower(s.name.split(/\s+/)[0] ?? '');
      return (
        theirFirst === first ||
        theirFirst.startsWith(first.replace(/\.$/, '')) ||
        first.startsWith(theirFirst)
      );
    });
    return compatible[0] ?? null;
  }

  /** The organisation of that name, added when the article names one the entity stage missed. */
  organisation(name: string, confirmed: boolean): Speaker {
    return (
      this.find(name, 'org') ??
      this.add({ name, kind: 'org', gender: null, role: null, forms: formsOf(name, []), confirmed })
    );
  }

  /** People the article names with this surname (a lone word): "Marsh" may be father or son. */
  namesakes(word: string): Speaker[] {
    return (this.bySurname.get(surname(word)) ?? []).filter((s) => s.kind === 'person');
  }

  add(speaker: Speaker): Speaker {
    this.answers.clear();
    this.speakers.push(speaker);
    for (const form of speaker.forms) push(this.byForm, form, speaker);
    push(this.bySurname, surname(speaker.name), speaker);
    return speaker;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Locates the entity stage's people and organisations in the narration, sentence by sentence, so
 * pronouns and descriptions can reach back to them: the entity stage alone decides what is a name
 * (one name finder for the whole engine, issue 11). A mention inside quote marks is someone spoken
 * about, not narration, and places never speak here (a cue naming one is read in resolve.ts).
 */
export function indexNames(
  doc: Doc,
  layout: Layout,
  book: SpeakerBook,
  names: readonly NamePosition[],
): NameIndex {
  const bySentence: Mentioned[][] = doc.sentences.map(() => []);
  const pronounSubject: Array<'he' | 'she' | null> = doc.sentences.map(() => null);
  const pronounClause: Array<'he' | 'she' | null> = doc.sentences.map(() => null);
  doc.sentences.forEach((_sentence, i) => {
    const p = doc.sentenceParagraph[i] ?? 0;
    const start = layout.sentenceStart[i] ?? 0;
    const end = start + (doc.sentences[i]?.length ?? 0);
    const narration = (layout.narration[p] ?? '').slice(start, end);
    const opening = PRONOUN_OPENING.exec(narration)?.[1]?.toLowerCase();
    if (opening === 'he' || opening === 'she') pronounSubject[i] = opening;
    const clause = opening ?? pronounAfterLead(narration)?.toLowerCase();
    if (clause === 'he' || clause === 'she') pronounClause[i] = clause;
  });
  const inTitles = titleWordsBeforePeople(doc, names);
  // An article names the same people again and again: each written name is split once (inline,
  // not a closure: under tsx each closure made is named at run time).
  const splits = new Map<string, { titles: string[]; name: string[] }>();
  for (const found of [...names, ...knownNamesUntagged(doc, book, names)]) {
    if (found.kind !== 'person' && found.kind !== 'organization') continue;
    if (inTitles.has(found) || isClosedClassWord(found.text)) continue;
    const i = found.sentence;
    const list = bySentence[i];
    if (!list) continue;
    const p = doc.sentenceParagraph[i] ?? 0;
    const start = layout.sentenceStart[i] ?? 0;
    const paragraph = doc.paragraphs[p] ?? '';
    const offset = start + found.start;
    const nameEnd = start + found.end;
    // The splitter may have normalised the sentence's spacing: then its offsets miss the paragraph.
    if (
      paragraph.slice(start + found.nameStart, nameEnd) !==
      doc.sentences[i]!.slice(found.nameStart, found.end)
    )
      continue;
    if ((layout.narration[p] ?? '').charAt(start + found.nameStart) === ' ') continue;
    const after = paragraph.slice(nameEnd, nameEnd + 40);
    const before = paragraph.slice(Math.max(0, offset - 40), offset);
    const possessor = /^['’]s?(?![\p{L}])/u.test(after);
    // "The Herald's Dana Frost": the owner in the possessive only says where the person works.
    if (possessor && POSSESSIVE_BEFORE_CAPITAL.test(after)) continue;
    const oblique = possessor || PREPOSITION_BEFORE.test(paragraph.slice(Math.max(0, offset - 16), offset));
    const nearSpeech = SPEECH_AFTER.test(after.replace(/^['’]s?/, '')) || endsInSpeechVerb(before);
    // "The BBC's Helen Marsh said", "The Downtown Business Association says", "Senate
    // Minority Leader Ruth Calder": an owner in the possessive, an article or a title the
    // tagger left outside the mention belongs to the subject's noun phrase.
    const lead = paragraph.slice(start, offset);
    // End-anchored patterns read only the lead's tail: tried at every offset of a long sentence they cost its length squared.
    const owned = endsPossessive(lead) ? POSSESSIVE_OWNER.exec(lead.slice(-TAIL)) : null;
    const bare = lead.slice(0, lead.length - (owned?.[0].length ?? 0));
    const subject = opensClause(withoutTrailingArticle(withoutTitleRun(bare)));
    // Title words the entity stage left in the name ("Sen", "Labour MP Ruth Dale") are no name.
    let split = splits.get(found.text);
    if (split === undefined) {
      split = splitTitles(found.text.split(/\s+/));
      splits.set(found.text, split);
    }
    const personName = split.name.join(' ');
    // The entity stage's lists have the last word on a name's kind (a mention's own tag may differ,
    // and "Brightwell" beside "Brightwell Energy" is that organisation).
    const person = split.name.length > 0 ? book.find(personName, 'person') : null;
    // "Farmer Iwan Rees": a title or role word before a name makes a person, whatever the tag said.
    const titledPerson =
      split.titles.length > 0 && split.name.length > 0 && !split.titles.some((t) => ORG_HEADS.has(lower(t)));
    const org = person || titledPerson ? null : book.find(found.text, 'org');
    // "the Harbour Lines expansion", "seen by the Evening Courier": a bare name after an article
    // modifies a noun or names a body in passing; only an organisation word ("the Foreign Ministry")
    // makes it a body that may speak.
    const afterArticle = /\b(?:the|a|an)\s+$/i.test(before) && !found.titleText;
    if (afterArticle && !found.text.split(/\s+/).some((w) => ORG_HEADS.has(lower(w)))) continue;
    if (org || (found.kind === 'organization' && !person && !titledPerson)) {
      // An organisation after a preposition ("crews from the utility") still speaks for its people; only a possessor is oblique.
      const known = org ?? (nearSpeech ? book.organisation(found.text, true) : null);
      if (known) list.push({ speaker: known, offset, subject, oblique: possessor });
      continue;
    }
    if (split.name.length === 0) continue;
    const titles = [...(found.titleText ? found.titleText.split(/\s+/) : []), ...split.titles];
    // "..., adds Leila Farouk." / "..., Kim says.": a tag closing the sentence names who the sentence is about.
    // "... later when Brandt scored his first goal": a subordinate clause's subject counts too.
    const isSubject =
      subject ||
      TAG_BEFORE.test(before) ||
      (/,\s*$/.test(before) && SPEECH_AFTER.test(after)) ||
      SUBORDINATOR_BEFORE.test(before);
    const honorific = honorificGender(titles);
    const roleBefore = roleText(titles, paragraph.slice(Math.max(0, offset - 60), offset));
    const firstWord = split.name[0];
    let speaker = person ?? book.find(found.text, 'person');
    if (!speaker) {
      // A person the entity stage keeps out of its list (a credit, a caption-only name) speaks only
      // where a speech verb or an honorific says so.
      if (!nearSpeech && !honorific) continue;
      speaker = book.add({
        name: personName,
        kind: 'person',
        gender: honorific ?? genderOfFirstName(firstWord),
        role: roleBefore,
        forms: formsOf(personName, [found.text]),
        confirmed: true,
      });
    }
    if (!speaker.gender) speaker.gender = honorific ?? genderOfFirstName(firstWord);
    if (!speaker.role && roleBefore) speaker.role = roleBefore;
    else if (roleBefore && roleBefore !== speaker.role)
      speaker.otherRoles = [...(speaker.otherRoles ?? []), roleBefore];
    if (!speaker.role) speaker.role = appositiveRole(paragraph.slice(nameEnd, nameEnd + 120));
    list.push({ speaker, offset, subject: isSubject, oblique });
  }
  for (const list of bySentence) list.sort((a, b) => a.offset - b.offset);
  learnGenderFromPronouns(doc, book);
  return {
    speakers: book.speakers,
    bySentence,
    paragraphOf: doc.sentenceParagraph,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    sentenceStart: layout.sentenceStart,
    pronounSubject,
    pronounClause,
  };
}

/**
 * Where a sentence names, in words the tagger did not mark there, someone the entity stage names
 * elsewhere in the article ("Lind found herself ..." when only other sentences' "Lind" were
 * tagged): the same written form is the same person or body. Only the entity stage's own forms
 * are looked for, so this finds no new names; a word the tagger marked as something else keeps
 * that reading.
 */
function knownNamesUntagged(doc: Doc, book: SpeakerBook, names: readonly NamePosition[]): NamePosition[] {
  const byFirstWord = new Map<string, Array<{ form: string; kind: NamePosition['kind'] }>>();
  for (const speaker of book.speakers) {
    const kind = speaker.kind === 'org' ? 'organization' : 'person';
    for (const form of speaker.forms) {
      const space = form.indexOf(' ');
      const first = space < 0 ? form : form.slice(0, space);
      // One-letter and lower-case forms say nothing about who is meant.
      if (first.length < 2) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ form, kind });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  const firstCodes = new Set<number>();
  for (const first of byFirstWord.keys()) firstCodes.add(first.charCodeAt(0));
  const tagged = new Map<number, Array<[number, number]>>();
  for (const n of names) {
    const spans = tagged.get(n.sentence);
    if (spans) spans.push([n.start, n.end]);
    else tagged.set(n.sentence, [[n.start, n.end]]);
  }
  const found: NamePosition[] = [];
  doc.sentences.forEach((sentence, i) => {
    const spans = tagged.get(i) ?? [];
    for (let w = nextCapitalisedWord(sentence, 0); w !== null; w = nextCapitalisedWord(sentence, w[1])) {
      const start = w[0];
      // Most capitalised words start no known form: for an ASCII capital, its lower case is the
      // form's first character (stripping a possessive never touches it), so the rest is skipped.
      const c = sentence.charCodeAt(start);
      if (c < 128 && !firstCodes.has(c + 32)) continue;
      const word = sentence.slice(start, w[1]);
      const candidates = byFirstWord.get(lowerCase(stripPossessive(word)));
      if (!candidates || spans.some(([a, b]) => start >= a && start < b)) continue;
      // The sentence's first word is capitalised whatever it is: there a frequent word ("Young",
      // "Church") is that word unless the full name follows.
      const opening = isCommonWord(stripPossessive(word)) && /^[\s"“‘'(—–-]*$/.test(sentence.slice(0, start));
      const hit = candidates.find(
        (c) =>
          (!opening || c.form.includes(' ')) &&
          lowerCase(sentence.slice(start, start + c.form.length)) === c.form &&
          !/^[\p{L}\p{M}]/u.test(sentence.charAt(start + c.form.length)),
      );
      if (!hit) continue;
      const end = start + hit.form.length;
      found.push({
        kind: hit.kind,
        text: sentence.slice(start, end),
        sentence: i,
        start,
        end,
        nameStart: start,
        titleText: null,
      });
      // Go on after the name (its later words are not looked up again).
      w[1] = end;
    }
  });
  return found;
}

/**
 * `text.replace(/\b(?:the|a|an)\s+$/i, '')`, read from the end: the pattern was tried at every
 * offset of the text before each name. The article is the word closing the text before its
 * trailing white space, preceded by a non-word character (\b, ASCII in a non-Unicode pattern).
 */
export function withoutTrailingArticle(text: string): string {
  let end = text.length;
  while (end > 0 && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return text;
  for (const article of ARTICLES) {
    const start = end - article.length;
    if (start < 0 || lowerCase(text.slice(start, end)) !== article) continue;
    if (start === 0 || !isAsciiWordChar(text.charCodeAt(start - 1))) return text.slice(0, start);
  }
  return text;
}
const ARTICLES = ['the', 'an', 'a'] as const;

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Capitalised title words closing `before` ("... Senate Majority Leader "). */
const TITLE_RUN = /(?:\p{Lu}[\p{L}.-]*\s+)+$/u;

/** `before` without the capitalised title words that end it ("Senate Majority Leader "). */
function withoutTitleRun(before: string): string {
  if (!lastWordCapitalised(before)) return before;
  const run = TITLE_RUN.exec(before.slice(-TAIL))?.[0] ?? '';
  const words = run.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !words.every(isTitleToken)) return before;
  return before.slice(0, before.length - run.length);
}

/**
 * "Senate Minority Leader Ruth Calder": where the tagger split a title from the name, the
 * organisation word in the title is part of the person's title, not a body of its own.
 */
function titleWordsBeforePeople(doc: Doc, names: readonly NamePosition[]): Set<NamePosition> {
  const out = new Set<NamePosition>();
  names.forEach((found, k) => {
    if (found.kind !== 'organization') return;
    const next = names[k + 1];
    if (next?.kind !== 'person' || next.sentence !== found.sentence || found.text.includes(' ')) return;
    const between = (doc.sentences[found.sentence] ?? '').slice(found.end, next.start).trim();
    if (isTitleToken(found.text) && between.split(/\s+/).every((w) => w === '' || isTitleToken(w)))
      out.add(found);
  });
  return out;
}

/** A lead-in before a clause's subject: "On Monday,", "In a statement released Tuesday,", "But". */
const CLAUSE_LEAD =
  /^(?:(?:but|and|so|yet|still|meanwhile|however|now|then|later|earlier)\s*,?\s*)?(?:[^;:!?"“”]{1,150},\s*)?$/i;

/** The connective alone, which `CLAUSE_LEAD` also takes: "But", "Meanwhile, ". */
const CONNECTIVE_ONLY = /^(?:but|and|so|yet|still|meanwhile|however|now|then|later|earlier)\s*,?\s*$/i;

/**
 * `CLAUSE_LEAD.test(text)`, answered without the pattern when the text, like most, neither ends in
 * a comma nor is a connective alone (the pattern backtracks over up to 150 characters to say no).
 */
function isClauseLead(text: string): boolean {
  const end = text.trimEnd();
  if (end === '' || end.endsWith(',')) return CLAUSE_LEAD.test(text);
  return CONNECTIVE_ONLY.test(text);
}

/** True when only a short lead-in (or nothing) stands between the sentence start and a mention. */
function opensClause(before: string): boolean {
  const text = before.replace(/^[\s"“”‘’'(—–-]+/, '');
  if (isClauseLead(text)) return true;
  // Most names have no description before them: then the text is unchanged and already said no.
  const bare = withoutDescriptor(text);
  return bare !== text && isClauseLead(bare);
}

/** A determiner before a possessive common noun ("the bakery's", "its parent company's"). */
const POSSESSIVE_DETERMINER = /^(?:the|a|an|its|his|her|their|our)$/i;

/** Characters before a name searched for a description of at most five words. */
const DESCRIPTOR_REACH = 200;

/**
 * "Halifax retiree Gord Lutz says", "Chinese foreign ministry spokeswoman Hua Lin said": a short
 * description ending in a role noun may stand before the name that opens the clause. Returns the
 * text before that description (unchanged when there is none).
 */
function withoutDescriptor(before: string): string {
  // A description is a few words: only the text's tail is split (a long lead split whole for every
  // name in it would cost the sentence's length per name).
  const trimmed = before.trimEnd();
  // The word just before the name must be a lower-case role noun (checked again below): most
  // names have none, and the text need not be split for them.
  const last = lastToken(trimmed);
  if (!SMALL_WORD.test(last) || !(isRoleNoun(last) || isRoleNoun(lower(last).replace(/(?<=[^s])s$/, ''))))
    return before;
  const from = Math.max(0, trimmed.length - DESCRIPTOR_REACH);
  const starts: number[] = [];
  const words: string[] = [];
  for (const m of trimmed.slice(from).matchAll(/\S+/g)) {
    starts.push(from + (m.index ?? 0));
    words.push(m[0]);
  }
  // A word the cut went through is no word.
  if (from > 0 && /\S/.test(trimmed.charAt(from - 1))) {
    starts.shift();
    words.shift();
  }
  let k = words.length;
  let sawRole = false;
  while (k > 0 && words.length - k < 5) {
    const w = words[k - 1]!;
    const singular = lower(w).replace(/(?<=[^s])s$/, '');
    const roleNoun = isRoleNoun(w) || isRoleNoun(singular);
    const role = /^[\p{L}-]+$/u.test(w) && (roleNoun || TITLE_WORDS.has(lower(w)));
    // "the bakery's owners Ann Lowe and Piet Mol said": a common noun in the possessive after a
    // determiner owns the description as a name does ("Acme's owners"); the determiner goes with it.
    const owner =
      CAPITALISED_POSSESSIVE.test(w) ||
      (SMALL_POSSESSIVE.test(w) && POSSESSIVE_DETERMINER.test(words[k - 2] ?? ''));
    const determiner = POSSESSIVE_DETERMINER.test(w) && /['’]s?$/.test(words[k] ?? '');
    if (!role && !owner && !determiner && !CAPITALISED_DOTTED_WORD.test(w) && !/^\d+-year-old$/.test(w))
      break;
    // The word just before the name must be a role noun ("retiree", "spokeswoman", "Stella's
    // owners"), not an adjective.
    if (k === words.length && !(role && OPENS_SMALL.test(w) && roleNoun)) return before;
    sawRole ||= role;
    k--;
  }
  return sawRole ? trimmed.slice(0, k < words.length ? starts[k] : trimmed.length) : before;
}

function honorificGender(titles: string[]): Gender {
  for (const t of titles) {
    const gender = titleGender(t);
    if (gender) return gender;
  }
  return null;
}

/** The role written before a name: capitalised titles in the run plus lower-case role words before it. */
function roleText(titles: string[], before: string): string | null {
  const trimmed = before.trimEnd();
  // Most names have no lower-case role word just before them: then only the titles count, and the
  // text need not be split (this runs for every mention of a person).
  if (!isLowerRoleWord(lastToken(trimmed))) return titlesRole([], titles);
  const words = trimmed.split(/\s+/);
  const lead: string[] = [];
  for (let k = words.length - 1; k >= 0 && lead.length < 5; k--) {
    const w = words[k]!;
    if (!isLowerRoleWord(w)) break;
    lead.unshift(w);
  }
  return titlesRole(lead, titles);
}

function isLowerRoleWord(w: string): boolean {
  return /^[\p{Ll}][\p{L}-]*$/u.test(w) && (TITLE_WORDS.has(w) || isRoleNoun(w));
}

function titlesRole(lead: string[], titles: string[]): string | null {
  const role = [...lead, ...titles].join(' ').trim();
  return role && [...lead, ...titles].some((w) => isRoleNoun(w) || TITLE_WORDS.has(lower(w))) ? role : null;
}

/** "Jane Doe, the city's mayor, said": the appositive after a name, when it holds a role noun. */
function appositiveRole(after: string): string | null {
  const m = /^,\s+((?:the|a|an|its|their|his|her)\s[^,.;"“”]{2,90}?)(?:,|\.|;|$)/.exec(after);
  if (!m?.[1]) return null;
  const words = m[1].toLowerCase().split(/[\s']+/);
  return words.some((w) => isRoleNoun(w)) ? m[1] : null;
}

/** "he", "she", "his" or "her" as a whole space-delimited word after a space. */
/** "he", "she", "his" or "her" as a whole space-delimited word at `at` (a space or the end after it), else null. */
function pronounAt(sentence: string, at: number): 'he' | 'she' | 'his' | 'her' | null {
  const c = sentence.charCodeAt(at);
  if (c !== 104 && c !== 115) return null;
  for (const w of PRONOUN_WORDS) {
    const end = at + w.length;
    if (sentence.startsWith(w, at) && (end === sentence.length || sentence.charCodeAt(end) === 32)) return w;
  }
  return null;
}
const PRONOUN_WORDS = ['he', 'she', 'his', 'her'] as const;

/** The space-delimited word ending just before offset `end` (a space follows it), with its start. */
function wordBefore(sentence: string, end: number): { start: number; word: string } {
  const start = end === 0 ? 0 : sentence.lastIndexOf(' ', end - 1) + 1;
  return { start, word: sentence.slice(start, end) };
}

/**
 * "Smith said she ..." tells Smith's gender; used only where no other cue exists. Reads the two
 * words before each pronoun in place (splitting every sentence with a pronoun into words was among
 * the stage's costlier steps); words are what `split(' ')` gives.
 */
function learnGenderFromPronouns(doc: Doc, book: SpeakerBook): void {
  for (const sentence of doc.sentences) {
    // A cue needs a name and a verb before the pronoun, so the pronoun follows a space: only the
    // words after a space are read (a pattern with a look-behind tried at every position cost more).
    for (let space = sentence.indexOf(' '); space >= 0; space = sentence.indexOf(' ', space + 1)) {
      const at = space + 1;
      const w = pronounAt(sentence, at);
      if (w === null) continue;
      let verb = wordBefore(sentence, at - 1);
      if (verb.word === 'that') {
        if (verb.start === 0) continue;
        verb = wordBefore(sentence, verb.start - 1);
      }
      if (verb.start === 0) continue;
      const name = wordBefore(sentence, verb.start - 1).word;
      if (!verb.word || !name || !isSpeechVerb(verb.word) || !OPENS_CAPITAL.test(name)) continue;
      const speaker = book.find(stripPossessive(name.replace(/[,.]$/, '')), 'person');
      if (speaker && !speaker.gender) speaker.gender = w === 'he' || w === 'his' ? 'male' : 'female';
    }
  }
}
