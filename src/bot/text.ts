/** Text limits shared by every renderer. */

/** Cut at a word boundary and mark the cut, so a long answer never fails a platform limit. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max * 0.6 ? atWord : cut).trimEnd()}…`;
}

/**
 * Keep as many whole lines as fit in `max` characters and say how many were left out,
 * e.g. "…and 7 more". Used for lists of people, dates, quotes and search hits.
 */
export function fitLines(lines: string[], max: number, separator = '\n'): string {
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rest = lines.length - i - 1;
    const note = rest > 0 ? `${separator}…and ${rest} more` : '';
    const cost = (kept.length > 0 ? separator.length : 0) + line.length;
    if (used + cost + (rest > 0 ? note.length : 0) > max) {
      const left = lines.length - i;
      const tail = `…and ${left} more`;
      if (kept.length === 0)
        return truncate(line, Math.max(1, max - tail.length - 1)) + (left > 1 ? ` ${tail}` : '');
      return `${kept.join(separator)}${separator}${tail}`;
    }
    kept.push(line);
    used += cost;
  }
  return kept.join(separator);
}

/**
 * C0 and C1 control characters other than newline and tab. Article text may carry them (an ESC
 * sequence in a feed, a page or a file); printed raw they would recolour, clear or retitle the
 * operator's terminal.
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Bidirectional controls: embeddings and overrides (U+202A-E), isolates (U+2066-9), the LRM/RLM
 * marks (U+200E/F) and the Arabic letter mark (U+061C). From an article they can make text read in
 * a different order than it is written ("gpj.exe" shown as "exe.jpg"), so no renderer passes them on.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Text with every bidirectional control character removed (every platform's renderer applies it). */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Text safe to print on a terminal: control and bidirectional characters dropped, newlines and tabs kept. */
export function printable(text: string): string {
  return stripBidi(text.replace(TERMINAL_CONTROLS, ''));
}
