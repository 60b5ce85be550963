/**
 * Run-on sentences: where a new sentence starts inside the text before it has ended. Scraped
 * pages lose the line break after a photo caption or a heading, which has no final punctuation,
 * so the caption runs into the next sentence; each such place is a sentence boundary. Two shapes
 * are read here, each a general fact of how captions and news sentences are written:
 * - a quotation that is a whole sentence opening right after a word, with no colon, comma or
 *   speech verb to introduce it ("... coach on Monday ‘We are ready for this,’ said Kerr");
 * - in a sentence whose caption part talks about its picture ("(left)", ", pictured"), a new
 *   subject and its verb after a lowercase word ("... after the final whistle Lee was ...").
 * The pieces stay in the body as sentences of their own: a caption may be the only place a fact
 * is stated. (Seams at "He", "The", "This" and a few more, and labelled captions, are cut out as
 * captions by text/captions.ts, which runs after the splitter.)
 */

import { isSpaceUnit } from './tokens.js';
import { lowerCase } from '../lexicon/lower-case.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const CAPITALISED_TOKEN = /^\p{Lu}[\p{L}’'.-]*$/u;
const CLOSING_SINGLE_AFTER_LETTER = /\p{L}.*’[^\p{L}\p{N}]*$/u;
const SMALL_HYPHENATED_WORD = /^\p{Ll}[\p{Ll}-]+$/u;

/** Verbs that introduce a quotation a few words later ("told reporters ‘We ...'"). */
const SPEECH_VERBS = new Set(
  (
    'said|says|saying|say|told|tells|tell|telling|added|adds|adding|asked|asks|explained|explains|wrote|writes|' +
    'tweeted|posted|insisted|insists|admitted|admits|declared|replied|replies|shouted|screamed|yelled|' +
    'claimed|claims|revealed|reveals|warned|warns|urged|urges|joked|jokes|recalled|recalls|continued|' +
    'stated|states|announced|sang|sings|chanted|whispered|cried|exclaimed|answered|responded|quipped|' +
    'described|describes'
  ).split('|'),
);

/** Past this many words an unclosed quotation is taken to run on past the sentence. */
const MAX_QUOTE_WORDS = 120;

/** How many words before a quotation a speech verb still introduces it. */
const SPEECH_VERB_REACH = 3;

/** Words after which a quotation or a name continues the sentence: function words and speech verbs. */
const CONTINUING_WORDS = new Set(
  (
    'a|an|the|of|in|on|at|to|for|from|by|with|as|than|like|about|into|onto|over|under|after|before|' +
    'and|or|but|nor|that|which|who|whom|whose|this|these|those|his|her|its|their|our|my|your|' +
    'is|was|are|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|' +
    'not|no|called|dubbed|named|titled|entitled|labelled|labeled|branded|nicknamed|known|marked|read|reads|' +
    [...SPEECH_VERBS].join('|') +
    '|hers|theirs|him|them|me|us|you|it|we|they|he|she|i|so|such|very|just|only|' +
    'while|when|where|because|although|though|if|unless|until|since|whether|whereas|once|' +
    'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some|all|both|each|' +
    'every|other|another|more|most|last|next|first|second|third|former|late|early|new|old|top|fellow|' +
    'star|mr|mrs|ms|dr'
  ).split('|'),
);

/** A new clause's verb right after its subject: auxiliaries, and -s/-ed forms. */
const CLAUSE_VERB =
  /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|did|does|isn[’']t|wasn[’']t|hasn[’']t|hadn[’']t|won[’']t|didn[’']t|doesn[’']t|can[’']t|\p{Ll}{2,}(?:ed|es|s))$/u;

/** Parenthesised or set-off picture talk right after a name: "(left)", "(pictured)", ", pictured". */
const PICTURE_MARK =
  /^(?:\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|far left|far right|second left|second right|front|back)\b[^)]*\)|,\s+pictured\b)/i;

/**
 * Picture talk set off as a caption writes it, which gates the looser seams: "(left)", "(pictured
 * with her sister)", ", pictured above", "pictured left". A body sentence may say someone "is
 * pictured with" a friend; that alone does not make it a caption.
 */
const PICTURE_NOTES =
  /\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|far left|far right|second left|second right)\b[^)]*\)|,\s+pictured\b|\bpictured\s+(?:left|right|above|below|here|centre|center|top|bottom)\b/gi;

/** Offsets where picture talk starts in a sentence. */
function pictureTalkStarts(sentence: string): number[] {
  const found: number[] = [];
  for (const m of sentence.matchAll(PICTURE_NOTES)) found.push(m.index);
  return found;
}

/** Fewest words on either side of a seam: shorter pieces are parts of one sentence, not two. */
const MIN_CAPTION_WORDS = 5;
const MIN_REST_WORDS = 4;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The sentence's runs of non-space (`/\S+/g`), read by code unit: no match object per word. */
function wordsOf(sentence: string): Word[] {
  const out: Word[] = [];
  let start = -1;
  for (let i = 0; i < sentence.length; i++) {
    if (isSpaceUnit(sentence.charCodeAt(i))) {
      if (start >= 0) out.push({ text: sentence.slice(start, i), start, end: i });
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push({ text: sentence.slice(start), start, end: sentence.length });
  return out;
}

/** The letters of a word, lower-cased, with the marks around it taken off. */
function bare(word: string): string {
  // Most words start and end with an ASCII letter or digit, with nothing to take off: no regex.
  if (isAsciiAlphanumeric(word.charCodeAt(0)) && isAsciiAlphanumeric(word.charCodeAt(word.length - 1)))
    return lowerCase(word);
  return lowerCase(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A word that could end a caption: it ends in a lowercase letter, a digit or a closing mark, with no punctuation. */
function endsOpen(word: string): boolean {
  // The last code unit first: ASCII is settled without a regex, which is run only past ASCII.
  const c = word.charCodeAt(word.length - 1);
  const open =
    c < 0x80
      ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x29
      : c === 0x2019 || c === 0x201d || ENDS_LOWERCASE.test(word);
  return open && !CONTINUING_WORDS.has(bare(word));
}

const ENDS_LOWERCASE = /\p{Ll}$/u;

function isCapitalised(word: string): boolean {
  return CAPITALISED_TOKEN.test(word) && !/[’']s$/u.test(word);
}

/**
 * Whether the quotation opening at word `i` is a whole sentence: five words or more, and it ends
 * with its own punctuation inside the mark (“... towards,’ said”) or runs on past the sentence.
 */
function opensQuotedSentence(words: Word[], i: number): boolean {
  // The caller has checked that the word opens on a quotation mark and a capital.
  const first = words[i]!.text;
  for (let k = Math.max(0, i - SPEECH_VERB_REACH); k < i; k++)
    if (SPEECH_VERBS.has(bare(words[k]!.text))) return false;
  const close = first.startsWith('“') ? '”' : '’';
  let count = 0;
  // A quotation still open this many words on runs past the sentence; the cap keeps a hostile
  // text full of opening marks linear.
  for (let j = i; j < words.length && count < MAX_QUOTE_WORDS; j++) {
    const w = words[j]!.text;
    count++;
    // An apostrophe inside a word (“I’d”) is no closing mark: only one at the word's end is.
    const body = j === i ? w.slice(1) : w;
    if (body.endsWith(close) || body.endsWith(`${close},`) || body.endsWith(`${close}.`)) {
      const inner = body.replace(/[’”][,.]?$/u, '');
      return count >= 5 && /[.,!?…]$/.test(inner);
    }
  }
  return count >= 5;
}

/**
 * For each word, whether a quotation is open before it. “ and ‘ always open (cleaning made quotes
 * typographic); ” closes, and so does ’ at the end of a word while a ‘ is open (elsewhere ’ is an
 * apostrophe: "Torres’ case").
 */
function openQuotes(words: Word[]): boolean[] {
  const open: boolean[] = [];
  let double = false;
  let single = false;
  for (const { text } of words) {
    open.push(double || single);
    if (text.startsWith('“')) double = true;
    else if (text.startsWith('‘')) single = true;
    // Each closing test needs its mark in the word: most words have none, and skip the regexes.
    if (double && text.includes('”') && /”[^\p{L}\p{N}]*$/u.test(text)) double = false;
    if (single && text.includes('’')) {
      if (CLOSING_SINGLE_AFTER_LETTER.test(text) && !/^‘[^’]*$/u.test(text)) single = false;
      else if (/^‘.*’[^\p{L}\p{N}]*$/u.test(text)) single = false;
    }
  }
  return open;
}

/**
 * Whether a new subject and its verb start at word `i`: one to four capitalised words, perhaps
 * after a capitalised modifier and a lowercase noun ("Club boss Ann Lee"), perhaps with picture
 * talk after them ("Ann Lee (left) has ...").
 */
function newSubjectAndVerb(sentence: string, words: Word[], i: number, talkedBefore: boolean): boolean {
  let j = i;
  let capitals = 0;
  let described = false;
  while (j < words.length && capitals < 4) {
    const w = words[j]!.text;
    if (isCapitalised(w)) {
      capitals++;
      j++;
      continue;
    }
    // One lowercase noun between capitalised words: "Northam boss Ray Tolland".
    if (!described && capitals > 0 && SMALL_HYPHENATED_WORD.test(w) && !CONTINUING_WORDS.has(w)) {
      const next = words[j + 1]?.text ?? '';
      if (isCapitalised(next) && !CLAUSE_VERB.test(w)) {
        described = true;
        j++;
        continue;
      }
    }
    break;
  }
  if (capitals === 0 || j >= words.length) return false;
  let next = j;
  const mark = PICTURE_MARK.exec(sentence.slice(words[j - 1]!.end).trimStart());
  // Before any picture talk, only a subject the picture shows starts a new caption.
  if (!mark && !talkedBefore) return false;
  if (mark) {
    // Skip the words the picture talk spans.
    const markEnd = sentence.indexOf(mark[0], words[j - 1]!.end) + mark[0].length;
    while (next < words.length && words[next]!.start < markEnd) next++;
  }
  const verb = words[next]?.text ?? '';
  return CLAUSE_VERB.test(verb.replace(/[,.;:]$/, ''));
}

/** Characters that every run-on seam needs somewhere in the sentence: most sentences have none. */
const SEAM_HINT = /[‘“(]|pictured/;
/**
 * A word opening on a quotation mark and a capital: where a quoted sentence may start. Without
 * one, and without picture talk, a sentence has no seam, and its words need not be read at all.
 */
const QUOTE_OPENS_SENTENCE = /(?:^|\s)[‘“]\p{Lu}/u;
const QUOTE_OPENS_WORD = /^[‘“]\p{Lu}/u;

/** Whether a word opens on a quotation mark and a capital (“We ...), with the regex only after its mark. */
function opensQuoteOnCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 0x2018 || c === 0x201c) && QUOTE_OPENS_WORD.test(word);
}

/**
 * Character offsets in `sentence` where a new sentence starts, in order. Each piece left between
 * seams holds at least MIN_CAPTION_WORDS words, and the last MIN_REST_WORDS.
 */
export function runOnStarts(sentence: string): number[] {
  if (!SEAM_HINT.test(sentence)) return [];
  // Where picture talk starts, in order: a piece talks about its picture when one lies inside it.
  const notes = pictureTalkStarts(sentence);
  // Without picture talk only a quoted sentence can start a new unit.
  if (notes.length === 0 && !QUOTE_OPENS_SENTENCE.test(sentence)) return [];
  const words = wordsOf(sentence);
  if (words.length < MIN_CAPTION_WORDS + MIN_REST_WORDS) return [];
  let quoteOpenAt: boolean[] | null = null;
  let nextNote = 0;
  const seams: number[] = [];
  let pieceStart = 0;
  for (let i = MIN_CAPTION_WORDS; i <= words.length - MIN_REST_WORDS; i++) {
    if (i - pieceStart < MIN_CAPTION_WORDS) continue;
    const quoted = opensQuoteOnCapital(words[i]!.text);
    if (!quoted && notes.length === 0) continue;
    const before = words[i - 1]!.text;
    // Inside a quotation a capital after a word is the speaker's own sentence going on.
    if (!endsOpen(before)) continue;
    quoteOpenAt ??= openQuotes(words);
    if (quoteOpenAt[i]) continue;
    let seam = quoted && opensQuotedSentence(words, i);
    // In a sentence whose caption part talks about its picture, a lowercase word (not a verb's -ed
    // form) and then a new subject with its verb: where one caption ends and the next text begins.
    if (!seam && notes.length > 0 && /^[\p{Ll}\d]/u.test(before) && !/ed$/.test(bare(before))) {
      while (nextNote < notes.length && notes[nextNote]! < words[pieceStart]!.start) nextNote++;
      const talkedBefore = nextNote < notes.length && notes[nextNote]! < words[i]!.start;
      seam = newSubjectAndVerb(sentence, words, i, talkedBefore);
    }
    if (seam) {
      seams.push(words[i]!.start);
      pieceStart = i;
    }
  }
  return seams;
}
