/**
 * "Ada Vell Backs Rusk", "Stop Rusk", "Team Rusk": a name the tagger ran on from ordinary words into
 * the surname of a person the article names in full (a headline written in capitals word by word,
 * a slogan, a group named after its candidate) is no person of its own. The person it ends on is
 * already in the article by the full name; the run-on would count a second, invented one.
 *
 * A run-on holds, before its last word, a word the article writes in lower case, a frequent word or
 * a word of a capitalised headline written nowhere else, that is no given name nor title ("Backs",
 * "Stop", "Team"; not "Will" of "Will Rusk" nor "Justice" of "Justice Rusk"), and ends on the last
 * word of another person-typed name of two words or more that opens on a given name ("Tom Rusk").
 */

import { isCommonWord } from '../lexicon/common-words.js';
import { isFirstName } from '../lexicon/first-names.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { isListedGivenName } from '../ner/features.js';
import type { Mention } from './mentions/index.js';
import { isTitleWord } from './mentions/words.js';
import type { LowerVocabulary } from './names.js';

const isGivenName = (word: string) => isFirstName(word) || isListedGivenName(word);

/**
 * A word of no name: one the article writes in lower case, a frequent word, or a headline's word
 * the article never writes outside headlines; no given name, and no title ("Justice Rusk").
 */
function isOrdinary(word: string, lower: LowerVocabulary, headlineOnly: boolean): boolean {
  if (isGivenName(word) || isTitleWord(word)) return false;
  return headlineOnly || lower.has(lowerCase(word)) || isCommonWord(word);
}

/** Person names of two words or more that open on a given name, by their last word: "Rusk" -> {"Tom Rusk"}. */
function fullNamesBySurname(mentions: readonly Mention[]): Map<string, Set<string>> {
  const fullNames = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const words = m.text.split(' ');
    if (words.length < 2 || !isGivenName(words[0] ?? '')) continue;
    const last = words[words.length - 1] ?? '';
    let names = fullNames.get(last);
    if (!names) {
      names = new Set();
      fullNames.set(last, names);
    }
    names.add(m.text);
  }
  return fullNames;
}

/** The person mentions that run ordinary words into a surname the article gives in full elsewhere. */
export function runOnsIntoSurnames(
  mentions: readonly Mention[],
  lower: LowerVocabulary,
  onlyInHeadlines: (m: Mention, word: string) => boolean,
): Set<Mention> {
  const runOns = new Set<Mention>();
  const fullNames = fullNamesBySurname(mentions);
  if (fullNames.size === 0) return runOns;
  for (const m of mentions) {
    if (m.kind !== 'person' || m.shouting) continue;
    const words = m.text.split(' ');
    if (words.length < 2) continue;
    const names = fullNames.get(words[words.length - 1] ?? '');
    if (!names || [...names].every((n) => n === m.text)) continue;
    if (words.slice(0, -1).some((w) => isOrdinary(w, lower, onlyInHeadlines(m, w)))) runOns.add(m);
  }
  return runOns;
}

/**
 * "Rusk Speech", "Rusk Heard", "Rusk Supporter": a name that opens on the surname of a person the
 * article names in full ("Tom Rusk") and goes on with an ordinary word (one the article writes in
 * lower case, a frequent word, a headline's word written nowhere else) is a capitalised headline
 * running the surname into its verb or noun, or a thing named after the person. News calls a person by the surname alone after the full name, never by the surname
 * with another word after it: a second person sharing the word opens on a given name ("Rusk" of
 * "Tom Rusk", "Rusk Vell" where Rusk is a given name) or with words the article does not write in
 * lower case ("Vander Plaats" beside a "Bob Vander" cut short), and is spared.
 */
export function namesLedBySurnames(
  mentions: readonly Mention[],
  lower: LowerVocabulary,
  onlyInHeadlines: (m: Mention, word: string) => boolean,
): Set<Mention> {
  const led = new Set<Mention>();
  const fullNames = fullNamesBySurname(mentions);
  if (fullNames.size === 0) return led;
  for (const m of mentions) {
    if (m.kind !== 'person' || m.shouting || m.span.title) continue;
    const words = m.text.split(' ');
    const first = words[0] ?? '';
    if (words.length < 2 || !fullNames.has(first) || isGivenName(first)) continue;
    if (words.slice(1).some((w) => isOrdinary(w, lower, onlyInHeadlines(m, w)))) led.add(m);
  }
  return led;
}

/**
 * "Ada Does", "Ada Just": a capitalised headline running the given name of a person the article
 * names in full ("Ada Vell") into its verb or adverb is no second person. Surnames that are also
 * words ("Ada Young") are spared: every word after the given name must be one the article writes
 * capitalised only in headlines, which a surname of the story is not.
 */
export function headlineRunOnsFromGivenNames(
  mentions: readonly Mention[],
  onlyInHeadlines: (m: Mention, word: string) => boolean,
): Set<Mention> {
  const found = new Set<Mention>();
  const givenOfFullName = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const words = m.text.split(' ');
    const first = words[0] ?? '';
    if (words.length < 2 || !isGivenName(first)) continue;
    let names = givenOfFullName.get(first);
    if (!names) {
      names = new Set();
      givenOfFullName.set(first, names);
    }
    names.add(m.text);
  }
  for (const m of mentions) {
    if (m.kind !== 'person' || m.shouting || m.span.title) continue;
    const words = m.text.split(' ');
    const names = givenOfFullName.get(words[0] ?? '');
    if (words.length < 2 || !names || [...names].every((n) => n === m.text)) continue;
    const rest = words.slice(1);
    if (rest.every((w) => !isGivenName(w) && !isTitleWord(w) && onlyInHeadlines(m, w))) found.add(m);
  }
  return found;
}
