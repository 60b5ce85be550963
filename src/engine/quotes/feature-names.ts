/**
 * Feature names for the speaker ranker, built once and reused. Every candidate of every quote
 * spells out a score of names ("route:cue|cue=said-X:name"); built afresh with a template each
 * time, each one is a new string that the weight table must flatten and hash before it can look
 * it up, which made scoring the costliest step of the ranker. Joined here through a table keyed
 * by the parts (themselves few and reused), the same name comes back as the same string object,
 * whose hash the engine keeps: the look-ups then cost a table probe. The names are unchanged, so
 * the weights on disk and training see exactly the strings they always did.
 */

type Part = string | number | boolean;

/** Parts -> joined name; bounded so a long-running process cannot grow it without end. */
let joined = new Map<Part, Map<Part, string>>();
let size = 0;
/** Distinct names remembered before the table starts afresh (the model has a few hundred). */
const LIMIT = 50_000;

/** `${a}${b}`, the same string object for the same parts. */
export function join2(a: Part, b: Part): string {
  let inner = joined.get(a);
  if (inner === undefined) {
    if (size >= LIMIT) reset();
    inner = new Map();
    joined.set(a, inner);
  }
  let name = inner.get(b);
  if (name === undefined) {
    if (size >= LIMIT) {
      reset();
      return join2(a, b);
    }
    name = `${a}${b}`;
    inner.set(b, name);
    size++;
  }
  return name;
}

/** `${a}${b}${c}`, the same string object for the same parts. */
export function join3(a: Part, b: Part, c: Part): string {
  return join2(join2(a, b), c);
}

/**
 * `(base) => base + suffix` with the same memory, for a suffix every feature of a quote shares
 * ("|cue=said-X:name"): one table probe per name instead of one per part.
 */
export function suffixer(suffix: string): (base: string) => string {
  let table = bySuffix.get(suffix);
  if (table === undefined) {
    if (bySuffix.size >= LIMIT) bySuffix = new Map();
    table = new Map();
    bySuffix.set(suffix, table);
  }
  const names = table;
  return (base) => {
    let name = names.get(base);
    if (name === undefined) {
      // A table that outgrew its bound is simply not added to: the name is still right, only new.
      name = `${base}${suffix}`;
      if (names.size < LIMIT) names.set(base, name);
    }
    return name;
  };
}

/** Suffix -> (base -> base + suffix). */
let bySuffix = new Map<string, Map<string, string>>();

function reset(): void {
  joined = new Map();
  size = 0;
}
