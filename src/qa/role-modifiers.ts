import { isSayingVerb } from '../engine/lexicon/speech.js';
import { isStopWord } from './text.js';

/**
 * The words news writing puts before a role that stands right before the name, "Harbour Board
 * deputy chair Ana Ruiz", "marine biology professor Ivo Kell", "his brother Tomas": the engine's
 * role keeps the head ("chair", "professor", "brother"), while "who is Ana Ruiz?" wants all of
 * what the article calls her there.
 */

/** Most words added before the role: past that the run is more likely a clause than a title. */
const MAX_ADDED_WORDS = 5;

/** A determiner or possessive opens the title and is its last word leftwards ("his brother"). */
const OPENER = /^(?:the|a|an|his|her|their|its|our|my|your)$/i;

/**
 * Lowercase "-ing" words that are role modifiers, not verbs: every other "-ing" word before a
 * role is taken for a verb ("praising deputy chair X") and ends the run.
 */
const ROLE_ING =
  /^(?:acting|outgoing|incoming|ranking|founding|managing|presiding|reigning|sitting|leading|visiting)$/;

/** Verbs that take a role and a name as object ("thanks party whip X"): never part of the title. */
const VERB_BEFORE_ROLE =
  /^(?:says|tells|thanks|praises|calls|names|hires|fires|joins|meets|asks|urges|warns|blames|backs|slams|accuses|according)$/i;

/**
 * `role` as the sentence gives it before the name, with the modifiers written before it: each
 * word leftwards is kept while it is a capitalised word or a lowercase modifier; a determiner or
 * possessive is kept and ends the run; punctuation, a small word, an "-ed" word (most often a
 * verb: "hired", "accused"), another verb, or a lowercase word before a capitalised one ends
 * it. Only for a role of one or two lowercase words, and only where it stands right before one
 * of the names.
 */
export function roleWithModifiers(sentence: string, role: string, names: readonly string[]): string {
  // A role the engine read with capitals or modifiers of its own ("Harbour Board chair") is whole.
  if (!/^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)?$/u.test(role)) return role;
  const at = rolesBeforeName(sentence, role, names);
  if (at < 0) return role;
  const tokens = sentence.slice(0, at).split(' ');
  // The role must follow a space: a word glued to punctuation leaves the run empty.
  if (tokens.pop() !== '') return role;
  const added: string[] = [];
  let capitalised = false;
  while (tokens.length > 0 && added.length < MAX_ADDED_WORDS) {
    const word = tokens[tokens.length - 1]!;
    if (OPENER.test(word)) {
      added.unshift(word);
      break;
    }
    // Lowercase modifiers stand next to the role, the body's capitalised name before them:
    // a lowercase word before a capitalised one is the clause's ("met Harbour Board chair").
    const upper = /^\p{Lu}/u.test(word);
    if (!isModifier(word) || (capitalised && !upper)) break;
    capitalised ||= upper;
    added.unshift(word);
    tokens.pop();
  }
  // The title must open where a noun phrase can: after punctuation, a preposition or a speech
  // verb ("said Harbour Board chair ..."). After any other word the run is a verb's object or
  // part of a clause ("Ruiz met port director ..."), so it is cut back to where one opens.
  if (!OPENER.test(added[0] ?? '')) {
    while (added.length > 0 && !opensPhrase(tokens[tokens.length - 1])) tokens.push(added.shift()!);
  }
  // "the chair" says no more than "chair"; "his brother" says whose.
  if (added.length === 0 || (added.length === 1 && /^(?:the|a|an)$/i.test(added[0]!))) return role;
  return `${added.join(' ')} ${role}`;
}

/** Whether a title may open after `word` (undefined: the sentence's start, which headlines blur). */
function opensPhrase(word: string | undefined): boolean {
  if (word === undefined) return false;
  return /[,;:“”"(—–]$/u.test(word) || PHRASE_OPENER.test(word) || isSayingVerb(word);
}

/** Prepositions and conjunctions a title may follow; capitalised "To" opens a sentence, "to" an infinitive. */
const PHRASE_OPENER =
  /^(?:by|with|for|from|of|at|in|on|as|like|including|and|or|than|about|between|among|against|via|To|By|With|For|From|As|Like)$/;

/** Where `role` stands right before one of the names, "<role> <Name>", or -1. */
function rolesBeforeName(sentence: string, role: string, names: readonly string[]): number {
  for (const name of names) {
    const at = sentence.indexOf(`${role} ${name}`);
    if (at >= 0) return at;
  }
  return -1;
}

/** A word that may stand in a title before its head noun. */
function isModifier(word: string): boolean {
  if (!/^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.test(word)) return false;
  if (VERB_BEFORE_ROLE.test(word) || isStopWord(word) || isSayingVerb(word)) return false;
  if (/^\p{Lu}/u.test(word)) return !SMALL_CAPITALISED.test(word) && !SMALL_WORD.test(word.toLowerCase());
  if (/ed$/.test(word)) return false;
  if (/ing$/.test(word)) return ROLE_ING.test(word);
  return !SMALL_WORD.test(word);
}

/** Small words, which end a title: prepositions, conjunctions, forms of "be" and speech verbs. */
const SMALL_WORD =
  /^(?:of|to|in|on|at|by|for|from|with|about|as|into|onto|over|under|after|before|and|or|but|nor|than|that|who|whom|which|when|where|while|if|is|are|was|were|be|been|has|have|had|will|would|said|told|says|also|not|then|so|even|only|just|both|all|each|every|other|another|this|these|those|such|like|including|against|between|among|via|per|behind|beside|now|though|although|down|up|out|off|probably)$/;

/** A capitalised small word opens a sentence ("But", "As", "When"): it ends the run too. */
const SMALL_CAPITALISED =
  /^(?:But|And|Or|As|When|While|If|In|On|At|By|For|From|With|After|Before|Then|So|Also|Even|Only|Meanwhile|Still|Yet|Now|Here|There|It|He|She|They|We|I|This|That|These|Those|According|Asked|Under|Like)$/;
