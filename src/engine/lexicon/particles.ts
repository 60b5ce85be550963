/**
 * Lower-case particles that belong inside names ("Haitham bin Tariq", "Ursula von der Leyen").
 *
 * Source: written by hand in this repository (one list since d582968) from general knowledge of
 * Arabic, Dutch, German, French, Spanish, Italian and Portuguese name particles.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'van',
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
