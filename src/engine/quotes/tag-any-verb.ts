/**
 * "“Would the fares go up?” Pell pressed.", "“We will not,” an angry Brandt retaliated.", "“It never
 * ends,” Vane went on, waving at the crowd.": a quotation that opens its sentence and closes on a
 * comma, question or exclamation mark inside the marks leaves the sentence unfinished, and the only
 * thing news copy puts after it is the speech tag. So a short clause there, a subject and one verb
 * in the past (with at most a particle) ending at punctuation, is the tag whatever the verb: the
 * reporter's variations on "said" ("pressed", "retaliated", "assured", "barked", "went on") are
 * open-ended, and a list of them is never complete. The clause must stop right after the verb: with
 * an object or more words after it ("Pell seized on the remark") the verb is narration.
 *
 * Read only where the speech-verb reading found no tag. Holds 11 of 11 firings on PolNeAR train
 * 0-839 (the tag's subject is the speaker each time; fixed 0-419: 7, blind 420-839: 4) and fires
 * none on CoNLL eng.train; 8 quotes change speaker, all 8 to the gold one (ADR 009, session 21).
 */

import type { Attribution } from './attribution.js';
import { mentionBefore } from './mentions/index.js';
import { sinceSentenceStart } from './text.js';

/**
 * Subject (a pronoun, one to three capitalised words, optionally after "a/an/the" and one or two
 * lower-case modifiers), one verb in the past, an optional particle, then punctuation.
 */
const SHORT_TAG =
  /^\s*((?:(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2})?(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}|(?:he|she|they)\s+)(\p{Ll}+)(?:\s+(?:on|back|in|up|out))?\s*[.,;!?]/u;

/** Past forms of verbs that end in no -ed but tag speech in news copy ("went on", "began", "broke in"). */
const IRREGULAR_PAST = new Set(['went', 'began', 'broke', 'cut', 'spoke']);

/**
 * The tag after a quotation (`frame`: the text after its closing mark) when the quote closed on
 * `, ? !` (`quoted`: its words) and opened its sentence (`lead`: the paragraph's text before its
 * opening mark, back to the span before it, ends a sentence or is empty), or null. The sentence
 * test, linear in `lead`, runs last and only for a frame that reads as a short tag.
 */
export function tagWithAnyVerb(quoted: string, frame: string, lead: string): Attribution | null {
  if (!/[,?!]$/.test(quoted.trimEnd())) return null;
  const m = SHORT_TAG.exec(frame);
  if (!m?.[1] || !m[2]) return null;
  const verb = m[2];
  if (!verb.endsWith('ed') && !IRREGULAR_PAST.has(verb)) return null;
  if (sinceSentenceStart(lead).trim() !== '') return null;
  const mention = mentionBefore(m[1].trim());
  return mention ? { mention, basis: 'X-said' } : null;
}
