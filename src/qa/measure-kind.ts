import { CURRENCY_SIGN, CURRENCY_WORDS } from './lexicon.js';

/**
 * A figure of another measure than the one the question asks for (issue 12, ADR 015 session 19).
 *
 * News writes each measure with its own mark: a share with "percent", "%" or a fraction ("a
 * third"), a sum of money with a currency ("$4 million", "12,000 euros"), a count with the noun it
 * counts ("40 seats"). A question names its measure just as plainly: "what share/percentage of
 * ...", "how much money ...", "how much did X spend/raise/pay ...", "how many <noun> ...". When the
 * scorer's figure carries another measure's mark, it answers another question:
 *
 * - a share asked, and the figure counts a noun with no percent or fraction ("three stations",
 *   "more than 900 members");
 * - a sum of money asked, and the figure counts a noun with no currency ("two cases", "1.4 million
 *   members");
 * - a count asked, and the figure is a percentage or a sum of money ("15 percent", "$40,000").
 *
 * Over all training questions (PolNeAR train 2-839) it fires 8 times, on 8 wrong replies: 3
 * unanswerable questions turn honest, 5 wrong figures become "not found"; no right reply changes.
 */

/** "what share/percentage/percent/proportion/fraction of ...": a share is asked. */
const SHARE_ASKED = /^\s*what\s+(?:share|percentage|percent|proportion|fraction)\b/i;
/** A share as news writes it. */
const SHARE_MARK =
  /%|\bper\s?cent\b|\bpercentage\b|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority)\b/i;

/**
 * A sum of money as news writes it: the shared currencies, and four more this check reads that
 * pick.ts's money filter does not yet (adding them there changes the trained answer model: left to
 * the next refit, ADR 015 session 19).
 */
const MONEY_MARK = new RegExp(
  String.raw`${CURRENCY_SIGN}|\b(?:${CURRENCY_WORDS}|pesos?|rubles?|roubles?|bucks)\b`,
  'i',
);

/** "how many <noun> ..." (not "how many percentage points / dollars"): a count of things is asked. */
const COUNT_ASKED = /^\s*how\s+many\b(?!\s+(?:percentage|percent|points|dollars|euros|pounds)\b)/i;

/** Words that belong to the figure itself, not to a counted noun. */
const FIGURE_WORD =
  /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|[\d.,]+(?:m|bn|k)|about|around|nearly|almost|roughly|some|more|less|fewer|than|over|under|up|to|at|least|most|just|only|approximately|an?|estimated)$/i;

/** The reply ends in a noun the figure counts ("two cases", "900 members"). */
function countsANoun(answer: string): boolean {
  const words = answer.trim().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1]?.replace(/[.,;:!?"'’”)]+$/u, '') ?? '';
  return words.length > 1 && /\p{L}/u.test(last) && !FIGURE_WORD.test(last);
}

/**
 * Whether the reply's figure is of another measure than the question's (share, money, count).
 * `money` is the question reader's own reading of "how much money / how much did X spend"
 * (question.ts `q.money`, the same flag pick.ts's money filter reads: one reading, not two).
 */
export function figureOfOtherMeasure(answer: string, question: string, money: boolean): boolean {
  if (SHARE_ASKED.test(question)) return !SHARE_MARK.test(answer) && countsANoun(answer);
  if (money) return !MONEY_MARK.test(answer) && countsANoun(answer);
  if (COUNT_ASKED.test(question)) return /%|\bper\s?cent\b/i.test(answer) || MONEY_MARK.test(answer);
  return false;
}
