/**
 * Discord markdown in text that came from articles (headlines, summaries, quotes, names, roles)
 * must read as written, not as Herald's formatting: `[click here](http://evil.example)` would
 * otherwise become a masked link inside Herald's own embed, and `# `, `> `, `||` or `*` would
 * restyle it. Discord hides a backslash before any punctuation, so escaping with one leaves the
 * text looking the same.
 */

/** Characters that start or end inline formatting, masked links, spoilers and `<…>` tokens. */
const INLINE = /[\\*_~|[\]()<>`]/g;
/** Headings (`#`, `-#`), block quotes and list markers only mean something at the start of a line. */
const LINE_START = /^(\s*)(#|-#|>|-(?=\s)|\+(?=\s))/gm;
/** The same without block quotes: Herald's own answers quote their evidence with "> ". */
const LINE_START_BUT_QUOTE = /^(\s*)(#|-#|-(?=\s)|\+(?=\s))/gm;
/** "1. " opens a numbered list; a backslash before a digit would show, so the dot is escaped. */
const NUMBERED = /^(\s*\d+)\.(?=\s)/gm;

function escapeInline(text: string, chars: RegExp, lineStart = LINE_START): string {
  return text.replace(chars, '\\$&').replace(lineStart, '$1\\$2').replace(NUMBERED, '$1\\.');
}

/** Everything escaped: for text that is wholly from the article (titles, quotes, speakers, footers). */
export function escapeMarkdown(text: string): string {
  return escapeInline(text, INLINE);
}

/** Backquoted code spans, which Herald's own messages use for commands (`/help`). */
const CODE_SPAN = /(`+)[^`]*?\1/g;
/** Without backquotes (code spans are Herald's) and ">" (a quote line is Herald's; mid-line it means nothing). */
const INLINE_BUT_CODE = /[\\*_~|[\]()<]/g;

/**
 * For text that mixes Herald's words with the article's (answers, lists): code spans are kept as
 * they are (nothing inside one is formatted or linked, and a backslash there would show), and so
 * are "> " quote lines, which Herald uses for its evidence; everything else is escaped.
 */
export function escapeMarkdownOutsideCode(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(CODE_SPAN)) {
    out += escapeInline(text.slice(last, m.index), INLINE_BUT_CODE, LINE_START_BUT_QUOTE);
    out += m[0];
    last = m.index + m[0].length;
  }
  return out + escapeInline(text.slice(last), INLINE_BUT_CODE, LINE_START_BUT_QUOTE);
}
