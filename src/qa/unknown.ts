import type { QuestionType } from './question.js';

/**
 * Sentences in which the article itself says something is not known ("The reports do not
 * clarify who the Iranian representatives were"). Such a sentence answers the question only when
 * what it leaves open is the kind of thing asked for: "did not say when" is no answer to "who?".
 */

const NOT_KNOWN =
  /\b(?:(?:do|does|did|could|would|will|have|has|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:clarify|say|specify|disclose|reveal|identify|name|explain|confirm|know|detail|state|indicate|make clear)|(?:it\s+(?:is|was|remains|remained)\s+)?(?:unclear|unknown|not (?:yet )?(?:known|clear))|unidentified|undisclosed|unnamed|declined to (?:name|say|identify|comment|disclose)|refused to (?:name|say|identify|disclose)|no (?:details|information) (?:was|were|has been|have been) (?:given|released|provided))\b/gi;

const WH_TYPES: Array<[RegExp, QuestionType[]]> = [
  [/\bwho(?:m|se)?\b/i, ['person', 'organisation']],
  [/\bwhen\b/i, ['date']],
  [/\bwhere\b/i, ['place']],
  [/\bwhy\b/i, ['reason']],
  [/\bhow (?:many|much)\b/i, ['number']],
];

/**
 * "not known as a good cook", "a city not known for its parks": "known as/for" is a reputation,
 * so its denial says nothing is missing from the article. On all 840 PolNeAR train articles, 3 of
 * 3 "not known as/for" were reputations.
 */
const REPUTATION =
  /^(?:it\s+(?:is|was|remains|remained)\s+)?(?:not (?:yet )?known|unknown)\s+(?:as(?!\s+of\b)|for)\b/i;

/**
 * Whether the sentence names the kind of thing it leaves open with a wh-word of the asked type
 * ("did not say when ..." for a date question), rather than leaving it to be read from the rest.
 */
export function namesOpenKind(sentence: string, type: QuestionType): boolean {
  return [...sentence.matchAll(NOT_KNOWN)].some(
    (m) =>
      !REPUTATION.test(sentence.slice(m.index)) &&
      WH_TYPES.some(([re, types]) => types.includes(type) && re.test(sentence.slice(m.index))),
  );
}

/** Whether the sentence says the thing a question of this type asks for is not known. */
export function saysUnknown(sentence: string, type: QuestionType): boolean {
  const m = [...sentence.matchAll(NOT_KNOWN)].find((k) => !REPUTATION.test(sentence.slice(k.index)));
  if (!m) return false;
  const after = sentence.slice(m.index);
  const asked = WH_TYPES.filter(([re]) => re.test(after));
  // No wh-word ("the cause is unknown"): whatever the sentence is about is what is unknown.
  return asked.length === 0 || asked.some(([, types]) => types.includes(type));
}
