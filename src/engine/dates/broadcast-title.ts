/**
 * A capitalised day word right after a broadcaster's name is a programme's title, not a day:
 * "told CBS This Morning", "on NBC’s “Today”", "a guest on ABC’s “This Week”". Running text writes
 * the day itself in lower case after the name ("she told CBS this morning that ..."), so only the
 * capitalised form is taken for the title. The broadcasters are the networks whose morning and
 * evening programmes are named so (US and UK). Some papers set both quote marks as ” (“ABC’s
 * ”This Week””), so ” opens a title here too.
 */
const BROADCASTER_BEFORE = /\b(?:CBS|NBC|ABC|CNN|MSNBC|PBS|BBC|ITV|Fox(?: News)?)(?:['’]s)?\s*["“”]?$/;
const CAPITALISED_DAY_WORD = /^(?:This (?:Morning|Week|Evening)|Today|Tonight)\b/;

/** Whether the day words `matched`, after the text `before`, name a broadcaster's programme. */
export function namesABroadcast(before: string, matched: string): boolean {
  return CAPITALISED_DAY_WORD.test(matched) && BROADCASTER_BEFORE.test(before);
}

/**
 * A title's last words, in quotation marks after a word of running text: an opening quote mark,
 * one to three capitalised words, then (after the day word) a closing mark, perhaps after a comma
 * or a stop. Speech opened in a sentence runs on in lower case past its first words, and a quote
 * that closes after "Tonight" at the head of speech ("“Not tonight,” she said") starts the title
 * with a lower-case word or none.
 */
const QUOTED_TITLE_HEAD_BEFORE = /[\p{L}\d,]\s+["“”](?:\p{Lu}[\p{L}’'-]*\s+){1,3}$/u;
const CLOSING_QUOTE_AFTER = /^[,.]?["”]/;

/** "The Harbour Tonight Show", "the Today show": the day word names the programme it stands before. */
const SHOW_AFTER = /^["”]?\s+(?:[Ss]how|[Pp]rogramme|[Pp]rogram)\b/;

/**
 * Whether a capitalised day word at [start, end) of `text` ends a programme's title or names a
 * show: "hosts the weekly “Harbour Lights Tonight,”", "her late show “Velmora Tonight.”", "a guest on
 * the Velmora Tonight Show". A title is capitalised word by word and closed by its quote
 * mark; the day itself is written in lower case inside running text.
 */
export function endsAProgrammeTitle(text: string, start: number, end: number): boolean {
  if (!CAPITALISED_DAY_WORD.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 12);
  if (SHOW_AFTER.test(after)) return true;
  return (
    QUOTED_TITLE_HEAD_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    CLOSING_QUOTE_AFTER.test(after)
  );
}
