/**
 * Whether a speech verb's form is a verb where it stands, not a noun ("her reply", "the following
 * comment"), with the retorts that are verbs only after a subject.
 */

import { DETERMINERS } from '../../lexicon/determiners.js';
import { isSpeechVerb } from '../../lexicon/speech.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { bare } from './words.js';

/** Words after which a speech verb's form is a noun: "the following comment", "Ortega's state", "her reply". */
const NOUN_CONTEXT: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  'these',
  'those',
  'following',
  'same',
  'written',
  'brief',
  'further',
  'joint',
  'final',
]);

/**
 * Verbs that report a retort with "back" after them ("shot back", "fired back", "hit back"): news
 * copy's idiom for a reply, a speech verb only with its particle.
 */
const RETORT_VERB = /^(?:shot|shoots|shoot|fired|fires|fire|hit|hits)$/;

/** True when words[k] is a speech verb where it stands, not a noun of the same form. */
export function isSpeechVerbAt(words: string[], k: number): boolean {
  if (RETORT_VERB.test(words[k] ?? '') && /^back\b/.test(words[k + 1] ?? '')) return true;
  if (!isSpeechVerb(words[k] ?? '')) return false;
  const previous = bare(words[k - 1] ?? '');
  return !(
    NOUN_CONTEXT.has(lowerCase(previous)) ||
    (/['’]s$/.test(previous) && !/[.,;:]$/.test(words[k - 1] ?? ''))
  );
}
