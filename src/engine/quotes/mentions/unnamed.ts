/**
 * Unnamed sources with a modifier: "Another source speaking to the Courier said", "a person
 * familiar with the talks", "senior officials said"; the speaker is written without the phrase.
 */

import { lowerCase } from '../../lexicon/lower-case.js';
import type { Mention } from './types.js';
import { canSpeak } from './speakers.js';
import { GROUP_NOUNS } from './words.js';

/**
 * An unnamed speaker opening its clause, then a phrase that tells which one without a comma: a
 * participle's ("Another source speaking to the Courier", "A neighbour interviewed by reporters")
 * or a relative clause's ("Two parents who wrote to the mayor"); a past form only with its agent
 * ("interviewed by"), since "a clerk waved them through" is a clause of its own, and no "and" or
 * "but" may follow, which would start another clause. Only an indefinite or counted phrase: it
 * introduces someone new, so it is no anaphor for a person the article names. The determiners are
 * a closed class (English indefinite determiners and small numerals), written by hand. The words
 * between determiner and noun may be capitalised ("a White House official", "One Labour
 * councillor who"): a proper adjective still describes an unnamed person (round 2).
 */
const INTRODUCING_DETERMINERS = 'a|an|another|one|some|several|multiple|many|few|other|two|three|four|five'
  .split('|')
  .map((d) => `[${d[0]}${d[0]!.toUpperCase()}]${d.slice(1)}`)
  .join('|');
const UNNAMED_WITH_MODIFIER = new RegExp(
  String.raw`(?:^|,\s+)((?:${INTRODUCING_DETERMINERS})\s+(?:[\p{L}][\p{L}.-]*\s+){0,3}?(\p{Ll}+))\s+(?:who|that|(?!including\b)\p{Ll}{2,}ing|\p{Ll}{2,}ed\s+by)\s(?:(?!\s(?:and|but|or)\s)[^,;:.!?"“”()])*$`,
  'u',
);

/**
 * "Another source speaking to the Courier said", "A neighbour who knew the family says": the
 * unnamed speaker opening the clause is the verb's subject, and a name in the phrase after it
 * (the Courier, the family) is not. The speaker is written without that phrase.
 */
export function unnamedSubjectWithModifier(text: string): Mention | null {
  const m = UNNAMED_WITH_MODIFIER.exec(text);
  const head = m?.[2];
  if (!m?.[1] || !head || !canSpeak(head)) return null;
  return { kind: 'nominal', text: m[1], head: lowerCase(head), definite: false };
}

/**
 * How unnamed sources are described: a group noun and what they know or where they stand
 * ("sources familiar with the talks", "officials close to the minister", "people briefed on the
 * deal"). The modifier is part of who spoke and is kept as written.
 */
const SOURCE_MODIFIER = String.raw`(?:familiar with|close to|briefed on|with knowledge of|knowledgeable about|involved in|aware of|in|at|from|inside|within)\s+[^,;:.!?"“”]{2,50}?`;
export const GROUP_WITH_MODIFIER_START = new RegExp(
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

/** "a person familiar with the matter" opening the text after a speech verb, or null. */
export function oneWithModifierStart(text: string): Mention | null {
  const m = ONE_WITH_MODIFIER_START.exec(text);
  const head = m?.[2]?.toLowerCase();
  if (!m?.[1] || !head || !canSpeak(head)) return null;
  return { kind: 'nominal', text: m[1], head, definite: false };
}

/** "sources familiar with the talks" or "a person familiar with the talks" ending the text before a speech verb, or null. */
export function groupWithModifierEndingAt(text: string): Mention | null {
  const one = ONE_WITH_MODIFIER_END.exec(text);
  const oneHead = one?.[2]?.toLowerCase();
  if (one?.[1] && oneHead && canSpeak(oneHead))
    return { kind: 'nominal', text: one[1], head: oneHead, definite: false };
  const m = GROUP_WITH_MODIFIER_END.exec(text);
  const head = m?.[2]?.toLowerCase();
  if (!m?.[1] || !head || !GROUP_NOUNS.has(head)) return null;
  return { kind: 'nominal', text: m[1], head, definite: false };
}
