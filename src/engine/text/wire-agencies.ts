/**
 * Names that stand in brackets in a wire or broadcast dateline ("VELLBY (Reuters) — ", "(CNN)"),
 * as regular-expression alternatives. One list for both readers of a dateline: the cleaner that
 * keeps it out of the body (`boilerplate.ts`) and the reader that keeps its place aside
 * (`dateline-place.ts`).
 */
export const WIRE_AGENCIES = ['CNN', 'Reuters', 'AP', 'AFP', 'UPI', 'Bloomberg', 'dpa', 'PA'];

/**
 * Desks and sites that sign broadcast copy the same way ("(CNN Money)", "(EW.com)"). Only the
 * cleaner strips them: their bracket follows no town, so there is no place to keep.
 */
export const WIRE_DESKS = ['CNN Money', 'CNN Student News', 'EW\\.com', 'Mashable', 'CNET'];
