/**
 * Qualifiers of a lower-case role noun before a name that the modifier lists cannot hold one word
 * at a time, because each word alone is as often something else: the side or pace of a fielding
 * position ("fast bowler", "right fielder": "fast" and "right" qualify nothing else), fixed
 * two-word compounds whose first word is no modifier ("civil rights activist", "real estate
 * developer"). Read only by the walk left from a
 * role's head (heads.ts), one or two tokens at a fixed place.
 */

import type { Sentence } from './types.js';

/**
 * Words that name the side or the pace of a position in the field. On CoNLL eng.train the walk
 * stopped at them 5 times ("fast bowler" 2, "right", "left", "centre fielder"); PolNeAR has none.
 */
const POSITION_SIDES = new Set(['fast', 'right', 'left', 'centre', 'center']);

/** Fielding positions the sides qualify: "fast bowler", "left fielder". */
const SIDED_POSITIONS = new Set(['bowler', 'fielder']);

/**
 * "reality TV star X", "reality television star X": the genre before the medium. On PolNeAR
 * train the walk stopped at "reality" 3 times, each before "TV" or "television" and a person.
 */
const SCREEN_NOUNS = new Set(['tv', 'television']);

/**
 * Two-word compound nouns that qualify a role as one word ("civil rights leader", "real estate
 * mogul", "central bank governor", "talk show host", "gun control advocate", "homeland security
 * secretary"): the first word is an adjective or a noun no modifier list could take alone
 * ("real", "civil", "talk", "gun"), the pair is a fixed name for a field of public life. On
 * CoNLL eng.train and PolNeAR train together the walk stopped inside them 10 times ("civil
 * rights" 3, "talk show" 3, "real estate" 2, the others once each).
 */
const COMPOUND_PAIRS = new Set([
  'civil rights',
  'real estate',
  'central bank',
  'talk show',
  'gun control',
  'homeland security',
]);

/**
 * How many tokens right before `k` (the start of the role walked so far, whose first token is
 * `head` or a qualifier of it) qualify the role as one unit: 2 for a compound pair, 1 for a
 * position's side before its position noun or a genre before its medium, else 0. Every token counted is lower case and no
 * part of a name.
 */
export function compoundQualifierBefore(s: Sentence, k: number): number {
  const t = s.tokens;
  const last = t[k - 1];
  if (!last || last.cap || s.owner[k - 1] !== -1) return 0;
  const first = t[k - 2];
  if (first && s.owner[k - 2] === -1) {
    if (!first.cap && COMPOUND_PAIRS.has(`${first.lower} ${last.lower}`)) return 2;
  }
  if (POSITION_SIDES.has(last.lower) && SIDED_POSITIONS.has(t[k]?.lower ?? '')) return 1;
  if (last.lower === 'reality' && SCREEN_NOUNS.has(t[k]?.lower ?? '')) return 1;
  return 0;
}
