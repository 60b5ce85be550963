/**
 * Verbs of choosing someone for a post, which take the post after "as" as an appointment verb
 * does: "the party picked X as its nominee", "the board chose X as chairman", "the governor
 * hired X as her deputy". Only verbs whose object is put into the post: verbs of seeing or
 * painting someone as something ("voters see X as the candidate of change", "the ad painted X as
 * a puppet of donors") say what someone is thought to be, not a role, and are left out.
 */

/** Active forms of choosing for a post, past and present ("picked", "picks"). */
const CHOOSING = new Set(
  'picked picks chose chooses selected selects hired hires tapped taps recruited recruits'.split(' '),
);

/** Is `lower` an active verb of choosing someone for a post? */
export function isChoosingVerb(lower: string): boolean {
  return CHOOSING.has(lower);
}
