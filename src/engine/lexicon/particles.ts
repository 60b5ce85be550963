/** Lower-case particles that belong inside names ("Haitham bin Tariq", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'du', 'da', 'di', 'dos', 'das', 'del', 'della', 'la', 'le', 'ter', 'zu',
]);

/** The particles as a regex alternation, for patterns that read a name run. */
export const NAME_PARTICLE_ALTERNATION = [...NAME_PARTICLES].join('|');
