/**
 * A capitalised day word right after a broadcaster's name is a programme's title, not a day:
 * "told CBS This Morning", "on NBC’s “Today”", "a guest on ABC’s “This Week”". Running text writes
 * the day itself in lower case after the name ("she told CBS this morning that ..."), so only the
 * capitalised form is taken for the title. The broadcasters are the networks whose morning and
 * evening programmes are named so (US and UK).
 */
const BROADCASTER_BEFORE = /\b(?:CBS|NBC|ABC|CNN|MSNBC|PBS|BBC|ITV|Fox(?: News)?)(?:['’]s)?\s*["“]?$/;
const CAPITALISED_DAY_WORD = /^(?:This (?:Morning|Week|Evening)|Today|Tonight)\b/;

/** Whether the day words `matched`, after the text `before`, name a broadcaster's programme. */
export function namesABroadcast(before: string, matched: string): boolean {
  return CAPITALISED_DAY_WORD.test(matched) && BROADCASTER_BEFORE.test(before);
}
