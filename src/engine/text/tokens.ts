/** Lowercased word tokens of a text: letters and digits, everything else separates. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words too common to say anything about what a sentence is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves also said says say told one two new year years'
  ).split(' '),
);

/** Content words of a text (no stopwords, no one-letter tokens). */
export function contentWords(text: string): string[] {
  return wordTokens(text).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}
