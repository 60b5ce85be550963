import type { Doc } from '../doc.js';
import { firstNameGender, isFirstName } from '../lexicon/first-names.js';
import { NAME_PARTICLE_ALTERNATION } from '../lexicon/particles.js';
import { isSpeechVerb } from '../lexicon/speech.js';
import { isHonorific, isRoleNoun, titleGender } from '../lexicon/titles.js';
import type { Entities } from '../entities.js';
import type { Gender } from '../schema.js';
import { isCountry, lookupPlace } from '../lexicon/places.js';
import type { Layout } from './layout.js';
import {
  NON_NAME_CAPITALS,
  ORG_HEADS,
  SPEECH_VERB_ALTERNATION,
  SUBORDINATOR_ALTERNATION,
  TITLE_WORDS,
} from './lexicon.js';

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
  /** Further roles the article gives the speaker ("candidate", then "Mayor McCallum"), for matching "the mayor". */
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
   * The name owns something ("Parker's plea") or is governed by a preposition ("a call from Smith"):
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
 * The pronoun after a short lead-in clause ("Nonetheless, she played nice ..."): the first comma
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

const SUBORDINATOR_BEFORE = new RegExp(`\\b(?:${SUBORDINATOR_ALTERNATION})\\s+$`, 'i');

/** A preposition just before a name makes the name its object, not a clause's subject. */
const PREPOSITION_BEFORE =
  /\b(?:of|to|with|by|for|from|at|on|in|about|against|over|under|between|toward|towards|than|like|including|into|onto|upon|among|behind|beside|without|via)\s+$/i;

const NAME_RUN = new RegExp(
  `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:${NAME_PARTICLE_ALTERNATION})\\s+)*\\p{Lu}[\\p{L}\\p{M}'’.-]*)*`,
  'gu',
);
const SPEECH_AFTER = new RegExp(
  `^\\s+(?:\\w+ly\\s+|also\\s+|later\\s+)?(?:${SPEECH_VERB_ALTERNATION})\\b`,
  'i',
);
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERB_ALTERNATION})\\s+$`, 'i');
const TAG_BEFORE = new RegExp(`,\\s*(?:${SPEECH_VERB_ALTERNATION})\\s+$`, 'i');

function lower(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '').replace(/s['’]$/, 's');
}

export function surname(name: string): string {
  const parts = name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w));
  return lower(parts[parts.length - 1] ?? name);
}

function genderOfFirstName(first: string | undefined): Gender {
  return first ? firstNameGender(first.replace(/\.$/, '')) : null;
}

function formsOf(name: string, aliases: string[]): Set<string> {
  const forms = new Set<string>([name.toLowerCase(), ...aliases.map((a) => a.toLowerCase())]);
  if (name.includes(' ')) forms.add(surname(name));
  return forms;
}

/** A title, role or organisation word; hyphenated titles ("Sergeant-at-Arms", "Attorney-General") count by their parts. */
function isTitleToken(token: string): boolean {
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
 * it follows a given name or an honorific: "Charlie King", "Mr. King".
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

export class SpeakerBook {
  readonly speakers: Speaker[] = [];
  /** Lookups by lower-cased form and by surname, kept in step with `speakers`. */
  private readonly byForm = new Map<string, Speaker[]>();
  private readonly bySurname = new Map<string, Speaker[]>();

  /** Lower-cased names (and aliases) of the article's places: "Edmonton responded" is a team, not a person. */
  readonly places = new Set<string>();

  constructor(entities: Entities) {
    for (const place of entities.places)
      for (const form of [place.name, ...(place.aliases ?? [])]) this.places.add(form.toLowerCase());
    // "Suncor" beside "Suncor Energy": a one-word "person" that opens an organisation's name is that organisation.
    const orgHeads = new Map(
      entities.organizations
        .filter((o) => o.name.includes(' '))
        .map((o) => [o.name.split(/\s+/)[0]!.toLowerCase(), o]),
    );
    const shortForms = new Map<string, string[]>();
    for (const p of entities.people) {
      const org = p.name.includes(' ') ? undefined : orgHeads.get(p.name.toLowerCase());
      if (org) shortForms.set(org.name, [...(shortForms.get(org.name) ?? []), p.name]);
    }
    for (const p of entities.people) {
      if (!p.name.includes(' ') && orgHeads.has(p.name.toLowerCase())) continue;
      // Keep the personal name only: "Nova Scotia Liberal MP Sean Fraser" is Sean Fraser.
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

  /** The known speaker a written name refers to: exact form first, then surname with a compatible first name. */
  find(name: string, kind?: 'person' | 'org'): Speaker | null {
    const key = name.toLowerCase();
    const fits = (s: Speaker) => !kind || s.kind === kind;
    const exact = this.byForm.get(key)?.find(fits);
    if (exact) return exact;
    if (kind === 'org') {
      return (
        (this.bySurname.get(surname(name)) ?? []).find(
          (s) => s.kind === 'org' && s.name.toLowerCase().endsWith(` ${key}`),
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

  /** People the article names with this surname (a lone word): "LeBlanc" may be father or son. */
  namesakes(word: string): Speaker[] {
    return (this.bySurname.get(surname(word)) ?? []).filter((s) => s.kind === 'person');
  }

  add(speaker: Speaker): Speaker {
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
 * Locates the entity stage's people and organisations in the narration (quoted words are blanked
 * out), sentence by sentence, so pronouns and descriptions can reach back to them. The entity
 * stage decides who is a name; this adds only names a speech verb attests ("said Jane Roe") and
 * one-word names after an honorific ("Mr. Patel"), which a quote's own cue needs.
 */
export function indexNames(doc: Doc, layout: Layout, book: SpeakerBook): NameIndex {
  const bySentence: Mentioned[][] = doc.sentences.map(() => []);
  const pronounSubject: Array<'he' | 'she' | null> = doc.sentences.map(() => null);
  const pronounClause: Array<'he' | 'she' | null> = doc.sentences.map(() => null);
  // A lone word is a name only if it matches a full name, follows an honorific or speaks.
  const pending: Array<{
    sentence: number;
    offset: number;
    token: string;
    honorific: Gender | 'near-speech';
    subject: boolean;
    oblique: boolean;
  }> = [];
  doc.sentences.forEach((_sentence, i) => {
    const p = doc.sentenceParagraph[i] ?? 0;
    const start = layout.sentenceStart[i] ?? 0;
    const end = start + (doc.sentences[i]?.length ?? 0);
    const paragraph = doc.paragraphs[p] ?? '';
    const narration = (layout.narration[p] ?? '').slice(start, end);
    const opening = PRONOUN_OPENING.exec(narration)?.[1]?.toLowerCase();
    if (opening === 'he' || opening === 'she') pronounSubject[i] = opening;
    const clause = opening ?? pronounAfterLead(narration)?.toLowerCase();
    if (clause === 'he' || clause === 'she') pronounClause[i] = clause;
    // A plain exec loop: matchAll's iterator and regex copy cost more than the matching here.
    NAME_RUN.lastIndex = 0;
    for (let m = NAME_RUN.exec(narration); m !== null; m = NAME_RUN.exec(narration)) {
      const offset = start + m.index;
      const tokens = m[0].split(/\s+/);
      const possessor = /['’]s?$/.test(tokens[tokens.length - 1]!);
      const oblique = possessor || PREPOSITION_BEFORE.test(paragraph.slice(Math.max(0, offset - 16), offset));
      tokens[tokens.length - 1] = stripPossessive(tokens[tokens.length - 1]!).replace(/[.,]$/, (d) =>
        /^\p{Lu}\.$/u.test(tokens[tokens.length - 1]!) ? d : '',
      );
      while (tokens.length > 0 && NON_NAME_CAPITALS.has(lower(tokens[0]!))) tokens.shift();
      // "The CBC's Richard Cuthbertson": an owner in the possessive is not part of the name after it.
      const owner = tokens.findLastIndex((t, k) => k < tokens.length - 1 && /['’]s$/.test(t));
      if (owner >= 0) tokens.splice(0, owner + 1);
      if (tokens.length === 0) continue;
      const joined = tokens.join(' ');
      const { titles, name } = splitTitles(tokens);
      const after = paragraph.slice(offset + m[0].length, offset + m[0].length + 40);
      const before = paragraph.slice(Math.max(0, offset - 40), offset);
      const nearSpeech = SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before);
      const orgWord = name.length === 0 && tokens.some((w) => ORG_HEADS.has(lower(w)));
      if (orgWord || (shapedLikeOrganisation(tokens) && !book.find(joined, 'person'))) {
        const orgName = joined;
        // An organisation after a preposition ("crews from the utility") still speaks for its people; only a possessor is oblique.
        // One place for names: an organisation the entity stage did not find is taken only where a
        // speech verb beside it says it speaks ("Acme Corp said").
        if (!nearSpeech && !book.find(orgName, 'org')) continue;
        const known = book.organisation(orgName, false);
        bySentence[i]!.push({
          speaker: known,
          offset,
          subject: opensClause(paragraph.slice(start, offset)),
          oblique: possessor,
        });
        continue;
      }
      if (name.length === 0) continue;
      if (titles.length === 0 && book.places.has(joined.toLowerCase()) && !book.find(joined, 'person'))
        continue;
      // "the Kinder Morgan pipeline", "a Starlight Tours case": a bare name after an article modifies a noun.
      if (titles.length === 0 && /\b(?:the|a|an)\s+$/i.test(before)) continue;
      // "..., adds Al Basha." / "..., Kim says.": a tag closing the sentence names who the sentence is about.
      // "... later when Jones recorded his first goal": a subordinate clause's subject counts too.
      const subject =
        opensClause(paragraph.slice(start, offset)) ||
        TAG_BEFORE.test(before) ||
        (/,\s*$/.test(before) && SPEECH_AFTER.test(after)) ||
        SUBORDINATOR_BEFORE.test(before);
      const honorific = honorificGender(titles);
      const roleBefore = roleText(titles, paragraph.slice(Math.max(0, offset - 60), offset));
      const fullName = name.join(' ');
      // The entity stage knows "Google" and "Suncor Energy" as organisations: never make them people.
      const org = titles.length === 0 ? book.find(fullName, 'org') : null;
      if (org && !book.find(fullName, 'person')) {
        bySentence[i]!.push({ speaker: org, offset, subject, oblique: possessor });
        continue;
      }
      let speaker = book.find(fullName, 'person');
      if (!speaker && name.length === 1) {
        // "Yuni, a resident of Lampung, was watching ...": an appositive role marks a person too.
        const described =
          nearSpeech ||
          (subject &&
            appositiveRole(paragraph.slice(offset + m[0].length, offset + m[0].length + 120)) !== null);
        pending.push({
          sentence: i,
          offset,
          token: fullName,
          honorific: honorific ?? (described ? 'near-speech' : null),
          subject,
          oblique,
        });
        continue;
      }
      // Likewise a person: the entity stage's people, or a name a speech verb attests ("said Jane Roe").
      if (!speaker && !nearSpeech) continue;
      if (!speaker) {
        speaker = book.add({
          name: fullName,
          kind: 'person',
          gender: honorific ?? genderOfFirstName(name[0]),
          role: roleBefore,
          forms: formsOf(fullName, []),
          confirmed: false,
        });
      }
      if (!speaker.gender) speaker.gender = honorific ?? genderOfFirstName(name[0]);
      if (!speaker.role && roleBefore) speaker.role = roleBefore;
      else if (roleBefore && roleBefore !== speaker.role)
        speaker.otherRoles = [...(speaker.otherRoles ?? []), roleBefore];
      if (!speaker.role)
        speaker.role = appositiveRole(paragraph.slice(offset + m[0].length, offset + m[0].length + 120));
      if (titles.length > 0 || honorific || genderOfFirstName(name[0]) || nearSpeech || speaker.role)
        speaker.confirmed = true;
      bySentence[i]!.push({ speaker, offset, subject, oblique });
    }
  });
  // Single-word names ("Patel", "Mr. Patel") are resolved once every full name is known.
  for (const { sentence, offset, token, honorific, subject, oblique } of pending) {
    let speaker = book.find(token, 'person');
    const gender = honorific === 'near-speech' ? null : honorific;
    if (!speaker && honorific) {
      speaker = book.add({
        name: token,
        kind: 'person',
        gender,
        role: null,
        forms: formsOf(token, []),
        confirmed: true,
      });
    }
    if (!speaker) continue;
    if (!speaker.gender && gender) speaker.gender = gender;
    bySentence[sentence]!.push({ speaker, offset, subject, oblique });
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
 * "LNG Canada", "Environment Canada": a name closed by a country, with no given name or title in
 * it, is an organisation's.
 */
function shapedLikeOrganisation(tokens: string[]): boolean {
  // A title inside ("NDP Leader Jagmeet Singh") makes a person's name; initials lead names too ("JD Vance").
  if (tokens.length < 2 || tokens.length > 4 || tokens.some((t) => isFirstName(t) || isTitleToken(t)))
    return false;
  const last = lookupPlace(tokens[tokens.length - 1]!);
  return last !== undefined && isCountry(last) && lookupPlace(tokens.join(' ')) === undefined;
}

/** A lead-in before a clause's subject: "On Monday,", "In a statement released Tuesday,", "But". */
const CLAUSE_LEAD =
  /^(?:(?:but|and|so|yet|still|meanwhile|however|now|then|later|earlier)\s*,?\s*)?(?:[^;:!?"“”]{1,150},\s*)?$/i;

/** True when only a short lead-in (or nothing) stands between the sentence start and a mention. */
function opensClause(before: string): boolean {
  const text = before.replace(/^[\s"“”‘’'(—–-]+/, '');
  return CLAUSE_LEAD.test(text) || CLAUSE_LEAD.test(withoutDescriptor(text));
}

/**
 * "Toronto retiree Doug Purdy says", "Chinese foreign ministry spokeswoman Hua Lin said": a short
 * description ending in a role noun may stand before the name that opens the clause. Returns the
 * text before that description (unchanged when there is none).
 */
function withoutDescriptor(before: string): string {
  const words = before.trimEnd().split(/\s+/);
  let k = words.length;
  let sawRole = false;
  while (k > 0 && words.length - k < 5) {
    const w = words[k - 1]!;
    const singular = lower(w).replace(/(?<=[^s])s$/, '');
    const roleNoun = isRoleNoun(w) || isRoleNoun(singular);
    const role = /^[\p{L}-]+$/u.test(w) && (roleNoun || TITLE_WORDS.has(lower(w)));
    const owner = /^\p{Lu}[\p{L}.-]*['’]s?$/u.test(w);
    if (!role && !owner && !/^\p{Lu}[\p{L}.-]*$/u.test(w) && !/^\d+-year-old$/.test(w)) break;
    // The word just before the name must be a role noun ("retiree", "spokeswoman", "Stella's
    // owners"), not an adjective.
    if (k === words.length && !(role && /^\p{Ll}/u.test(w) && roleNoun)) return before;
    sawRole ||= role;
    k--;
  }
  return sawRole ? words.slice(0, k).join(' ') + (k > 0 ? ' ' : '') : before;
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
  const words = before.trimEnd().split(/\s+/);
  const lead: string[] = [];
  for (let k = words.length - 1; k >= 0 && lead.length < 5; k--) {
    const w = words[k]!;
    if (!/^[\p{Ll}][\p{L}-]*$/u.test(w) || !(TITLE_WORDS.has(w) || isRoleNoun(w))) break;
    lead.unshift(w);
  }
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

const PRONOUN_AFTER_SPACE = / (?:he|she|his|her)(?: |$)/;

/** "Smith said she ..." tells Smith's gender; used only where no other cue exists. */
function learnGenderFromPronouns(doc: Doc, book: SpeakerBook): void {
  for (const sentence of doc.sentences) {
    // A cue needs a name and a verb before the pronoun, so the pronoun follows a space.
    if (!PRONOUN_AFTER_SPACE.test(sentence)) continue;
    const words = sentence.split(' ');
    words.forEach((w, k) => {
      if (w !== 'he' && w !== 'she' && w !== 'his' && w !== 'her') return;
      const verbAt = words[k - 1] === 'that' ? k - 2 : k - 1;
      const verb = words[verbAt];
      const name = words[verbAt - 1];
      if (!verb || !name || !isSpeechVerb(verb) || !/^\p{Lu}/u.test(name)) return;
      const speaker = book.find(stripPossessive(name.replace(/[,.]$/, '')), 'person');
      if (speaker && !speaker.gender) speaker.gender = w === 'he' || w === 'his' ? 'male' : 'female';
    });
  }
}
