import { contentStems, words } from './text.js';

/**
 * What a question asks for, read from its wording. The type decides what kind of span the
 * answer is (a name, a date, a place...); the focus words decide which sentence holds it.
 */
export type QuestionType =
  | 'person'
  | 'organisation'
  | 'date'
  | 'place'
  | 'number'
  | 'quote'
  | 'reason'
  | 'description';

const ORGANISATION_NOUNS =
  'organi[sz]ation|group|agency|company|firm|party|government|ministry|department|body|institution|union|team|outlet|newspaper';
const PLACE_NOUNS =
  'country|countries|city|town|place|region|state|province|capital|village|area|venue|location';
const TIME_NOUNS = 'date|day|time|year|month|week|season';

const RULES: Array<[QuestionType, RegExp]> = [
  [
    'quote',
    /\bwhat\s+(?:did|does|do|has|have|had)\b.+\b(?:say|said|tell|told|add|added|write|wrote)\b|\bquotes?\b|\bin (?:his|her|their) (?:own )?words\b/i,
  ],
  ['organisation', new RegExp(`\\b(?:which|what)\\s+(?:\\w+\\s+)?(?:${ORGANISATION_NOUNS})\\b`, 'i')],
  [
    'place',
    new RegExp(`^\\s*where\\b|\\b(?:which|what)\\s+(?:\\w+\\s+)?(?:${PLACE_NOUNS})\\b|\\bin what\\b`, 'i'),
  ],
  [
    'date',
    new RegExp(
      `^\\s*when\\b|\\b(?:which|what)\\s+(?:${TIME_NOUNS})\\b|\\bhow long ago\\b|\\bsince when\\b`,
      'i',
    ),
  ],
  [
    'number',
    /\bhow\s+(?:many|much|old|long|far)\b|\bwhat\s+(?:number|percentage|share|amount|proportion)\b/i,
  ],
  [
    'person',
    /^\s*(?:who|whom|whose)\b|\b(?:which|what)\s+(?:person|people|official|officials|leader|spokes(?:wo)?man|spokesperson|minister)\b|\bby whom\b/i,
  ],
  [
    'reason',
    /^\s*why\b|\bwhat (?:was|is|were|are) the (?:reason|cause|motive)s?\b|\bfor what reason\b|\bwhat (?:caused|led to|prompted)\b/i,
  ],
];

export function classifyQuestion(question: string): QuestionType {
  for (const [type, re] of RULES) if (re.test(question)) return type;
  return 'description';
}

/**
 * Names the question itself mentions ("What did Vandante Patel say?" → "Vandante Patel"):
 * runs of capitalised words, leaving out the question's first word.
 */
export function namesInQuestion(question: string): string[] {
  const tokens = words(question);
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) names.push(run.join(' '));
    run = [];
  };
  tokens.forEach((token, i) => {
    if (i > 0 && /^\p{Lu}/u.test(token)) run.push(token);
    else flush();
  });
  flush();
  return names;
}

/** The stems that must appear near the answer: content words, no question words or stop words. */
export function focusStems(question: string): string[] {
  return [...new Set(contentStems(question))];
}
