/**
 * Names news writing uses in turn for one office. A member of the US House is titled "Rep." (a
 * representative) before the name and called "the congressman" or "the congresswoman" after it;
 * a later description of either kind refers to the same holder.
 */

const SAME_OFFICE: ReadonlyMap<string, string> = new Map([
  ['representative', 'congressman'],
  ['congresswoman', 'congressman'],
]);

/** Do two role kinds (head nouns, lower-case, singular) name the same office? */
export function sameOffice(kind: string | null, head: string): boolean {
  if (kind === null) return false;
  return kind === head || (SAME_OFFICE.get(kind) ?? kind) === (SAME_OFFICE.get(head) ?? head);
}
