/**
 * How far a person's role runs in the sentence that gives it, for "who is X?" (`identity.ts`):
 * the role grammar of the engine stops a role at its first preposition or comma-free modifier,
 * while the answer a reader wants is the whole description news writing sets off.
 */

/** A rank written as an abbreviation ("Sen.", "Rep.", "Gov.", "Dr."): a title, not a post. */
export function isTitleAbbreviation(role: string): boolean {
  return TITLE_ABBREVIATION.test(role.trim());
}

const TITLE_ABBREVIATION =
  /^(?:Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Dr|Rev|Sgt|Capt|Adm|Maj|Cmdr|Del|Atty|Supt|Amb|Mr|Mrs|Ms)\.$/;

/**
 * What may stand between a name and its apposition: a party-and-state tag ("(D-Kell)") or a home
 * state ("of Norland"), as in "Sen. Ana Ruiz of Norland, the ranking member of the committee".
 */
export const HOME_TAG = /^\s*(?:\([^()]{1,24}\)|of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=,)/u;

/**
 * Prepositions that go on with a role: "an expert on ...", "head of X in Y at Z"; and "and"
 * inside an apposition ("a lawyer and former judge", "head of ports and shipping policy at Y"):
 * of 40 sampled "<full name>, <a|the ...> ... and ...," runs on PolNeAR train outside the blind
 * ranges, 24 of the 24 that set off a person's description went on with it after "and" (ADR 015,
 * session 14); "and said" ends it (STOP_WORD).
 */
const GOES_ON = /^\s+(?:in|on|at|for|of|with|from|to|during|under|and)\s/;

/**
 * A role set off after the name (", an expert", ", who was head of"): an apposition runs to its
 * comma. A predicate ("Ruiz was head of X from 1990 to 1994 and lives in Y") runs into the clause.
 */
const SET_OFF = /(?:,|\bwho\s+(?:is|was))\s*$/;

/** Where a role's complement stops short of the comma: a relative clause or a speech verb. */
const STOP_WORD = /\s(?:who|whom|whose|which|that|where|when|said|says|told|tells|and\s+(?:said|says))\b/;

/** Most words a role's complement may add: past that it is more likely a clause than a title. */
const MAX_ADDED_WORDS = 14;

/**
 * "J. Ruiz, an expert on tidal flooding in the Kell estuary, said": the role "an expert" read by
 * the engine goes on, after a preposition, up to the comma, the dash or the sentence's end that
 * close the apposition. Unchanged when the role is no apposition, is not followed by a
 * preposition, or when no such close comes within 14 words.
 */
export function roleThroughComplement(sentence: string, role: string): string {
  const at = sentence.indexOf(role);
  if (at < 0) return role;
  const rest = sentence.slice(at + role.length);
  if (!SET_OFF.test(sentence.slice(0, at)) || !GOES_ON.test(rest)) return role;
  const closed = /^([^,;:()—–“”"]*?)(?:[.!?]['’”"]?\s*$|\s*[,;:()—–“”"])/.exec(rest);
  let added = closed?.[1];
  if (added === undefined) return role;
  const stop = STOP_WORD.exec(added);
  if (stop) added = added.slice(0, stop.index);
  added = added.replace(/\s+$/, '');
  if (added.split(/\s+/).filter(Boolean).length > MAX_ADDED_WORDS) return role;
  return role + added;
}
