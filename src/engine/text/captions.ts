/**
 * Photo captions and their credits. Captions describe a picture, not the story; they must never
 * reach the summary or the quotes, yet they carry useful dates and places, so they are kept apart.
 */

import { countNumberWords, countWords, isSpaceUnit } from './tokens.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_SMALL = /^\p{Ll}/u;
const SMALL_LETTERS_ONLY = /^\p{Ll}+$/u;

export interface CaptionParts {
  text: string;
  credit: string | null;
  /**
   * Body text after a credit label's own credit ("Photograph: Jane Doe/Getty Images. Ada Vell
   * said ..."): a scraper that drops line breaks runs the story on after the label, and the story
   * is no part of the credit.
   */
  rest?: string;
}

/** Openers of a parenthesised credit: "(photo credit: X)", "(credit: X)", "(Photo by X/Getty)". */
const PAREN_CREDIT_OPENER =
  /\((?:(?:(?:photo(?:graph)?|image|picture)\s+)?credits?|photo(?:graph)?|image|picture|pic|source|file photo)\s*:\s*|\((?:photo(?:graph)?|picture|image)s?\s+by\s+/i;
/** Credits written without parentheses at the end of a line: "... Tehran. REUTERS/Majid Asgaripour". */
const TRAILING_CREDIT =
  /(?:^|\s)((?:\(?(?:REUTERS|AP Photo|AFP|EPA|Getty Images|Shutterstock|Alamy|PA Wire|PA Images|ANADOLU|Xinhua)\b[\p{L}\p{N}/.,'’ &-]*\)?)|(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Alamy|(?:THE |The )?(?:CANADIAN PRESS|Canadian Press|ASSOCIATED PRESS|Associated Press)|CP|Bloomberg)[\p{L} ]*))\s*$/u;
/**
 * A parenthesised credit closing a line: "( THE CANADIAN PRESS FILE PHOTO )", "(Submitted by
 * Lisa Haddad)", "(Omar Reyes/AFP/Getty Images)", "( Toronto Star file photo )".
 */
const TRAILING_PAREN = /\(\s*([^()]{2,120}?)\s*\)\s*$/u;
const PICTURE_CREDIT_WORDS = /\b(?:photo|photograph|handout|courtesy|submitted by|file image)\b/i;
/** "Omar Reyes/AFP/Getty Images": a name, a slash, an outlet, each capitalised ("she/her" is not). */
const SLASHED_CREDIT = /^\p{Lu}[\p{L}.'’ -]{1,40}\s*\/\s*\p{Lu}[\p{L}/.'’ -]{1,50}$/u;
/**
 * A credit opening a line, before the caption it belongs to: "Ravi Mehta / The Canadian Press
 * Joanne Pelletier and ...", "( Diane Kerr / Toronto Star ) Brampton nurse ...",
 * "The Canadian Press Firefighters ...".
 */
const LEADING_CREDIT =
  /^(?:\(\s*(\p{Lu}[\p{L}.'’ -]{1,40}\s*\/\s*\p{Lu}[\p{L}/.'’ -]{1,50}?)\s*\)|(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}\s*\/\s*(?:THE |The )?(?:CANADIAN PRESS|Canadian Press|ASSOCIATED PRESS|Associated Press|Getty Images|AFP|Reuters|Bloomberg))|((?:THE CANADIAN PRESS|The Canadian Press)(?=\s+\p{Lu}\p{Ll}+[\s,])))\s+(?=\p{Lu})/u;
const TRAILING_CREDIT_REACH = 120;
/** Lines that are nothing but a credit or a caption label. */
const CREDIT_LINE =
  /^\(?(?:photo(?:graph)?\s+credit|image\s+credit|credits?|photo(?:graph)?|image|picture|pic|source|file photo)\s*:/i;
const CAPTION_LABEL = /^(?:file photo|file)\s*[:—-]\s*/i;

/** End index (exclusive) of the balanced parenthesis group opening at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * A slashed credit ending on an agency or outlet word, then a capital: where an unpunctuated credit
 * ends and the text run on after it starts ("Jane Doe/Getty Images Ada Vell said ...").
 */
const SLASHED_AGENCY_END =
  /^\s*[^.!?/]{1,60}\/\s*(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}?(?:Images|Photos?|Pictures|Press|Agency|Wire|Getty|AFP|Reuters|REUTERS|AP|EPA|PA|Shutterstock|Alamy|Bloomberg|Xinhua)\b(?=\s+\p{Lu})/u;
/** A full stop, "!" or "?" after a word of two letters or more (not an initial), then a capital. */
const CREDIT_SENTENCE_END = /(?<=\p{L}{2}|\p{N}|[)”’])[.!?]+(?=\s+[\p{Lu}“‘(])/u;
/** A credit this many words long at most ("Photograph: Jane Doe for The Daily Planet"): a longer run is story text. */
const MAX_CREDIT_LINE_WORDS = 12;

/**
 * Where the credit a label opens ends ("Photograph: Jane Doe/Reuters"): at the end of the line,
 * at a slashed credit's agency when a capitalised word runs on after it, or at its first sentence
 * end, whichever comes first. A credit is one short line; a longer run to that end is a story
 * sentence the label was glued to (null).
 */
function creditEnd(line: string, label: number): number | null {
  const after = line.slice(label);
  const agency = SLASHED_AGENCY_END.exec(after);
  const stop = CREDIT_SENTENCE_END.exec(after);
  const ends = [agency ? agency[0].length : -1, stop ? stop.index + stop[0].length : -1].filter((e) => e > 0);
  const end = ends.length > 0 ? Math.min(...ends) : after.length;
  const words = countWords(after.slice(0, end), MAX_CREDIT_LINE_WORDS + 1);
  return words > MAX_CREDIT_LINE_WORDS ? null : label + end;
}

/** The wire services and picture agencies TRAILING_CREDIT's first form opens on. */
const BARE_AGENCY =
  /^\(?(?:REUTERS|AP Photo|AFP|EPA|Getty Images|Shutterstock|Alamy|PA Wire|PA Images|ANADOLU|Xinhua)\b/;
/**
 * Lower-case words a credit itself holds: "REUTERS/Jane Doe/File photo", "Jane Doe via Getty
 * Images", "AFP/Pool". Any other lower-case word after the agency is prose about it.
 */
const CREDIT_LOWER_WORDS: ReadonlySet<string> = new Set(
  'via for the of and file photo photos pool handout staff images courtesy'.split(' '),
);
/** Words a credit may follow in lower case: "Jane Doe via Getty Images". */
const BEFORE_CREDIT_WORDS: ReadonlySet<string> = new Set(['via', 'by']);

/**
 * Whether a bare agency name closing a line is the agency named in a sentence, not a credit: a
 * source quoted to it ("..., Ada Vell told AFP."), or the agency as a sentence's subject or
 * object ("... the EPA, which is ...", "told AFP in an interview on Monday."). A credit is names
 * and outlets set apart from the caption ("REUTERS/Jane Doe", "AFP/Getty Images"), so a lower-case
 * prose word after the agency, or, for an agency without a slash, a lower-case verb or
 * preposition right before it, says the paragraph is body text. Wire-copy convention, no names.
 */
function namesAgencyInProse(line: string, start: number, credit: string): boolean {
  const head = /^\s*/.exec(line.slice(start))![0].length;
  const text = credit.trim();
  if (!BARE_AGENCY.test(text)) return false;
  const prose = text
    .split(/[\s/]+/)
    .some((w) => OPENS_SMALL.test(w) && !CREDIT_LOWER_WORDS.has(w.replace(/[.,]+$/, '')));
  if (prose) return true;
  if (text.includes('/')) return false;
  let end = start + head;
  while (end > 0 && isSpaceUnit(line.charCodeAt(end - 1))) end--;
  const word = wordBefore(line, end);
  return SMALL_LETTERS_ONLY.test(word) && !BEFORE_CREDIT_WORDS.has(word);
}

/** Splits a credit off a line. Returns null when the line carries no credit. */
export function splitCredit(line: string): CaptionParts | null {
  const opener = PAREN_CREDIT_OPENER.exec(line);
  if (opener) {
    const end = closingParen(line, opener.index);
    if (end > 0) {
      const credit = line.slice(opener.index + opener[0].length, end - 1).trim();
      const text = `${line.slice(0, opener.index)} ${line.slice(end)}`.replace(/\s+/g, ' ').trim();
      return { text, credit: credit || null };
    }
  }
  if (CREDIT_LINE.test(line)) {
    const label = CREDIT_LINE.exec(line)![0].length;
    const end = creditEnd(line, label);
    // No end to the credit: the label was glued to a story sentence, which stays whole (the
    // entity stage blanks a credit's names it can still tell apart).
    if (end === null) return { text: '', credit: null, rest: line.slice(label).trim() };
    if (line.slice(end).trim()) {
      const credit = line
        .slice(label, end)
        .trim()
        .replace(/[.)]+$/, '')
        .trim();
      return { text: '', credit: credit || null, rest: line.slice(end).trim() };
    }
    return {
      text: '',
      credit:
        line
          .replace(CREDIT_LINE, '')
          .replace(/\)\s*$/, '')
          .trim() || null,
    };
  }
  // Only the tail can hold a trailing credit; scanning just that keeps long paragraphs cheap.
  const tailStart = Math.max(0, line.length - TRAILING_CREDIT_REACH);
  const trailing = TRAILING_CREDIT.exec(line.slice(tailStart));
  if (trailing?.[1] && !namesAgencyInProse(line, tailStart + trailing.index, trailing[1])) {
    const credit = trailing[1].replace(/^\(|\)$/g, '').trim();
    return { text: line.slice(0, tailStart + trailing.index).trim(), credit };
  }
  const paren = TRAILING_PAREN.exec(line.slice(tailStart));
  if (paren?.[1] && (PICTURE_CREDIT_WORDS.test(paren[1]) || SLASHED_CREDIT.test(paren[1]))) {
    return { text: line.slice(0, tailStart + paren.index).trim(), credit: paren[1].trim() };
  }
  const leading = LEADING_CREDIT.exec(line);
  if (leading)
    return {
      text: line.slice(leading[0].length).trim(),
      credit: (leading[1] ?? leading[2] ?? leading[3] ?? '').trim() || null,
    };
  if (CAPTION_LABEL.test(line)) return { text: line.replace(CAPTION_LABEL, '').trim(), credit: null };
  return null;
}

/** Words that open a new sentence; capitalised right after a lowercase word they mark a glued seam. */
const SEAM_OPENERS = 'The|A|An|He|She|It|They|We|His|Her|Their|Its|This|These|Those|But|However';
/**
 * Openers that also end the name of a body ("Kent Police said", "Harbour Officials"): a seam only
 * after a word in lower case, never after a capitalised word they may be part of the name with.
 */
const NAME_ENDING_OPENERS = 'Police|Officials';
/**
 * Seams where an unpunctuated caption runs into the next text: an opener after a lowercase word
 * ("... at the training ground He has trained ..."), or a tabloid caption label
 * ("... on Sunday morning Safe at last: The video shows ..."). The word after an opener
 * must be lowercase or a number, which keeps titles such as "told The New York Times" intact.
 * Sticky: it is tried only where a seam can start (see splitAtSeams); the lookbehinds still read
 * the text before that position.
 */
const GLUED_SEAM = new RegExp(
  `(?<=[\\p{Ll}\\d)])\\s+(?=(?:(?:${SEAM_OPENERS})\\s+[\\p{Ll}\\d]|\\p{Lu}[\\p{L}’'-]*(?:\\s+[\\p{L}’'-]+){0,3}:\\s+\\p{Lu}))|(?<=(?:^|[\\s(])[\\p{Ll}\\d][\\p{L}\\d’'-]*)\\s+(?=(?:${NAME_ENDING_OPENERS})\\s+[\\p{Ll}\\d])`,
  'uy',
);
/**
 * Text every GLUED_SEAM match contains: a whitespace-flanked opener, or a colon and a space. Most
 * sentences have neither, and this plain scan rules them out far faster than the Unicode
 * lookbehind in GLUED_SEAM, which is tried at every position of every sentence.
 */
const SEAM_POSSIBLE = new RegExp(`\\s(?:${SEAM_OPENERS}|${NAME_ENDING_OPENERS})\\s|:\\s`);

/** An opener GLUED_SEAM's lookahead names, then a space: tried (sticky) where a seam may start. */
const OPENER_AT = new RegExp(`(?:${SEAM_OPENERS}|${NAME_ENDING_OPENERS})\\s`, 'y');

/**
 * Whether a code unit may end the word before a GLUED_SEAM match (`[\p{Ll}\d)]`, or the last
 * character of `[\p{L}\d’'-]*`). Beyond ASCII it answers yes and leaves the regex to decide.
 */
function mayEndWordBeforeSeam(c: number): boolean {
  if (c >= 0x80) return true;
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 0x29 ||
    c === 0x27 ||
    c === 0x2d
  );
}

/**
 * Words a phrase cannot end on: articles, prepositions, conjunctions and auxiliaries. A caption is
 * a whole phrase, so a seam right after one ("... of three | Republican hopefuls: Ada Vell",
 * "... final at | Harbour Park on Friday: ...") is inside a sentence, not where a caption ends. A
 * grammar fact (closed classes of English), not a list of names.
 */
const DANGLING_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an and or but nor of at in on to for from with by into onto about between among ' +
    'against during than is are was were be been has have had will would can could shall should must'
  ).split(' '),
);

/** The word that ends right before `end` (text back to the previous space). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/**
 * `sentence.split(GLUED_SEAM)`, with the regex tried only where a match can start. Every match is
 * a whole run of whitespace after a word character and before a capital letter (each alternative
 * of the lookahead opens with an uppercase letter, each lookbehind ends on a word character), so
 * only those runs are tried, by the sticky copy; the split itself tries the Unicode lookbehinds at
 * every position, which made it most of the cleaning stage's time.
 */
function splitAtSeams(sentence: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  const n = sentence.length;
  const lastColon = sentence.lastIndexOf(':');
  for (let q = 1; q < n; q++) {
    if (!isSpaceUnit(sentence.charCodeAt(q)) || !mayEndWordBeforeSeam(sentence.charCodeAt(q - 1))) continue;
    let next = q + 1;
    while (next < n && isSpaceUnit(sentence.charCodeAt(next))) next++;
    const c = next < n ? sentence.charCodeAt(next) : -1;
    if (!(c >= 65 && c <= 90) && !(c >= 0x80)) {
      q = next - 1;
      continue;
    }
    // Past the capital, a seam needs an opener word, or a colon somewhere after (a caption label).
    OPENER_AT.lastIndex = next;
    if (next > lastColon && !OPENER_AT.test(sentence)) {
      q = next - 1;
      continue;
    }
    GLUED_SEAM.lastIndex = q;
    const seam = GLUED_SEAM.exec(sentence);
    if (
      seam &&
      !DANGLING_WORDS.has(wordBefore(sentence, q).toLowerCase()) &&
      !insideQuotation(sentence, from, q)
    ) {
      pieces.push(sentence.slice(from, q));
      from = q + seam[0].length;
    }
    q = next - 1;
  }
  pieces.push(sentence.slice(from));
  return pieces;
}
/**
 * Is position `end` inside a quotation opened since `from`? A caption is a whole phrase and never
 * leaves a quotation open where the story runs on, so a seam there ("“Every sailor knows | Dunland has
 * one rule: When ...") is a speaker’s own colon inside the quote, not where a caption ends. Curly marks say
 * which way they face; straight marks alternate.
 */
function insideQuotation(text: string, from: number, end: number): boolean {
  let open = 0;
  let straight = false;
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') straight = !straight;
  }
  return open > 0 || straight;
}

/** "Jailed: Dean Harker, 41, ..." — a short label that tabloids put in front of captions. */
const LABELLED_CAPTION = /^[A-Z][\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3}:\s+(?=[A-Z])/u;

/** LABELLED_CAPTION, after the two things it needs (a capital first, a colon) are checked cheaply. */
function isLabelled(piece: string): boolean {
  const c = piece.charCodeAt(0);
  return c >= 65 && c <= 90 && piece.includes(':') && LABELLED_CAPTION.test(piece);
}
/** Inside a labelled caption any "word Capital word" seam may be where the caption ends. */
const LOOSE_SEAM = /(?<=\p{Ll})\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u;

/** One capitalised word: what stands between a label and a loose seam that cuts a name in two. */
const LONE_CAPITALISED_WORD = /^\p{Lu}[\p{L}’'.-]*$/u;

/**
 * Where the caption a label opens ends: at the piece's first loose seam, unless a lone capitalised
 * word stands between the label and that seam. A caption names or describes at least a whole name
 * ("Pictured: Ada Vell | Rusk was ..."), so a lone capitalised word there is the first part of a
 * name the seam would cut in two ("Editor's note: Ada | Vell is ...", "The Latest: Ilse | Marr wins
 * ..."): the label opens a headline, kicker or sentence and nothing is cut (-1).
 */
function labelledCaptionEnd(piece: string): number {
  const seam = LOOSE_SEAM.exec(piece);
  if (!seam) return -1;
  const afterLabel = piece.slice(piece.indexOf(':') + 1, seam.index).trim();
  return LONE_CAPITALISED_WORD.test(afterLabel) ? -1 : seam.index;
}
/**
 * Words only captions use about their picture: "pictured", "(left)", "(far right, with her sister)",
 * "(file photo)". In body text they mark a caption the scraper glued in.
 */
export const PICTURE_TALK =
  /\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|far left|far right|file photo|file)\b[^)]*\)|\bpictured\b/i;

const TERMINAL = /[.!?…][”’)\]]*$/;

/**
 * A word in lower case (or a bracketed one). A caption describes its picture in a clause or a
 * phrase, which has one ("leaves court", "(left)", "and"); a piece of nothing but capitalised
 * words, numbers and brackets is a name, a results entry or a headline's words ("Ada Vell
 * (Ostria) Harbour 38:52.271", "Parliament Speaker"), not a caption.
 */
const LOWERCASE_WORD = /(?:^|[\s(])\p{Ll}/u;

/** An eighth of the words numbers, and at least four of them: see isTableRow. */
const TABLE_NUMBER_SHARE = 8;
const TABLE_MIN_NUMBERS = 4;

/**
 * Whether a run of text is a table row set as text (results, standings, a scorecard, accounts:
 * "Scorers: Ada Vell (12th), Tom Rusk (80th) Attendance: 4,000"). A caption describes a picture in
 * words, so text this thick with numbers is no caption, whatever labels and seams it holds.
 */
function isTableRow(text: string): boolean {
  const numbers = countNumberWords(text);
  return numbers >= TABLE_MIN_NUMBERS && numbers * TABLE_NUMBER_SHARE >= countWords(text);
}

/**
 * Separates captions glued into a sentence by scrapers that drop the caption's line break.
 * A caption has no final punctuation, so every piece before a seam is one, and so is a labelled
 * piece up to where its next sentence starts; the last piece is body unless it too lacks final
 * punctuation and talks about the picture.
 */
export function separateGluedCaptions(sentence: string): { body: string | null; captions: string[] } {
  if (isTableRow(sentence)) return { body: sentence, captions: [] };
  const captions: string[] = [];
  const pieces: string[] = [];
  const raws = SEAM_POSSIBLE.test(sentence) ? splitAtSeams(sentence) : [sentence];
  let held = '';
  for (let r = 0; r < raws.length; r++) {
    const trimmed = raws[r]!.trim();
    if (!trimmed) continue;
    const piece = held ? `${held} ${trimmed}` : trimmed;
    held = '';
    // Words without a lower-case one before a label ("Speaker | Ada Vell: ...", "... 38:52.271 |
    // Fastest lap: ...") say nothing about a picture: the label seam is inside a headline or a
    // results line, so the piece runs on into the next one.
    if (r < raws.length - 1 && !LOWERCASE_WORD.test(trimmed) && isLabelled(raws[r + 1]!.trim())) {
      held = piece;
      continue;
    }
    const end = isLabelled(piece) ? labelledCaptionEnd(piece) : -1;
    if (end >= 0) {
      pieces.push(piece.slice(0, end).trim(), piece.slice(end).trim());
    } else pieces.push(piece);
  }
  const last = pieces.pop() ?? '';
  captions.push(...pieces);
  if (!TERMINAL.test(last) && (PICTURE_TALK.test(last) || isLabelled(last))) {
    captions.push(last);
    return { body: null, captions };
  }
  return { body: last || null, captions };
}
