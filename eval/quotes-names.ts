/** Speaker-name comparison for the quote evaluation. */

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'president',
  'the',
  'sir',
  'jr',
  'sr',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them']);

export function normaliseName(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’]s\b/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !TITLES.has(w));
}

function compatibleFirst(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

const CONNECTIVES = new Set(['of', 'and', 'for', 'the', 'on', 'in']);

/** "EU" and "European Union", "NHS" and "National Health Service": an acronym and its expansion. */
function isAcronymOf(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const initials = long
    .filter((w) => !CONNECTIVES.has(w))
    .map((w) => w[0])
    .join('');
  return short[0]!.length >= 2 && short[0] === initials;
}

/** An acronym as written: capitals only ("EU", "IRCC"), never a short name ("Al", "Ed"). */
function writtenAsAcronym(name: string): boolean {
  return /(?:^|\s)\p{Lu}{2,}$/u.test(name.trim());
}

/** Same speaker: identical after normalising, an acronym and its expansion, or same surname with compatible first names. */
export function sameSpeaker(predicted: string, gold: string): boolean {
  const p = normaliseName(predicted);
  const g = normaliseName(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if ((writtenAsAcronym(predicted) && isAcronymOf(p, g)) || (writtenAsAcronym(gold) && isAcronymOf(g, p)))
    return true;
  if (p[p.length - 1] !== g[g.length - 1]) {
    // Organisations are often written with and without a leading place or suffix.
    const ps = p.join(' ');
    const gs = g.join(' ');
    return (ps.length > 3 && gs.includes(ps)) || (gs.length > 3 && ps.includes(gs));
  }
  const pFirst = p.length > 1 ? p[0] : undefined;
  const gFirst = g.length > 1 ? g[0] : undefined;
  return compatibleFirst(pFirst, gFirst);
}

export function isPronoun(mention: string): boolean {
  return PRONOUNS.has(mention.trim().toLowerCase());
}

/** PolNeAR scores names only where the gold mention holds a capitalised name ("Mr. Obama", not "the mayor"). */
export function holdsName(mention: string): boolean {
  return mention
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .some((w) => /^\p{Lu}/u.test(w) && !TITLES.has(w.toLowerCase().replace(/\.$/, '')) && !isPronoun(w));
}

/**
 * PolNeAR's gold speaker is the mention as written, often with a title or party tag
 * ("Spokeswoman Jane Doe", "Rep. Dana Whitlock (D-Ore.)"): the resolved name matches when its
 * surname is one of the mention's words, or the two are the same speaker.
 */
export function matchesMention(predicted: string, mention: string): boolean {
  if (sameSpeaker(predicted, mention)) return true;
  const p = normaliseName(predicted);
  const m = new Set(normaliseName(mention));
  const last = p[p.length - 1];
  return last !== undefined && m.has(last);
}
