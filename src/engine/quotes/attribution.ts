import { type Mention, isSpeechVerb, mentionAfter, mentionBefore } from './mentions.js';
import { sinceSentenceStart, untilSentenceEnd } from './text.js';

/** A speaker cue found in the narration around a quote. */
export interface Attribution {
  mention: Mention;
  basis: 'said-X' | 'X-said' | 'according-to';
}

/** What the frame before a quote tells: the attribution, and whether the quote opens a full clause. */
export interface Lead {
  attribution: Attribution | null;
  /** The quote starts its sentence, follows a colon or comma, or follows a speech verb ("said that"). */
  clauseStart: boolean;
}

const ACCORDING_TO = /\baccording to\s+/i;
/** Words a speech verb may take before the quote: "told reporters", "said in a statement", "wrote on Twitter". */
const MAX_WORDS_AFTER_VERB = 8;

/** Reads `," Smith said`, `," said Smith`, `," Smith, the mayor, said`, `," according to Smith`. */
export function attributionAfter(frame: string): Attribution | null {
  const text = untilSentenceEnd(frame).replace(/^[\s,;:—–-]+/, '');
  if (!text) return null;
  const words = text.split(/\s+/);
  const first = words[0] ?? '';
  if (/^according$/i.test(first) && /^to$/i.test(words[1] ?? '')) {
    const mention = mentionAfter(words.slice(2).join(' '));
    return mention ? { mention, basis: 'according-to' } : null;
  }
  if (isSpeechVerb(first)) {
    const mention = mentionAfter(words.slice(1).join(' '));
    if (mention) return { mention, basis: 'said-X' };
  }
  // The subject comes first: find the first speech verb within a short reach and read what precedes it.
  for (let k = 1; k < Math.min(words.length, 22); k++) {
    if (!isSpeechVerb(words[k]!)) continue;
    if (/[.!?]$/.test(words[k - 1] ?? '')) break;
    const subject = words.slice(0, k).join(' ');
    const mention = mentionBefore(subject);
    if (!mention) break;
    const firstWord = mention.text.split(/\s+/)[0] ?? '';
    const startsAtSubject = subject.replace(/^["“(]/, '').toLowerCase().startsWith(firstWord.toLowerCase());
    if (startsAtSubject || (mention.kind === 'name' && mention.appositive !== null && subject.startsWith(firstWord))) {
      return { mention, basis: 'X-said' };
    }
    break;
  }
  const according = ACCORDING_TO.exec(text);
  if (according) {
    const mention = mentionAfter(text.slice(according.index + according[0].length));
    if (mention) return { mention, basis: 'according-to' };
  }
  return null;
}

/** Reads `Smith said: "`, `Smith told reporters "`, `Smith said that "`, `According to Smith, "`. */
export function leadBefore(frame: string): Lead {
  const text = sinceSentenceStart(frame).trimEnd();
  const clauseStart = text === '' || /[:,—–-]$/.test(text);
  if (text === '') return { attribution: null, clauseStart: true };
  const according = ACCORDING_TO.exec(text);
  if (according) {
    const mention = mentionAfter(text.slice(according.index + according[0].length));
    if (mention) return { attribution: { mention, basis: 'according-to' }, clauseStart };
  }
  const words = text.split(/\s+/);
  for (let k = words.length - 1; k >= 0 && k >= words.length - 30; k--) {
    const w = words[k]!;
    if (!isSpeechVerb(w)) continue;
    const verbClean = !/[,;:]$/.test(w) || k === words.length - 1;
    if (!verbClean) continue;
    const between = words.length - 1 - k;
    const nearVerb = between <= MAX_WORDS_AFTER_VERB && !/[.!?]$/.test(w);
    // "Smith said: '..." / "said Smith: '..." — the name may also follow the verb.
    const before = mentionBefore(words.slice(0, k).join(' '));
    const mention = before ?? (between > 0 ? mentionAfter(words.slice(k + 1).join(' ')) : null);
    if (!mention) continue;
    const basis = before ? 'X-said' : 'said-X';
    return { attribution: { mention, basis }, clauseStart: clauseStart || (nearVerb && between <= 3) };
  }
  return { attribution: null, clauseStart };
}
