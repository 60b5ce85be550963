/**
 * The last word of a name that says its kind: a body's ("Foundation", "Court"), a place's, a
 * group's ("Tory MPs"), or a person's (a given name before a surname tail, a postnominal).
 */

import type { Token } from '../tokenize.js';
import type { Span } from '../spans.js';
import type { Kind } from '../classify.js';
import { isOrgCueWord } from '../../lexicon/organizations.js';
import { isTitle, isRoleNoun } from '../../lexicon/titles.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { PLACE_TAILS } from './words.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const HYPHENATED_CAPITALISED = /^\p{Lu}\p{Ll}+-\p{Lu}?\p{Ll}+$/u;

// At module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} outside a
// character class as `new RegExp(...)`, built again on every call inside a function.
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;
const CAPITALS_PLURAL = /^\p{Lu}{2,}s$/u;
const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;

/**
 * A span the tagger called a person whose last word says otherwise: a name ending in an organisation
 * word ("Harold Pennock Foundation", "Marlow District Court") is a body, one ending in a place word
 * a place, one ending in a plural of people ("Tory MPs") a group. An honorific before the name
 * overrules this ("Mr Hall").
 */
export function personTail(tokens: Token[], span: Span, caseless: boolean): Kind | null {
  const last = tokens[span.end - 1]?.text ?? '';
  // One word is a name or not on its own; only a longer name's last word can say what it names,
  // bar the nouns of institutions no one is named ("Hospital" split off "Kendal General Hospital").
  if (span.end - span.start < 2) {
    if (INSTITUTIONS.has(caseless ? last.charAt(0).toUpperCase() + last.slice(1).toLowerCase() : last))
      return 'organization';
    // A dotted acronym ("D.C", "U.N.") abbreviates a place or a body, never a person's name.
    if (DOTTED_ACRONYM.test(last)) return 'other';
    return CAPITALS_PLURAL.test(last) ? 'other' : null;
  }
  const word = caseless ? last.charAt(0).toUpperCase() + last.slice(1).toLowerCase() : last;
  if (isOrgCueWord(word) && !(SURNAME_TAILS.has(word) && givenNameAndTail(tokens, span)))
    return 'organization';
  if (PLACE_TAILS.has(word) && !(SURNAME_TAILS.has(word) && givenNameAndTail(tokens, span))) return 'place';
  if (FACILITY_TAILS.has(word) && !(SURNAME_TAILS.has(word) && givenNameAndTail(tokens, span)))
    return 'place';
  // "the Super PAC", "Tarvik FC", "Vale GPS": a name of two words or more ending in an acronym is a
  // body or a product (eng.train gold, mixed-case sentences: 39 such names, none a person's); not
  // letters after a person's name ("MP", "QC", "OBE") or a generation ("III").
  if (!caseless && CAPITALS_ONLY.test(last) && !POSTNOMINALS.has(last) && !isTitle(last))
    return 'organization';
  // "Tory MPs", "Labour councillors", "Chelsea fans": a plural of people is a group, no one person.
  if (CAPITALS_PLURAL.test(last) || (last.length > 3 && last.endsWith('s') && isRoleNoun(last.slice(0, -1))))
    return 'other';
  return null;
}

/**
 * Heads of buildings, parks and waters named after a person or a brand ("Harlow Tower", "Pennock Park",
 * "Drayton Bay"): the name is the place, never the person. Kept apart from PLACE_TAILS, which the
 * "who" and age cues also read, so that "Ada Park, 30," stays a person there. Found on PolNeAR train
 * (engine people ending in Tower, Park or Bay); "Park" and "Bay" are surnames too (SURNAME_TAILS).
 */
const FACILITY_TAILS = new Set([
  'Tower',
  'Towers',
  'Park',
  'Bay',
  'Building',
  'Centre',
  'Center',
  'Mall',
  'Tunnel',
]);

/**
 * Place and organisation tails that are also common surnames ("Park Lane" and "Nina Lane", "Brannock
 * Hall" and "Oscar Hall", "Federal Banks" and "Greta Banks", "the Daily Post" and "Ivo Post").
 */
const SURNAME_TAILS = new Set(['Lane', 'Hall', 'Castle', 'Banks', 'Church', 'Post', 'Court', 'Park', 'Bay']);

/**
 * "Nina Lane", "Oscar Hall": a given name of the lexicon (the model's broader lists hold "Park") and one of those tails is a person's name; streets and
 * halls are named after places, trees and founders' surnames ("Park Lane", "Carnegie Hall"), and the
 * few named after a given name take "the" ("the Albert Hall"), which makes no person on its own.
 * A two-part hyphenated given name ("Min-Ji Park") counts too: Korean given names, written so in
 * English copy, are in no list, and "Park" is the commonest Korean surname (eng.train has one).
 */
function givenNameAndTail(tokens: readonly Token[], span: Span): boolean {
  const first = tokens[span.start]?.text ?? '';
  return span.end - span.start === 2 && (isFirstName(first) || HYPHENATED_CAPITALISED.test(first));
}

/** Letters written after a person's name: honours, offices, degrees, generations. */
const POSTNOMINALS = new Set(
  'MP MPs QC KC OBE MBE CBE KBE DBE MSP MS AM MEP JP PhD MD DL VC GC FRS RN II III IV VI VII VIII'.split(' '),
);

/** Institutions' nouns that are no one's name or surname, alone or in the plural. */
const INSTITUTIONS = new Set(
  `Hospital Hospitals Courts District Academy Zoo University College School Ministry Department Police
  Council Committee Commission Parliament Senate Government Church Institute Agency Museum Prison Airport`
    .split(/\s+/)
    .filter(Boolean),
);
