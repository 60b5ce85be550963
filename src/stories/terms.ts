/**
 * Words of an article as the story grouper counts them: lower-cased, function words dropped,
 * plurals and possessives folded ("ferries" and "ferry", "Reid's" and "Reid"). English news only.
 * IDF already discounts common words; the stop list only keeps the tiniest words out of the
 * index so a story's distinctive terms are content words.
 */

const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with about as into onto over under after before ' +
    'up down out off than then too very just also any some all each such only own same other more most ' +
    'is are was were be been being am do does did done has have had having will would shall should can ' +
    'could may might must this that these those it its he she they them his her hers their theirs there ' +
    'here we our ours you your i me my who whom whose what which when where why how not no yes so if ' +
    'said says say told tell according while during since until against between through per via'
  ).split(/\s+/),
);

/** Words, with internal apostrophes and hyphens kept ("o'neill", "al-alam"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Folds the endings that vary between outlets writing the same thing: plurals and possessives. */
export function foldTerm(word: string): string {
  let w = word;
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
  const n = w.length;
  if (n < 4 || !w.endsWith('s')) return w;
  if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (n > 4 && (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes'))) {
    return w.slice(0, -2);
  }
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  return w.slice(0, -1);
}

const isDigits = (w: string) =>
  w.charCodeAt(0) <= 57 && w.charCodeAt(1) <= 57 && w.charCodeAt(0) >= 48 && w.charCodeAt(1) >= 48;

/** Content terms of a text in order; numbers of one or two digits carry no story. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    if (word.length < 2 || STOP_WORDS.has(word) || (word.length === 2 && isDigits(word))) continue;
    out.push(foldTerm(word));
  }
  return out;
}

/** Adds each term of `terms` `weight` times to `counts`. */
export function addCounts(counts: Map<string, number>, terms: readonly string[], weight = 1): void {
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + weight);
}
