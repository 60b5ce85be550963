/**
 * Who a speech frame names as the speaker, read from the words before the speech verb
 * (`mentionBefore`) or after it (`mentionAfter`): a name, a pronoun or a noun phrase, as written.
 *
 * This is the entry the rest of the quote stage imports: it re-exports the readers and the tests
 * of who can speak from the parts in this folder, one job to a module.
 */

import { lowerCase } from '../lexicon/lower-case.js';
import { PARTY_MEMBER, DOCUMENT_NOUNS, ORG_NOUNS, ORG_HEADS } from './lexicon.js';
import { demonymOf } from '../lexicon/places.js';
import { isSpeechVerb } from '../lexicon/speech.js';
import { isRoleNoun } from '../lexicon/titles.js';
import type { Mention } from './mentions/types.js';
import {
  ADVERBS_AT_END,
  PRONOUNS,
  bare,
  DETERMINERS,
  NOMINAL_STOPS,
  CLAUSE_WORDS,
  isTitleOrRole,
  DEFINITE,
  isPossessive,
  isOnlyTitles,
  GROUP_NOUNS,
} from './mentions/words.js';
import { nameEndingAt, jointBefore, nameRunAt, jointAfter, splitTitleRun } from './mentions/names.js';
import { canSpeak, isAgentNoun, AGE_NOUN } from './mentions/speakers.js';
export type { Mention } from './mentions/types.js';
export { isAgentNoun, namesSeveralPeople, AGE_NOUN, canSpeak } from './mentions/speakers.js';
export { isSpeechVerbAt } from './mentions/speech-verbs.js';

/**
 * Reads the speaker at the end of `pre`, the words just before a speech verb:
 * "... Smith", "... he", "... the mayor", "Jane Doe, the city's mayor,".
 */
const RELATIVE_TAG = /,(?:\s+(?:left|right|centre|center|pictured|above|below|\d{1,3}),)?\s+who$/;

/** A relative clause closing the text, set off by a comma: ", who asked not to be named". */
const RELATIVE_CLAUSE_END = /,\s+(?:who|whose)\s[^,;:.!?"“”]{2,80}$/;

export function mentionBefore(pre: string): Mention | null {
  let text = pre.trimEnd();
  for (let i = 0; i < 3 && ADVERBS_AT_END.test(text); i++) text = text.replace(ADVERBS_AT_END, '');
  const document = documentSubject(text);
  if (document) return document;
  const modified = unnamedSubjectWithModifier(text);
  if (modified) return modified;
  if (text.endsWith(',')) {
    // "A local resident, who asked not to be named, said": a relative clause set off by commas
    // describes the subject before it, whose mention is read as if the clause were not there.
    const inner = text.slice(0, -1);
    const relative = RELATIVE_CLAUSE_END.exec(inner);
    const subject = relative ? mentionBefore(inner.slice(0, relative.index)) : null;
    return subject ?? appositiveBefore(inner);
  }
  // "Jane Doe, 67, who says '...'": a relative clause's speaker is the name it hangs on; a
  // caption's "left" or an age may stand between.
  const relative = RELATIVE_TAG.exec(text);
  if (relative) {
    const words = text.slice(0, relative.index).split(/\s+/).filter(Boolean);
    const name = nameEndingAt(words, words.length - 1);
    return name ? { kind: 'name', text: name, appositive: null } : null;
  }
  const words = text.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last) return null;
  const sources = groupWithModifierEndingAt(text);
  if (sources) return sources;
  const issuer = issuerOfDocumentEnding(words);
  if (issuer) return issuer;
  if (PRONOUNS.has(lowerCase(last)) && /^[\p{L}]+$/u.test(last))
    return { kind: 'pronoun', text: lowerCase(last) };
  const name = nameEndingAt(words, words.length - 1);
  // "the Oregon Democrat said": a party member or a nationality after "the" describes a person.
  // "one veteran Democrat said": a party word alone is a title word, not a name, but still a member.
  const lone = bare(last);
  const member = !name && /^\p{Lu}/u.test(lone) && PARTY_MEMBER.test(lowerCase(lone)) ? lone : null;
  const described = name || member ? partisanDescription(words, name ?? member!) : null;
  if (described) return described;
  const affiliate = name ? describedAffiliate(words, name) : null;
  if (affiliate) return affiliate;
  if (name) {
    const together = jointBefore(words, name);
    const text = personBeforeAffiliation(words, name) ?? name;
    return together
      ? { kind: 'name', text, appositive: null, together }
      : { kind: 'name', text, appositive: null };
  }
  return titleRunEndingAt(words) ?? nominalEndingAt(words);
}

/**
 * The past forms that make their subject a document's issuer: "issued a statement", "put out a
 * release". A closed list written by hand from English usage, no corpus mined.
 */
const ISSUING_VERB = /^(?:issued|released|published|posted|sent|signed|put|filed)$/;

/**
 * "Acme issued a statement saying ...", "she released a statement saying, '...'": the words before
 * the participle end in a document the subject put out, and the subject speaks through it (as
 * "X said in a statement" does), not the document as an unnamed speaker. Read from the end: a
 * document noun, at most two modifiers and a determiner, then the verb ("put out", "sent out"
 * with their particle).
 */
function issuerOfDocumentEnding(words: string[]): Mention | null {
  const n = words.length;
  const last = words[n - 1] ?? '';
  if (!DOCUMENT_NOUNS.has(lowerCase(bare(last))) || /[.;:!?]$/.test(last)) return null;
  for (let d = n - 2; d >= Math.max(1, n - 4); d--) {
    if (!DETERMINERS.has(lowerCase(words[d]!))) continue;
    const particle = /^(?:out|up)$/.test(words[d - 1] ?? '') ? 1 : 0;
    const verb = words[d - 1 - particle] ?? '';
    if (!ISSUING_VERB.test(verb) || (verb === 'put') !== (particle === 1)) return null;
    return mentionBefore(words.slice(0, d - 1 - particle).join(' '));
  }
  return null;
}

/**
 * An unnamed speaker opening its clause, then a phrase that tells which one without a comma: a
 * participle's ("Another source speaking to the Courier", "A neighbour interviewed by reporters")
 * or a relative clause's ("Two parents who wrote to the mayor"); a past form only with its agent
 * ("interviewed by"), since "a clerk waved them through" is a clause of its own, and no "and" or
 * "but" may follow, which would start another clause. Only an indefinite or counted phrase: it
 * introduces someone new, so it is no anaphor for a person the article names. The determiners are
 * a closed class (English indefinite determiners and small numerals), written by hand.
 */
const INTRODUCING_DETERMINERS = 'a|an|another|one|some|several|multiple|many|few|other|two|three|four|five'
  .split('|')
  .map((d) => `[${d[0]}${d[0]!.toUpperCase()}]${d.slice(1)}`)
  .join('|');
const UNNAMED_WITH_MODIFIER = new RegExp(
  String.raw`(?:^|,\s+)((?:${INTRODUCING_DETERMINERS})\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+))\s+(?:who|that|(?!including\b)\p{Ll}{2,}ing|\p{Ll}{2,}ed\s+by)\s(?:(?!\s(?:and|but|or)\s)[^,;:.!?"“”()])*$`,
  'u',
);

/**
 * "Another source speaking to the Courier said", "A neighbour who knew the family says": the
 * unnamed speaker opening the clause is the verb's subject, and a name in the phrase after it
 * (the Courier, the family) is not. The speaker is written without that phrase.
 */
function unnamedSubjectWithModifier(text: string): Mention | null {
  const m = UNNAMED_WITH_MODIFIER.exec(text);
  const head = m?.[2];
  if (!m?.[1] || !head || !canSpeak(head)) return null;
  return { kind: 'nominal', text: m[1], head: lowerCase(head), definite: false };
}

/** A document noun opening the words before a verb, with at most three modifiers: "The memo", "A new police report". */
const DOCUMENT_OPENING =
  /^[\s"“”‘’'(—–-]*((?:the|a|an|this|that|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+))(?=[\s,–—]|$)/iu;
/** Verbs that make their agent the author of a document: "prepared by", "issued by", "drawn up by". */
const AUTHORING = String.raw`(?:prepared|issued|published|released|written|compiled|produced|sent|signed|authored|put\s+out|drawn\s+up)`;
const AUTHOR_AFTER_DOCUMENT = new RegExp(
  String.raw`^(?:\s+from|\s+by|[\s,–—]+${AUTHORING}\s+by)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:of|for|and|on|\p{Lu}[\p{L}\p{M}'’.&-]*))*)`,
  'u',
);
/**
 * What may stand between a document and its verb without being a clause of its own: a preposition's
 * phrase ("The report for ward councillors warns") or a participle's set off by commas or dashes
 * ("The study, funded by Jane Doe, a retired banker, says").
 */
const DOCUMENT_MODIFIER =
  /^(?:\s+(?:for|to|on|about|of|from|by|into|with|in)\s+[^,;:–—]*|\s*[,–—]\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|seen|written|sent|given|drawn(?:\s+up)?|shown|taken|signed|obtained)\s+[^;:]*|\s+(?:\p{Ll}{2,}ed|seen|written|sent|given|shown|taken|signed|obtained)\s+(?:by|on|in|to|at|from|for|with|last|this|earlier)\s+[^,;:–—]*)$/u;

/**
 * "The report for ward councillors warns", "The study, funded by Jane Doe, says": a document
 * that opens the clause is the verb's subject, and a name in the phrase after it is not, unless
 * that phrase names who issued it ("a statement from the Acme Group", "the report, published by
 * the Widget Institute,"). Bare "the statement said" is left to the nominal reading.
 */
function documentSubject(text: string): Mention | null {
  const opening = DOCUMENT_OPENING.exec(text);
  if (!opening) return null;
  const head = lowerCase(opening[2]!);
  if (!DOCUMENT_NOUNS.has(head)) return null;
  const rest = text.slice(opening[0].length).replace(/[,–—\s]+$/, '');
  if (rest === '') return null;
  const author = AUTHOR_AFTER_DOCUMENT.exec(rest);
  if (author) {
    const name = author[1]!.replace(/\s+(?:of|for|and|on)$/, '').replace(/[.,]$/, '');
    return { kind: 'name', text: name, appositive: null };
  }
  const body = unnamedBodyAfterDocument(rest);
  if (body) return body;
  if (!DOCUMENT_MODIFIER.test(rest)) return null;
  const phrase = opening[1]!;
  return {
    kind: 'nominal',
    text: phrase,
    head,
    definite: /^(?:the|this|that|its|his|her|their)\s/i.test(phrase),
  };
}

/**
 * "from the defence ministry", "issued by the regional health authority": a body named only by a
 * common noun, opening what follows a document ("a statement from ..."), or null.
 */
const UNNAMED_BODY_AFTER_DOCUMENT = new RegExp(
  String.raw`^(?:\s+from|\s+by|[\s,–—]+${AUTHORING}\s+by)\s+((?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+))(?=[,;:.!?–—]|\s*$)`,
  'u',
);

/**
 * A statement issued by a body the article names only by a common noun ("a statement from the
 * defence ministry said") speaks for that body as written, as "the defence ministry said in a
 * statement" would: official statements are issued by bodies, and news copy often names the body
 * only by what it is. The head must be a noun for a body, so "a statement from the weekend" is not one.
 */
function unnamedBodyAfterDocument(rest: string): Mention | null {
  const m = UNNAMED_BODY_AFTER_DOCUMENT.exec(rest);
  const head = m?.[2];
  if (!m?.[1] || !head || !(ORG_NOUNS.has(head) || ORG_HEADS.has(head))) return null;
  return { kind: 'nominal', text: m[1], head, definite: true };
}

function partisanDescription(words: string[], name: string): Mention | null {
  const size = name.split(/\s+/).length;
  const head = lowerCase(bare(words[words.length - 1]!));
  // Singular only: "the Liberals said" is a party speaking, not one person.
  if (!(PARTY_MEMBER.test(head) || demonymOf(head) !== undefined) || head.endsWith('s')) return null;
  // "one veteran Democrat said", "an Ardley Republican said": an indefinite one is an unnamed member
  // (a modifier or two may stand between), shown as written; only "the" may refer back to a person.
  let at = words.length - size - 1;
  let skipped = 0;
  while (skipped < MAX_MEMBER_MODIFIERS && isMemberModifier(words[at] ?? '')) {
    at--;
    skipped++;
  }
  const det = lowerCase(bare(words[at] ?? ''));
  if (det === 'the' && skipped === 0)
    return { kind: 'nominal', text: words.slice(at).join(' '), head, definite: true };
  if (!INDEFINITE_MEMBER.has(det) || !PARTY_MEMBER.test(head)) return null;
  return { kind: 'nominal', text: words.slice(at).join(' '), head, definite: false };
}

/** Determiners of an unnamed party member ("a", "one", "another"). */
const INDEFINITE_MEMBER = new Set(['a', 'an', 'one', 'another']);
/** Lower-case words allowed between such a determiner and the member ("one veteran Democrat"). */
const MAX_MEMBER_MODIFIERS = 2;

/** A plain lower-case word that may describe a member ("senior", "veteran"), not a determiner or a clause word. */
function isMemberModifier(word: string): boolean {
  return (
    /^\p{Ll}+$/u.test(word) &&
    word !== 'the' &&
    !INDEFINITE_MEMBER.has(word) &&
    !NOMINAL_STOPS.has(word) &&
    !CLAUSE_WORDS.has(word) &&
    !isSpeechVerb(word)
  );
}

/**
 * "said a Dunmore Democrat", "added another Ardley Republican", "said one veteran Democrat": a
 * party member after an indefinite determiner, with lower-case modifiers and place words before
 * it, is an unnamed speaker described by party, as written (not the place's name). Null otherwise.
 */
function partyMemberAfter(words: string[]): Mention | null {
  const det = lowerCase(bare(words[0] ?? ''));
  if (!INDEFINITE_MEMBER.has(det) || words[0] !== bare(words[0]!)) return null;
  let i = 1;
  while (i <= MAX_MEMBER_MODIFIERS && isMemberModifier(words[i] ?? '')) i++;
  for (let k = i; k < words.length && k < i + 4; k++) {
    const w = bare(words[k]!);
    if (!/^\p{Lu}/u.test(w)) return null;
    // "a Republican donor", "a Republican Party county chair": the party word is a modifier.
    const next = words[k + 1];
    const ends = words[k] !== w || next === undefined || NOMINAL_STOPS.has(next) || next === 'who';
    if (PARTY_MEMBER.test(lowerCase(w)) && ends)
      return {
        kind: 'nominal',
        text: words
          .slice(0, k + 1)
          .map(bare)
          .join(' '),
        head: lowerCase(w),
        definite: false,
      };
    if (words[k] !== w) return null;
  }
  return null;
}

/**
 * "the Health Minister said", "the Deputy Police Chief said": a capitalised run of title words after
 * a determiner names a role, not a person. It is a description whose head is its last word.
 */
function titleRunEndingAt(words: string[]): Mention | null {
  let i = words.length - 1;
  while (i >= 0 && i > words.length - 6 && /^\p{Lu}/u.test(words[i]!) && isTitleOrRole(bare(words[i]!))) i--;
  if (i === words.length - 1 || i < 0) return null;
  const det = lowerCase(words[i]!);
  if (!DEFINITE.has(det) && !isPossessive(words[i]!)) return null;
  const head = lowerCase(bare(words[words.length - 1]!));
  return { kind: 'nominal', text: words.slice(i).join(' '), head, definite: true };
}

/**
 * "Omar Reyes of BNX said": a person's name followed by "of/at/with/from" and an organisation is
 * the person speaking. Only a full personal name (two or more words, no organisation word) counts,
 * so "the Bank of Canada said" keeps the organisation.
 */
function personBeforeAffiliation(words: string[], name: string): string | null {
  let at = words.length - name.split(/\s+/).length - 1;
  // "Rachel Kerr with the Coastal Regional Health Authority says"
  if (words[at] === 'the') at--;
  if (!/^(?:of|at|with|from)$/.test(words[at] ?? '')) return null;
  const person = nameEndingAt(words, at - 1);
  if (!person) return null;
  const tokens = person.split(/\s+/);
  return tokens.length >= 2 &&
    !tokens.some((t) => ORG_HEADS.has(lowerCase(t).replace(/\.$/, ''))) &&
    !isOnlyTitles(tokens)
    ? person
    : null;
}

/** Prepositions that tie an unnamed person to whom they speak for or belong to ("a spokesman for X"). */
const AFFILIATION_LINKS = new Set(['for', 'of', 'at', 'from']);
/** Lower-case words a description may hold before its head ("a senior", "the company's former"). */
const MAX_AFFILIATE_MODIFIERS = 2;

/**
 * "A spokeswoman for Acme said", "a lawyer for Jane Doe said", "a friend of the Brenner family
 * said": the speaker is the unnamed person the noun describes, not the body or person after the
 * preposition, who only tells which one (news names the represented party there, and that party
 * did not speak). Kept as written, with its body ("a spokeswoman for Acme"). Only a noun for a
 * person (a role or an agent noun) after a determiner: "the Bank of Canada said" is a body, and
 * "Omar Reyes of BNX" a name, both read elsewhere.
 */
function describedAffiliate(words: string[], name: string): Mention | null {
  let at = words.length - name.split(/\s+/).length - 1;
  if (/^the$/i.test(words[at] ?? '')) at--;
  if (!AFFILIATION_LINKS.has(words[at] ?? '')) return null;
  const headWord = words[at - 1] ?? '';
  const head = lowerCase(headWord);
  if (headWord !== bare(headWord) || !/^\p{Ll}+$/u.test(headWord)) return null;
  const singular = head.replace(/(?<=[^s])s$/, '');
  if (!(isRoleNoun(head) || isAgentNoun(head)) || singular !== head) return null;
  for (let i = at - 2; i >= Math.max(0, at - 2 - MAX_AFFILIATE_MODIFIERS); i--) {
    const w = words[i]!;
    const lw = lowerCase(bare(w));
    if (w !== bare(w) && !isPossessive(w)) return null;
    if (DETERMINERS.has(lw) || isPossessive(w))
      return {
        kind: 'nominal',
        text: words.slice(i).join(' '),
        head,
        definite: DEFINITE.has(lw) || isPossessive(w),
      };
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w) || CLAUSE_WORDS.has(lw)) return null;
  }
  return null;
}

/** Longest body read after "a spokeswoman for" ("the regional water authority", "Acme Holdings"). */
const MAX_AFFILIATION_WORDS = 5;

/**
 * The body after a person's noun and its preposition, up to the tag's end ("said a spokeswoman
 * for the water authority."), or null when the noun is no person's or the phrase runs on into a
 * clause (then only the noun is kept, as before).
 */
function affiliationAfter(words: string[], link: number, head: string): string[] | null {
  if (!/^\p{Ll}+$/u.test(head) || !(isRoleNoun(head) || isAgentNoun(head))) return null;
  const body: string[] = [];
  for (let k = link + 1; k < words.length && body.length < MAX_AFFILIATION_WORDS; k++) {
    const w = words[k]!;
    const b = bare(w);
    if (b === '' || CLAUSE_WORDS.has(lowerCase(b)) || NOMINAL_STOPS.has(lowerCase(b))) return null;
    body.push(b);
    const last = w !== b || k === words.length - 1;
    // The body ends where the tag does: at punctuation or the end of the text, never a determiner alone.
    if (last)
      return /[,.;:!?]$/.test(w) || k === words.length - 1
        ? body.some((x) => !DETERMINERS.has(lowerCase(x)))
          ? body
          : null
        : null;
  }
  return null;
}

/** "of the", "for": a name after a preposition is its object, never the clause's subject. */
const GOVERNING_PREPOSITION = /^(?:of|for|at|in|with|from|to|on)$/i;

/**
 * A past participle and its preposition opening a phrase set off by commas: "seen by reporters",
 * "released on Monday", "based in Leeds". A participle with an object ("introduced the guests")
 * is as likely a finite verb, so the preposition is required.
 */
const PARTICIPLE_OPENING =
  /^(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|seen|written|sent|given|made|shown|taken|drawn|known|signed|obtained)\s+(?:by|on|in|to|at|from|for|with|last|this|earlier)\s/u;

function appositiveBefore(text: string): Mention | null {
  // "The letter, seen by the Mail, reads:", "The statement, released on Monday, said": a participle
  // phrase between the subject and its verb describes the subject, and a name in it ("by the
  // Mail") is an agent or a place, never the one speaking.
  const lastComma = text.lastIndexOf(',');
  if (lastComma > 0 && PARTICIPLE_OPENING.test(`${text.slice(lastComma + 1).trim()} `)) {
    const subject = mentionBefore(text.slice(0, lastComma));
    if (subject) return subject;
  }
  // "Jane Doe, the city's mayor," said: the subject sits before the appositive's opening comma.
  // The appositive may hold commas of its own ("Maria Lindqvist, the chair of the Nordic Water
  // Council, which advises the ministers,"), so each comma is tried from the last back, skipping
  // names that are a preposition's object ("of the Nordic Water Council").
  const parts = text.split(',');
  const tail = (parts[parts.length - 1] ?? '').trim();
  for (let k = parts.length - 1; k >= 1; k--) {
    const appositive = parts.slice(k).join(',').trim();
    if (appositive.split(/\s+/).length > 18) return null;
    const words = parts.slice(0, k).join(',').trimEnd().split(/\s+/).filter(Boolean);
    const found = nameEndingAt(words, words.length - 1);
    // "Will Stone, a crane operator based in Tacoma, Wash., and a steward ..., said": a state
    // abbreviation after a town is no name.
    const name = found && /^\p{Lu}\p{Ll}+\.$/u.test(found) ? null : found;
    if (name) {
      const before = words
        .slice(0, words.length - name.split(/\s+/).length)
        .filter((w) => lowerCase(w) !== 'the');
      // "Officials at Harbour Safety Services, a division of ...,": a group speaks for its organisation.
      const group = GROUP_NOUNS.has(lowerCase(bare(before[before.length - 2] ?? '')));
      if (!GOVERNING_PREPOSITION.test(before[before.length - 1] ?? '') || group)
        return { kind: 'name', text: name, appositive };
    }
    const last = words[words.length - 1]?.toLowerCase();
    if (!name && last && PRONOUNS.has(last) && k === parts.length - 1) return { kind: 'pronoun', text: last };
    // "the head of regional dispatch for CRS, Paul Amadi, says": a description, then the
    // person's name in apposition to it.
    if (k === parts.length - 1 && words.some((w) => isRoleNoun(bare(w)))) {
      const tailWords = tail.split(/\s+/);
      const apposed = nameEndingAt(tailWords, tailWords.length - 1);
      if (apposed && apposed === tail && apposed.includes(' ') && !isOnlyTitles(tailWords))
        return { kind: 'name', text: apposed, appositive: words.join(' ') };
    }
  }
  return null;
}

/** Prepositions that attach a noun phrase to the speaker noun before it ("a member of the public"). */
const NOMINAL_LINKS = new Set(['of', 'for', 'at', 'from', 'with']);

function nominalEndingAt(words: string[]): Mention | null {
  const last = words[words.length - 1];
  if (!last) return null;
  const head = lowerCase(bare(last));
  if (!/^[\p{Ll}][\p{L}-]*$/u.test(bare(last)) && !AGE_NOUN.test(head)) return null;
  // "A city official responded by": a phrase ending in a preposition has no head noun.
  if (CLAUSE_WORDS.has(head) || NOMINAL_STOPS.has(head)) return null;
  for (let i = words.length - 2; i >= Math.max(0, words.length - 7); i--) {
    const w = bare(words[i]!);
    const lw = lowerCase(w);
    // "the report should be published but said": a verb or conjunction ends the noun phrase;
    // "the letter seen by reporters said": so does a passive agent.
    if (CLAUSE_WORDS.has(lw) || lw === 'by') break;
    if (DETERMINERS.has(lw) || isPossessive(w)) {
      const definite = DEFINITE.has(lw) || isPossessive(w);
      const phrase: Mention = { kind: 'nominal', text: words.slice(i).join(' '), head, definite };
      // "One local resident", "a spokesperson for the ministry": the speaker is the
      // noun before the preposition; what follows only tells which one.
      const link = lowerCase(bare(words[i - 1] ?? ''));
      if (NOMINAL_LINKS.has(link) && words[i - 1] === link) {
        const outer = nominalEndingAt(words.slice(0, i - 1));
        if (outer?.kind === 'nominal' && outer.text.includes(' '))
          return {
            ...outer,
            text: words
              .slice(words.length - phrase.text.split(' ').length - 1 - outer.text.split(' ').length)
              .join(' '),
          };
      }
      return phrase;
    }
    // "the tall, soft-spoken engineer": a comma between two adjectives right after the
    // determiner and right before the head stays inside the phrase; any other comma ends it.
    const adjectiveList =
      i === words.length - 3 &&
      /^\p{Ll}+,$/u.test(words[i]!) &&
      DETERMINERS.has(lowerCase(bare(words[i - 1] ?? '')));
    if (/[;:.!?]$/.test(words[i]!) || (words[i]!.endsWith(',') && !adjectiveList)) break;
  }
  if (GROUP_NOUNS.has(head)) return { kind: 'nominal', text: head, head, definite: false };
  return null;
}

/**
 * Reads the speaker right after a speech verb: "said Smith", "said John Smith, the mayor",
 * "said former prime minister Jane Holt", "said the ministry".
 */
export function mentionAfter(post: string): Mention | null {
  const words = post.trimStart().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return null;
  const firstBare = bare(first);
  if (PRONOUNS.has(lowerCase(firstBare))) return { kind: 'pronoun', text: lowerCase(firstBare) };
  // Titles and affiliations before a name ("said former prime minister Jane Holt", "said
  // Rockets head coach Tom Baxter"): the speaker is the last capitalised run in that stretch.
  let best: string[] = [];
  let bestEnd = 0;
  let i = 0;
  while (i < words.length && i < 10) {
    const run = nameRunAt(words, i);
    if (run.tokens.length > 0) {
      const possessive = isPossessive(words[run.end - 1]!);
      if (!isOnlyTitles(run.tokens) && !possessive) {
        best = run.tokens;
        bestEnd = run.end;
      }
      if (run.stopped || (!possessive && !isOnlyTitles(run.tokens) && !/^\p{Ll}/u.test(words[run.end] ?? '')))
        break;
      i = run.end;
      continue;
    }
    const w = bare(words[i]!);
    // Lower-case descriptors before a name ("said regulator Ines Duarte"), but never a
    // preposition or determiner ("said in a statement").
    // Numbers and ages describe too ("said 9/11 survivor Rita Lomax", "says 16-year-old Eli Ward").
    const numeric = i < 3 && /^\d[\p{L}\d/-]*$/u.test(w);
    // "said fish and chip shop owner Jody Kerr": "and" may join two descriptors.
    // "said Arts Council president and CEO Jo Carden": or a title in capitals.
    const next = words[i + 1] ?? '';
    const joins = w === 'and' && i > 0 && (/^\p{Ll}[\p{L}-]*$/u.test(next) || isTitleOrRole(bare(next)));
    if (
      (numeric || /^\p{Ll}/u.test(w)) &&
      words[i] === w &&
      (numeric || joins || isTitleOrRole(w) || (i < 5 && !NOMINAL_STOPS.has(w) && !DETERMINERS.has(w)))
    ) {
      i++;
      continue;
    }
    break;
  }
  // "says House." — a lone title word closing the tag may be a surname; the resolver decides.
  if (best.length === 0) {
    const lone = nameRunAt(words, 0);
    if (
      lone.tokens.length === 1 &&
      lone.stopped &&
      isOnlyTitles(lone.tokens) &&
      /^\p{Lu}\p{Ll}+$/u.test(lone.tokens[0]!)
    )
      return { kind: 'name', text: lone.tokens[0]!, appositive: null };
  }
  if (best.length > 0) {
    const joint = jointAfter(words, best, bestEnd);
    if (joint) return { kind: 'name', text: joint.text, appositive: null, together: joint.together };
    const rest = words.slice(bestEnd).join(' ');
    // Not past the sentence's end: "said Jo Carden. The evening's ..." has no apposition.
    const closed = /\.$/.test(words[bestEnd - 1] ?? '') && !/^\p{Lu}\.$/u.test(words[bestEnd - 1] ?? '');
    const appositive = closed ? null : (/^,?\s*((?:the|a|an)\s[^,.;]{2,100})/i.exec(rest)?.[1] ?? null);
    return { kind: 'name', text: best.join(' '), appositive };
  }
  const det = lowerCase(firstBare);
  const owned = possessedName(words);
  if (owned) return owned;
  const source = oneWithModifierStart(post.trimStart());
  if (source) return source;
  const issued = documentIssuedBy(words);
  if (issued) return issued;
  const member = partyMemberAfter(words);
  if (member) return member;
  if (DETERMINERS.has(det) || isPossessive(firstBare)) {
    const phrase: string[] = [first];
    let head = '';
    for (let k = 1; k < words.length && k < 7; k++) {
      const w = bare(words[k]!);
      if (NOMINAL_STOPS.has(lowerCase(w))) {
        // "said a spokeswoman for the water authority": a person's noun keeps its body, as written.
        const body = words[k] === w && AFFILIATION_LINKS.has(w) ? affiliationAfter(words, k, head) : null;
        if (body) phrase.push(w, ...body);
        break;
      }
      // "according to his trainer Ivo Brandt", "said the club's chairman Tom Vane": a name
      // after the described role is the speaker, the description its apposition.
      if (k >= 2 && /^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(head)) {
        const named = nameRunAt(words, k);
        if (named.tokens.length > 0 && !isOnlyTitles(named.tokens))
          return { kind: 'name', text: named.tokens.join(' '), appositive: phrase.join(' ') };
      }
      phrase.push(w);
      head = lowerCase(w);
      if (words[k] !== w) break;
    }
    if (head) {
      // "says Moreau's sister, Claire Dubois": a name in apposition names the speaker outright.
      const apposed = words[phrase.length - 1]?.endsWith(',') ? nameRunAt(words, phrase.length) : null;
      if (apposed && apposed.tokens.length > 0 && !isOnlyTitles(apposed.tokens))
        return { kind: 'name', text: apposed.tokens.join(' '), appositive: phrase.join(' ') };
      return {
        kind: 'nominal',
        text: phrase.join(' '),
        head,
        definite: DEFINITE.has(det) || isPossessive(firstBare),
      };
    }
  }
  if (GROUP_NOUNS.has(lowerCase(firstBare))) {
    const modified = GROUP_WITH_MODIFIER_START.exec(post.trimStart())?.[0];
    const text = modified ? modified.replace(/[\s,;:.!?]+$/, '') : lowerCase(firstBare);
    return { kind: 'nominal', text, head: lowerCase(firstBare), definite: false };
  }
  return null;
}

/**
 * How unnamed sources are described: a group noun and what they know or where they stand
 * ("sources familiar with the talks", "officials close to the minister", "people briefed on the
 * deal"). The modifier is part of who spoke and is kept as written.
 */
const SOURCE_MODIFIER = String.raw`(?:familiar with|close to|briefed on|with knowledge of|knowledgeable about|involved in|aware of|in|at|from|inside|within)\s+[^,;:.!?"“”]{2,50}?`;
const GROUP_WITH_MODIFIER_START = new RegExp(
  String.raw`^(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+${SOURCE_MODIFIER}(?=[,;:.!?]|\s*$)`,
  'u',
);
/** The group noun may open the sentence ("Sources close to the minister said"), so case is free. */
const GROUP_WITH_MODIFIER_END = new RegExp(
  String.raw`(?:^|\s)((?:(?:two|three|several|some|many|other|senior|government|administration|military|party|unnamed|anonymous)\s+){0,2}(\p{L}+)\s+${SOURCE_MODIFIER})$`,
  'iu',
);

/**
 * One unnamed source described the same way: "a person familiar with the matter", "a senior
 * official close to the talks", "one diplomat briefed on the meeting". The noun must name a
 * person who can speak; the phrase is kept as written.
 */
const ONE_WITH_MODIFIER = String.raw`((?:a|an|one|another)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}+)\s+${SOURCE_MODIFIER})`;
const ONE_WITH_MODIFIER_START = new RegExp(String.raw`^${ONE_WITH_MODIFIER}(?=[,;:.!?]|\s*$)`, 'iu');
const ONE_WITH_MODIFIER_END = new RegExp(String.raw`(?:^|\s)${ONE_WITH_MODIFIER}$`, 'iu');

/**
 * "according to a statement from the Glen Rescue Team", "said a report by Acme Bank": a document
 * speaks for the body or person named as its source, as "X said in a statement" would.
 */
function documentIssuedBy(words: string[]): Mention | null {
  if (!DETERMINERS.has(lowerCase(bare(words[0] ?? '')))) return null;
  const noun = words[1] ?? '';
  if (noun !== bare(noun) || !DOCUMENT_NOUNS.has(lowerCase(noun))) return null;
  if (!/^(?:from|by)$/i.test(words[2] ?? '')) return null;
  const at = /^the$/i.test(words[3] ?? '') ? 4 : 3;
  const run = nameRunAt(words, at);
  if (run.tokens.length === 0 || isOnlyTitles(run.tokens))
    return unnamedBodyAfterDocument(` ${words.slice(2, 9).join(' ')}`);
  return { kind: 'name', text: run.tokens.join(' '), appositive: null };
}

/** "a person familiar with the matter" opening the text after a speech verb, or null. */
function oneWithModifierStart(text: string): Mention | null {
  const m = ONE_WITH_MODIFIER_START.exec(text);
  const head = m?.[2]?.toLowerCase();
  if (!m?.[1] || !head || !canSpeak(head)) return null;
  return { kind: 'nominal', text: m[1], head, definite: false };
}

/** "sources familiar with the talks" or "a person familiar with the talks" ending the text before a speech verb, or null. */
function groupWithModifierEndingAt(text: string): Mention | null {
  const one = ONE_WITH_MODIFIER_END.exec(text);
  const oneHead = one?.[2]?.toLowerCase();
  if (one?.[1] && oneHead && canSpeak(oneHead))
    return { kind: 'nominal', text: one[1], head: oneHead, definite: false };
  const m = GROUP_WITH_MODIFIER_END.exec(text);
  const head = m?.[2]?.toLowerCase();
  if (!m?.[1] || !head || !GROUP_NOUNS.has(head)) return null;
  return { kind: 'nominal', text: m[1], head, definite: false };
}

/**
 * "said the agency's Azra Khan", "said the company's chief executive, Jane Doe": an owner in the
 * possessive, role words, then the person's name.
 */
function possessedName(words: string[]): Mention | null {
  let i = DETERMINERS.has(lowerCase(bare(words[0] ?? ''))) ? 1 : 0;
  const owner = words[i];
  if (!owner || !isPossessive(bare(owner))) return null;
  i++;
  while (
    i < words.length &&
    i < 8 &&
    /^\p{Ll}[\p{L}-]*,?$/u.test(words[i]!) &&
    isTitleOrRole(bare(words[i]!))
  )
    i++;
  const run = nameRunAt(words, i);
  if (run.tokens.length === 0 || isOnlyTitles(run.tokens)) return null;
  const { name } = splitTitleRun(run.tokens);
  return name.length > 0
    ? { kind: 'name', text: run.tokens.join(' '), appositive: words.slice(0, i).join(' ') }
    : null;
}
