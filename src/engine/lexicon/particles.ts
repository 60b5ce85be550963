/**
 * Lower-case particles that belong inside names ("Haitham bin Tariq", "Ursula von der Leyen").
 *
 * Source: written by hand in this repository (one list since d582968) from general knowledge of
 * Arabic, Dutch, German, French, Spanish, Italian and Portuguese name particles; "vanden" and
 * "vander" are the Flemish and American one-word spellings of "van den" and "van der".
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'van',
  'vanden',
  'vander',
  'von',
  'der',
  'den',
  'de',
  'du',
  'da',
  'di',
  'dos',
  'das',
  'del',
  'della',
  'la',
  'le',
  'ter',
  'zu',
]);

/** The particles as a regex alternation, for patterns that read a name run. */
export const NAME_PARTICLE_ALTERNATION = [...NAME_PARTICLES].join('|');

/** Generational suffixes written after a person's name ("Tom Vane Jr.", "Ada Brook III"). */
const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Whether a lower-cased word, its full stop aside, is a generational suffix ("jr.", "iii"). */
export function isGenerationalSuffix(lower: string): boolean {
  return GENERATIONAL_SUFFIXES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}
