import { startsWithCalendarWord } from './text.js';

/**
 * "Where was the gala held?" answered "Vellport" from "at Vellport's Harbour Hall", or "Quay"
 * from "at Quay Arena": a place's name is a whole run of capitalised words, and news writing
 * locates a venue by the town that owns it ("<town>'s <venue>"), so the most specific place the
 * evidence ties to the event is the run as written: the venue after the possessive, or the rest
 * of a name the pick cut short. The run stops at a calendar word ("in Vellport Tuesday") and at
 * a title or honorific that opens a person's name ("Vellport Mayor Ana Ruiz"). The answer then
 * still holds the place it was, so a reply that was right stays right.
 */
export function withWholePlace(answer: string, evidence: string): string {
  if (!/\p{Lu}[\p{L}.'’-]*$/u.test(answer)) return answer;
  for (let at = evidence.indexOf(answer); at >= 0; at = evidence.indexOf(answer, at + 1)) {
    // The answer must start a word: "York" is no place inside "New York".
    if (/[\p{L}\p{N}]/u.test(evidence[at - 1] ?? '')) continue;
    const rest = evidence.slice(at + answer.length);
    const owned = OWNED_VENUE.exec(rest);
    if (owned?.[1] && !stopsRun(owned[1])) return answer + owned[0];
    const cut = REST_OF_NAME.exec(rest);
    if (cut?.[1] && !stopsRun(cut[1])) return answer + cut[0];
  }
  return answer;
}

/** "'s" then a run of capitalised words or a number that starts one ("54 Below"). */
const OWNED_VENUE =
  /^['’]s\s+((?:\p{N}+\s+)?\p{Lu}[\p{L}.'’&/-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’&/-]*)*)(?=[\s,.;:)”"]|$)/u;

/** The name going on right after the answer: one or more capitalised words. */
const REST_OF_NAME = /^(\s+\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)(?=[\s,.;:)”"]|$)/u;

/** A weekday or month ("in Vellport Tuesday"), or a title that opens a person's name. */
function stopsRun(run: string): boolean {
  const first = run.trim().split(/\s+/)[0] ?? '';
  return startsWithCalendarWord(first) || TITLE.test(first);
}

/** Titles and honorifics news writing sets before a name ("Vellport Mayor Ana Ruiz"). */
const TITLE =
  /^(?:Mayor|Gov\.?|Governor|Sen\.?|Senator|Rep\.?|President|Prime|Minister|Secretary|Judge|Justice|Chief|Police|Sheriff|Attorney|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Rev\.?|Gen\.?|Lt\.?|Col\.?|Capt\.?|Sgt\.?|Officer|Councilman|Councilwoman|Commissioner|Democrats?|Republicans?|Democratic|Republican|GOP)$/;
