/**
 * "Mara Quintell and Tomas Vellan, ferry owners who are backing Ivo Tarnow": names a sentence joins
 * with "and" are one list as written. The answer reader also builds a list of every person a
 * sentence names (candidates.ts, cue "all") for lists set around appositions; it widens a written
 * list only when the other names belong to it: set apart by commas, "and" and capitalised titles
 * alone ("Gov. Ana Ruiz and Sens. Ivo Kell and Lea Moss"), not by a clause of their own.
 */

/** The text of the joined-everyone span outside the written list, the other names taken out. */
function besideList(
  sentence: string,
  written: { start: number; end: number },
  everyone: { start: number; end: number; text: string },
): string {
  let outside = `${sentence.slice(everyone.start, written.start)} ${sentence.slice(written.end, everyone.end)}`;
  for (const name of everyone.text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    if (name) outside = outside.split(name).join(' ');
  }
  return outside;
}

/** Only list punctuation, "and" and capitalised words (titles) stand beside the written list. */
export function extendsWrittenList(
  sentence: string,
  written: { start: number; end: number },
  everyone: { start: number; end: number; text: string },
): boolean {
  const words = besideList(sentence, written, everyone)
    .split(/[\s,;]+/)
    .filter(Boolean);
  return words.every((w) => w === 'and' || /^\p{Lu}/u.test(w));
}
