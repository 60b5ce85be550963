/**
 * "What do analysts call the tactic?" in "Analysts call it the “slow squeeze” ...": news writing
 * puts a coined term, a nickname or a title of a show, book or slogan in quotation marks, and the
 * marks are part of what the article says (the words are someone's, not the reporter's). A
 * phrase answer read from such words keeps the marks the sentence writes around or inside it:
 * "the “slow squeeze”", not "the slow squeeze". The sentence's comma or full stop before a
 * closing mark is no part of the answer. Marks that would not pair up are left out.
 */

const OPEN = '“"';
const CLOSE = '”"';

/** The answer's words in the sentence, with quote marks allowed between them. */
function spanIn(answer: string, sentence: string): { start: number; end: number } | null {
  const words = answer.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[”"]?\\s+[“"]?')}(?![\\p{L}\\p{N}])`, 'u');
  const m = pattern.exec(sentence);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Whether every opening mark of the text is closed after it, and no mark closes what never opened. */
function paired(text: string): boolean {
  const curly = [...text].filter((c) => c === '“' || c === '”');
  let depth = 0;
  for (const c of curly) {
    depth += c === '“' ? 1 : -1;
    if (depth < 0 || depth > 1) return false;
  }
  const straight = [...text].filter((c) => c === '"').length;
  return depth === 0 && straight % 2 === 0;
}

/** The answer as the sentence writes it, with its quotation marks; the answer unchanged otherwise. */
export function withQuoteMarks(answer: string, sentence: string): string {
  const span = spanIn(answer, sentence);
  if (!span) return answer;
  let { start, end } = span;
  const before = sentence[start - 1] ?? '';
  // A closing mark right after the words, or after the sentence's own comma or full stop.
  const closeAt = CLOSE.includes(sentence[end] ?? ' ')
    ? end
    : /[,.!?]/.test(sentence[end] ?? '') && CLOSE.includes(sentence[end + 1] ?? ' ')
      ? end + 1
      : -1;
  let text = sentence.slice(start, end);
  if (OPEN.includes(before) && before !== '' && closeAt >= 0) {
    start -= 1;
    text = `${before}${text}${sentence[closeAt]}`;
  } else if (closeAt === end && paired(`${text}${sentence[end]}`) && !paired(text)) {
    end += 1;
    text = sentence.slice(start, end);
  }
  if (text === answer || !paired(text)) return answer;
  return text;
}
