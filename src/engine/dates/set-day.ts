/**
 * A day that is set or labelled for something to come is the coming one, however the sentence
 * around it is told: "signed a decree fixing November 24 as the date for the vote", "proposed
 * September 18 as the date for the debate", and the labels of company results ("Pay date Nov 25",
 * "Record date Nov 11", "Dividend payable October 8", "Books close September 23"), which name
 * the days a declared dividend will be paid and registered. Read as past after "signed" or
 * "proposed", such a day was put a year back.
 */

/** Labels before a day a dividend or a register is due on. */
const SCHEDULE_LABEL_BEFORE =
  /\b(?:pay(?:ment)?|reg(?:istration)?|record|ex-dividend|ex|closing)\s+date\s*:?\s*$|\bpayable\s+(?:on\s+)?$|\bbooks\s+close\s+(?:on\s+)?$/i;

/** "... as the date for", "... as the new date of": the day is being set. */
const SET_AS_THE_DATE_AFTER = /^,?\s+as\s+the\s+(?:new\s+|provisional\s+|likely\s+)?date\b/i;

/** Whether the day is set or labelled for something to come. */
export function setForWhatComes(before: string, after: string): boolean {
  return SCHEDULE_LABEL_BEFORE.test(before) || SET_AS_THE_DATE_AFTER.test(after);
}

/**
 * "the evening daily, dated Aug 29", "a letter dated March 3": the date a paper or a letter bears. A
 * paper is dated the day it comes out, often the day after the report that quotes it, so "dated"
 * says nothing of the past: the nearest such day, not the last one.
 */
const DATED_BEFORE = /\bdated\s+$/i;

export function bearsTheDate(before: string): boolean {
  return DATED_BEFORE.test(before);
}
