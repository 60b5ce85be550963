/**
 * "— Harbour Desk +1 415 555 1920", "Velmora desk 44-7 5550 1872": wire stories end with the desk's
 * telephone number, written as groups of digits split by spaces or hyphens. Its last group of
 * four digits often falls in the years' range, but a year is never written as the tail of such a
 * run: it follows words ("in 1800", "Jul 31, 1996"), not a group of three or four digits that
 * itself follows another group, and a phone number ends its sentence.
 */

/**
 * At least two digit groups before the number (the nearest of three or four digits, not itself a
 * year of our era), each starting after a space, a hyphen, a "+", a "(" or the start of the text.
 */
const PHONE_GROUPS_BEFORE = /(?:^|[\s(+-])\(?\d{1,4}\)?[\s-]+(?!(?:19|20)\d\d\b)\d{3,4}\s+$/;

/** Nothing but closing brackets or a full stop may follow the last group of a phone number. */
const PHONE_END_AFTER = /^\s*[).]?\s*$/;

/** Whether a four-digit number, with this text before and after it, ends a telephone number. */
export function endsAPhoneNumber(before: string, after: string): boolean {
  return PHONE_GROUPS_BEFORE.test(before) && PHONE_END_AFTER.test(after);
}
