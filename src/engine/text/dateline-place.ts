import { WIRE_AGENCIES } from './wire-agencies.js';

/**
 * The place a story is filed from, read off its dateline ("KELLPORT, N.D. — The council voted ...",
 * "VELLBY (Reuters) - ..."). Cleaning takes the dateline out of the body (`boilerplate.ts`): it is
 * no sentence of the story. It is kept aside here because news style puts in the dateline the town
 * where the reporter gathered the story, which is where its lead event happened: "where was the
 * vote held?" is answered by it when the body never names the town again (`src/qa/dateline.ts`).
 */

/** "KELLPORT, N.D. — " or "VELLBY - ": a place in capitals, an optional state or country, a dash. */
const CAPITALS_DATELINE = /^([A-Z][A-Z.'’ -]{2,40}?(?:,\s*[\p{L}.'’ ]{1,30}?)?)\s+[-–—]{1,2}\s+(?=[A-Z“‘"])/u;

/** "Vellby (Reuters) — ": a place before a wire agency's name. */
const AGENCY_DATELINE = new RegExp(
  `^([A-Z][\\p{L}.'’ -]{1,40}?(?:,\\s*[\\p{L}.'’ ]{1,30}?)?)\\s*\\((?:${WIRE_AGENCIES.join('|')})\\)`,
  'u',
);

/** Capitals that open a paragraph as a label, not a place ("BREAKING - ..."). */
const LABELS = new Set(
  'BREAKING UPDATE UPDATED EXCLUSIVE WATCH VIDEO OPINION ANALYSIS EDITORIAL COMMENTARY NEWS LIVE CORRECTION'.split(
    ' ',
  ),
);

/** How many paragraphs from the top a dateline may open (a headline and a deck come first). */
const LOOK_IN_PARAGRAPHS = 4;

/** Words in a town's name ("STATE COLLEGE", "BOCA RATON") and in its state or country ("Burma"). */
const MAX_PLACE_WORDS = 3;
const MAX_REGION_WORDS = 2;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const PARAGRAPH_BREAK = /\n\s*\n|\r\n\s*\r\n/g;

/**
 * The first `count` non-blank paragraphs, trimmed: what splitting at PARAGRAPH_BREAK, trimming,
 * dropping blanks and keeping `count` gives, without splitting (and trimming) the rest of the
 * article, which no dateline is in.
 */
export function leadingParagraphs(raw: string, count: number): string[] {
  const out: string[] = [];
  let from = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  while (out.length < count) {
    const m = PARAGRAPH_BREAK.exec(raw);
    const paragraph = (m ? raw.slice(from, m.index) : raw.slice(from)).trim();
    if (paragraph) out.push(paragraph);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** The dateline's place as written ("KELLPORT, N.D."), or null when the text opens with none. */
export function datelinePlace(raw: string): string | null {
  for (const paragraph of leadingParagraphs(raw, LOOK_IN_PARAGRAPHS)) {
    const m = CAPITALS_DATELINE.exec(paragraph) ?? AGENCY_DATELINE.exec(paragraph);
    const place = m?.[1]?.trim();
    if (!place) continue;
    const [head = '', region = ''] = place.split(',').map((part) => part.trim());
    if (LABELS.has(head) || !/\p{L}{2}/u.test(head)) continue;
    // A headline in capitals ("TOWN POLLS NOT WRONG, JUST EARLY - ...") runs longer than a place.
    if (words(head) > MAX_PLACE_WORDS || words(region) > MAX_REGION_WORDS) continue;
    return place;
  }
  return null;
}
