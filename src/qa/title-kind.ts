import { abbreviationsOfKind } from './titled-kind.js';

/**
 * "Which senator is retiring?" in "... to replace retiring Sen. Ana Ruiz": news style (AP) writes
 * a senator, a representative or a governor as an abbreviated title before the name ("Sen.",
 * "Rep.", "Gov."; the table is titled-kind.ts's) and seldom spells the office out beside it, so
 * the kind the question asks for stands beside the name as its abbreviation. kind-bar.ts reads it
 * as it reads "the group <X>". Over all 2,775 training questions (session 19): 1 reply changed,
 * not-found -> right.
 */
export function titleNamesKind(lead: string, answer: string, kind: string): boolean {
  const opening = TITLE_OPENING.exec(answer)?.[1];
  const title = TITLE_BEFORE.exec(lead)?.[1] ?? opening;
  // "Lt. Gov.", "Deputy Gov.": the title is part of another office.
  if (!title || LONGER_OFFICE.test(TITLE_BEFORE.test(lead) ? lead : `${lead}${opening} `)) return false;
  // "Sens." and "Reps." name several holders of the office.
  const single = title.replace(/s\.$/, '.');
  return abbreviationsOfKind(kind).includes(single);
}

/** The abbreviated title right before the name: "Sen. ", "Reps. ". */
const TITLE_BEFORE = /\b(\p{Lu}\p{Ll}{1,4}\.)\s+$/u;
/** The abbreviated title opening the answer itself: "Sen. Ana Ruiz". */
const TITLE_OPENING = /^(\p{Lu}\p{Ll}{1,4}\.)\s/u;
/** A word before the title that makes it another office. */
const LONGER_OFFICE =
  /\b(?:Lt\.|Lieutenant|Vice|Deputy|Assistant|Attorney|Maj\.|Brig\.)\s+\p{Lu}\p{Ll}{1,4}\.\s+$/u;
