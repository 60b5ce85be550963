import { isPersonNoun } from '../engine/entities/role-nouns.js';

/**
 * "the <State> senator opened a rally in <Town>", "met with <State> Democrats": a place written
 * right before a noun for a person or people names whom they represent or where they come from,
 * not where the asked event happened, so it is no answer to "where did X <verb>?". News writing
 * tags politicians and voters this way all the time ("the Ohio governor", "Iowa voters"); the
 * event's place comes with "in"/"at" or before an event noun ("a <Town> rally").
 * A phrase holding such a tag ("the <State> senator campaign") is no answer either.
 * Only for "where" (a "which state's ..." question asks for the tag itself). Over all 2,775
 * training questions: 10 replies change, 3 wrong -> right, 0 right -> wrong, 5 wrong stay wrong
 * (another wrong phrase or a decline), 2 right stay right (ADR 015, session 19). A person noun
 * inside the capitalised run ("<State> Democrats") was tried too: it also took "<Name> General
 * Hospital" (a military rank), 1 right -> wrong, no gain; left out.
 */
export function placeBeforePersonNoun(sentence: string, start: number, end: number): boolean {
  // Each run of capitalised words in the phrase, then the word right after it (in the phrase or past its end).
  const runs = /(?<![\p{L}’'])\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/gu;
  runs.lastIndex = start;
  for (let m = runs.exec(sentence); m && m.index < end; m = runs.exec(sentence)) {
    const next = /^\s+(\p{L}[\p{L}-]*)/u.exec(sentence.slice(m.index + m[0].length));
    if (next?.[1] !== undefined && isPersonNoun(next[1], true)) return true;
  }
  return false;
}
