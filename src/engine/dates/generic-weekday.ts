/**
 * A weekday before a part of the day in the plural names a habit, not a day: "games on Monday
 * nights", "the debates are on Saturday evenings", "we spend our Friday nights on the polls". News
 * writes one coming or past day in the singular ("on Monday night"); the plural is every such day,
 * which has no single date, so the weekday is not read.
 */
const PLURAL_PART_OF_DAY = /\s+(?:mornings|afternoons|evenings|nights)\b/y;

/** Whether the weekday ending at `end` in `text` is followed by a part of the day in the plural. */
export function weekdayIsHabitual(text: string, end: number): boolean {
  PLURAL_PART_OF_DAY.lastIndex = end;
  return PLURAL_PART_OF_DAY.test(text);
}
