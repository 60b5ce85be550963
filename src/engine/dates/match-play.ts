/**
 * A half or a quarter told in a match report ("an entertaining first half", "two tries in the
 * first quarter gave the visitors a 24-11 lead") is a stretch of the game, not of the year; in a
 * company report ("first-half profit", "third-quarter earnings") it is the year's.
 */

/** Words of play: a half or quarter told among them is the game's. */
const MATCH_WORDS =
  /\b(?:goals?|match|game|fightback|comeback|penalty|striker|kick|deadlock|equaliser|equalizer|scored?|wickets?|innings|touchdowns?|halftime|half-time|goalkeeper|substitute|full-?back|midfielder|defender|quarterback|kick-?off|referee|team-?mates?|Super Bowl)\b/i;

/** A score with what it gave: "a 24-11 lead", "a 2-1 win". */
const SCORE = /\b\d{1,3}-\d{1,3}\s+(?:lead|win|victory|defeat|loss|draw)\b/i;

/** Words of a company report, whose halves and quarters are of the year. */
const BUSINESS_RESULTS = /\b(?:results?|profits?|earnings|sales|revenues?|loss(?:es)?|forecasts?|shares?)\b/i;

/** Whether a sentence tells a match: words of play (or a score) and no words of company results. */
export function tellsAMatch(sentence: string): boolean {
  return (MATCH_WORDS.test(sentence) || SCORE.test(sentence)) && !BUSINESS_RESULTS.test(sentence);
}
