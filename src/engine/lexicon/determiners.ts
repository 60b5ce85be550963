/**
 * Words that open an English noun phrase: articles, possessive determiners and the singular
 * demonstratives. A grammar fact, shared by the role reader ("the US envoy") and the quote stage's
 * nominal speakers ("a police spokesman said").
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
]);
