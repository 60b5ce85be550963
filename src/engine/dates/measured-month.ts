/**
 * A month name right before the figure or the event it dates is the month: "June factory
 * output", "a wider April trade gap", "soft August and September car sales", "a March regional
 * primary", "June's fuel bill". Economic and political reporting names the period a figure
 * measures, or the month an event falls in, by setting the month before the noun. "March", "April",
 * "May", "June" and "August" are also names and words ("April Tessaly", "Doran June", "may rise"), so
 * bare they need a cue (bare-month.ts); a name sits before a capitalised name, a verb or a comma,
 * never before a noun of measurement or of a dated event, and a name's possessive follows another
 * capitalised name ("Doran June's"), not a lower-case word.
 */

/** Up to three lower-case modifiers (or a second month: "August and September sales"), then a noun. */
const MODIFIERS =
  '^(?:\\s+(?:and|to|or|through|-)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))?' +
  '(?:\\s+[a-z][a-z-]*){0,3}\\s+';

/** Nouns of a figure that measures a month: the month is over before its figure is reported. */
const FIGURE_NOUNS =
  'trade|surplus|deficit|output|production|sales|figures?|data|index|inflation|prices|exports|imports|payrolls|' +
  'unemployment|orders|shipments|deliveries|performance|trends|earnings|revenues?|wages|spending|borrowing|' +
  'balance|readings?|numbers|statistics|CPI|PPI|GDP|M[0-4]';

/** Nouns of an event or a report a month dates, which may lie ahead ("the March primary"). */
const EVENT_NOUNS =
  'reports?|survey|poll|primary|primaries|elections?|vote|referendum|caucus(?:es)?|meeting|session|results|auction';

const FIGURE_AFTER = new RegExp(`${MODIFIERS}(?:${FIGURE_NOUNS})\\b`);
const DATED_AFTER = new RegExp(`${MODIFIERS}(?:${FIGURE_NOUNS}|${EVENT_NOUNS})\\b`);

/** A possessive month before a lower-case word or a figure: "June's 8.3 percent", "August's output". */
const POSSESSIVE_AFTER = /^['’]s\s+(?:[a-z]|\d)/;

/** A capitalised word right before: the month name would be a surname ("Doran June's"). */
const NAME_BEFORE = /\b[A-Z][\w.-]*\s+$/;

/**
 * Whether an ambiguous month name at this place dates the figure or event after it. "May" after a
 * capitalised word is a surname as often ("the Orla May trade plan"), so it needs a lower-case
 * word or nothing before it; the other months are rarely surnames ("Finnish April trade figures").
 */
export function datesWhatFollows(before: string, after: string, name = ''): boolean {
  if (DATED_AFTER.test(after)) return name !== 'May' || !NAME_BEFORE.test(before);
  return POSSESSIVE_AFTER.test(after) && !NAME_BEFORE.test(before);
}

/**
 * Whether the month names the period a figure measures ("weaker than forecast June factory
 * output"): that month is past, however the clause is told; "expected" there is the forecast
 * the figure missed, not a month ahead.
 */
export function measuredByFigure(after: string): boolean {
  return FIGURE_AFTER.test(after);
}
