/**
 * Roles news writing states with a verb rather than a noun, and the noun a reader gives them:
 *
 * - an office held, as a verb: "X, who heads the agency," and "the club, coached by X," both say
 *   what X is (head of the agency, coach of the club). The noun is the verb's agent noun, a fixed
 *   fact of English morphology, so the role reads as a role ("coach of Riverton"), not as a deed;
 * - the British court report's participle after a barrister's name: "X, prosecuting, said" and
 *   "Y, defending, told the court" are how court reporting names counsel;
 * - marriage: "X is married to Y", "her marriage to Y", "X married Y" make Y a husband or a wife;
 *   a plural kin noun before a couple ("his parents, A and B") is a father and a mother.
 */

import type { Gender } from '../schema.js';
import { lowerCase } from '../lexicon/lower-case.js';

/**
 * Verbs of holding an office over something, in the present, the passive participle and the
 * "-ing" form, with the holder's noun. "runs" and "oversees" have no noun a reader would use as a
 * role ("runner"), "representing the family" is as often a lawyer's brief as an office, and deeds done once ("led the team to victory") are kept out by the callers,
 * which read only the present tense, the "-ing" form after a name, and the passive after a noun.
 */
const AGENTS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['head', 'heads heading headed'],
      ['leader', 'leads leading led'],
      ['chair', 'chairs chairing chaired'],
      ['manager', 'manages managing managed'],
      ['coach', 'coaches coaching coached'],
      ['captain', 'captains captaining captained'],
      ['director', 'directs directing'],
      ['editor', 'edits editing edited'],
      ['owner', 'owns owned'],
      ['co-owner', 'co-owns co-owned'],
      ['founder', 'founded'],
      ['co-founder', 'co-founded'],
      ['trainer', 'trains trained'],
      ['presenter', 'presents presenting presented'],
      ['host', 'hosts hosting hosted'],
      ['commander', 'commands commanding commanded'],
      ['governor', 'governs governing'],
    ] as const
  ).flatMap(([noun, verbs]) => verbs.split(' ').map((v) => [v, noun] as const)),
);

/** The holder's noun for a verb of holding an office ("heads" → head, "coached" → coach). */
export function agentNoun(verb: string): string | undefined {
  return AGENTS.get(lowerCase(verb));
}

/**
 * Passive participles that name an office's holder after "by": "Riverton, coached by X", "the
 * inquiry, led by X", "the firm, founded by X". "directed by", "edited by" and "presented by"
 * are left out: a film, a report or a prize is directed, edited or presented once, a deed.
 * "commanded by" is left out too: news writes of the attention, respect or price a person commands
 * ("the premium commanded by the brand") as often as of troops, and on all training text it named
 * no commander (2 of 2 readings were "commander of the attention").
 */
const OFFICE_BY = new Set(
  'headed led chaired managed coached captained owned co-owned founded co-founded trained hosted'.split(' '),
);

export function isOfficeBy(participle: string): boolean {
  return OFFICE_BY.has(lowerCase(participle));
}

/**
 * Counsel in a British court report: the participle after the name stands for the role.
 * "Mitigating" is the defence's plea after a guilty verdict, so that counsel is the defence's too.
 */
const COURT_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['prosecuting', 'prosecutor'],
  ['defending', 'defence lawyer'],
  ['mitigating', 'defence lawyer'],
]);

export function courtRole(participle: string): string | undefined {
  return COURT_PARTICIPLES.get(lowerCase(participle));
}

/** Verbs and the noun of marrying: "X married Y", "X wed Y", "her marriage to Y". */
export const MARRYING_VERBS: ReadonlySet<string> = new Set([
  'married',
  'marries',
  'marry',
  'wed',
  'weds',
  'wedded',
]);

/** Callers pass a token's lower-case form: no case folding here (it ran for every token). */
export function isMarryingVerb(lower: string): boolean {
  return MARRYING_VERBS.has(lower);
}

/**
 * The spouse's noun, from the gender of the one they married (a woman's spouse is most often her
 * husband) or, when that is unknown, from their own. The partner's gender comes first: it is most
 * often known from the pronouns the article uses for them, while a spouse named once has only a
 * guess from the first name, which fails on names from elsewhere. Null when neither is known:
 * "spouse" is no word news uses for a role.
 */
export function spouseNoun(own: Gender, partner: Gender): string | null {
  if (partner === 'female') return 'husband';
  if (partner === 'male') return 'wife';
  if (own === 'male') return 'husband';
  if (own === 'female') return 'wife';
  return null;
}

/** Plural kin nouns and the singular each member of the pair or group is, by gender. */
const KIN: ReadonlyMap<string, readonly [male: string, female: string]> = new Map([
  ['parents', ['father', 'mother']],
  ['grandparents', ['grandfather', 'grandmother']],
  ['siblings', ['brother', 'sister']],
  ['children', ['son', 'daughter']],
  ['kids', ['son', 'daughter']],
]);

/** A plural kin noun ("parents"), which each holder takes by gender in genderedKin. */
export function isKinPlural(word: string): boolean {
  return KIN.has(lowerCase(word));
}

/**
 * "His parents, Carla and Peter X," names a mother and a father: a plural kin noun given to one
 * person of a known gender is that person's singular ("His father"). Other roles, and people
 * whose gender is unknown, keep the role as written.
 */
export function genderedKin(role: string, gender: Gender): string {
  if (gender === null) return role;
  // The role's last word, its run of letters at the end, found by a scan back (a lazy regex over
  // the whole role tried every split point). Every kin noun is ASCII: a run that goes on past an
  // ASCII letter into another letter ("éparents") is no kin noun.
  let at = role.length;
  while (at > 0 && isAsciiLetter(role.charCodeAt(at - 1))) at--;
  const pair = at < role.length ? KIN.get(role.slice(at).toLowerCase()) : undefined;
  if (!pair || /\p{L}$/u.test(role.slice(0, at))) return role;
  return `${role.slice(0, at)}${gender === 'male' ? pair[0] : pair[1]}`;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
