/**
 * A name whose given name is written as initials: "B. Vell" of "Boris Vell", "E.J. Rusk" of
 * "Eddie Rusk". Scorecards, results lists, captions and second references in features write a
 * person's given name as its initial where the story also names them in full; the short form names
 * the one person of the article with that surname whose given name opens on the initial's letter.
 * None when two do ("M. Vell" beside "Mark Vell" and "Mary Vell" stays apart) and none when the
 * letters differ ("S. Vell" is not "Mark Vell": cricket and tennis copy names brothers and sisters
 * so). Over all training text (PolNeAR train, eng.train, WNUT-17 train): holds 3 of 3 people
 * (PolNeAR 1, a film's studio fixer; eng.train 2, a head of state and a batsman named in a
 * scorecard), see the session 21 section of ADR 010.
 *
 * Run on the article's people once they are clustered, so it holds whichever form comes first,
 * and leaves every other person where it was (the order people are listed in, and which person a
 * bare surname joined, are unchanged).
 */

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
/** A first word of initials only ("b.", "e.j."), lower-cased as a person's name keys are. */
const INITIALS = /^(?:\p{Ll}\.)+$/u;

/** The part of a person the fold reads: the keys of the name without a generational suffix, space-joined. */
interface Named {
  surnameKeys: string;
}

/**
 * The people with each initialled person folded into the one person named in full it abbreviates
 * (`merge(into, from)` moves the forms and counts); the others as they were, in their order.
 * Linear in the people: one pass to index full names by surname, one to fold.
 */
export function foldInitialledNames<C extends Named>(people: C[], merge: (into: C, from: C) => void): C[] {
  const initialled: C[] = [];
  for (const c of people) if (isInitialled(c)) initialled.push(c);
  if (initialled.length === 0) return people;
  // Full names (a given name, not initials, and a surname) by surname.
  const bySurname = new Map<string, C[]>();
  for (const c of people) {
    const keys = c.surnameKeys.split(' ');
    if (keys.length < 2 || INITIALS.test(keys[0] ?? '')) continue;
    const surname = keys[keys.length - 1] ?? '';
    const list = bySurname.get(surname) ?? [];
    list.push(c);
    bySurname.set(surname, list);
  }
  const folded = new Set<C>();
  for (const c of initialled) {
    const [first = '', surname = ''] = c.surnameKeys.split(' ');
    const letter = first.charAt(0);
    const owners = (bySurname.get(surname) ?? []).filter((o) => o.surnameKeys.startsWith(letter));
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (!owner) continue;
    merge(owner, c);
    folded.add(c);
  }
  return folded.size === 0 ? people : people.filter((c) => !folded.has(c));
}

/** Two keys, the first of them initials only: "b. vell". */
function isInitialled(c: Named): boolean {
  const space = c.surnameKeys.indexOf(' ');
  return (
    space > 0 && c.surnameKeys.indexOf(' ', space + 1) < 0 && INITIALS.test(c.surnameKeys.slice(0, space))
  );
}
