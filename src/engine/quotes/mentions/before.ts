/**
 * The speaker read from the words before a speech verb (`mentionBefore`): a name, pronoun or noun
 * phrase closing the text, past a relative clause, an appositive before it ("Released on Monday,
 * the report says") or a document the subject put out ("Acme issued a statement saying").
 */

import { lowerCase } from '../../lexicon/lower-case.js';
import { PARTY_MEMBER, DOCUMENT_NOUNS } from '../lexicon.js';
import { isRoleNoun } from '../../lexicon/titles.js';
import type { Mention } from './types.js';
import { ADVERBS_AT_END, PRONOUNS, bare, DETERMINERS, GROUP_NOUNS, isOnlyTitles } from './words.js';
import { documentSubject } from './documents.js';
import { canSpeak } from './speakers.js';
import { unnamedSubjectWithModifier, groupWithModifierEndingAt } from './unnamed.js';
import { nameEndingAt, jointBefore } from './names.js';
import { partisanDescription, describedAffiliate, personBeforeAffiliation } from './affiliations.js';
import { titleRunEndingAt, nominalEndingAt } from './nominals.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;
const CAPITALISED_WORD_DOT = /^\p{Lu}\p{Ll}+\.$/u;

/**
 * Reads the speaker at the end of `pre`, the words just before a speech verb:
 * "... Smith", "... he", "... the mayor", "Jane Doe, the city's mayor,".
 */
const RELATIVE_TAG = /,(?:\s+(?:left|right|centre|center|pictured|above|below|\d{1,3}),)?\s+who$/;

/**
 * A relative clause or a participle's phrase closing the text, set off by a comma: ", who asked not
 * to be named", ", speaking on condition of anonymity" (round 2). Prepositions that end in -ing
 * ("including", "according", "during") open no participle.
 */
const RELATIVE_CLAUSE_END =
  /,\s+(?:who|whose|(?!(?:including|according|during|regarding|concerning|following|excluding|notwithstanding|pending)\s)\p{Ll}{2,}ing)\s[^,;:.!?"“”]{2,120}$/u;

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
    // "An aide, speaking on condition of anonymity, said": a participle's phrase is skipped only
    // after an unnamed person; after a name it may be a role ("Ann Ruiz, managing director of
    // ..."), read as the appositive, and after a thing ("the vote, forcing ...") it is no subject.
    const participle = relative !== null && !/^,\s+who/.test(relative[0]);
    if (participle && !(subject?.kind === 'nominal' && canSpeak(subject.head)))
      return appositiveBefore(inner);
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
  const member = !name && OPENS_CAPITAL.test(lone) && PARTY_MEMBER.test(lowerCase(lone)) ? lone : null;
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
    const name = found && CAPITALISED_WORD_DOT.test(found) ? null : found;
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
