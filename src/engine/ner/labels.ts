/**
 * Label scheme of the name tagger: BILOU (Begin, Inside, Last, Outside, Unit) over four entity
 * types. Ratinov and Roth (2009) found BILOU about a point better than BIO for greedy decoding,
 * since a Unit or Last label tells the next token a name has closed.
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Label 0 is O; then B, I, L, U for each type in ENTITY_TYPES order. */
export const LABELS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];
export const LABEL_COUNT = LABELS.length;

const PREFIXES = 'BILU';

export function labelOf(prefix: 'B' | 'I' | 'L' | 'U', type: EntityType): number {
  return 1 + ENTITY_TYPES.indexOf(type) * 4 + PREFIXES.indexOf(prefix);
}

/** 'B' | 'I' | 'L' | 'U' | 'O' of a label id. */
export function prefixOf(label: number): string {
  return label === 0 ? 'O' : (PREFIXES[(label - 1) % 4] ?? 'O');
}

export function typeOf(label: number): EntityType | null {
  return label === 0 ? null : (ENTITY_TYPES[Math.floor((label - 1) / 4)] ?? null);
}

/**
 * May `next` follow `prev` (-1 = sentence start)? Inside a name only I or L of the same type may
 * come; outside one, only O, B or U. Greedy decoding never emits a broken name this way.
 */
export function allowed(prev: number, next: number): boolean {
  const open = prev > 0 && (prefixOf(prev) === 'B' || prefixOf(prev) === 'I');
  const p = prefixOf(next);
  if (open) return (p === 'I' || p === 'L') && typeOf(next) === typeOf(prev);
  return p === 'O' || p === 'B' || p === 'U';
}

/** A typed name over tokens [start, end) of a sentence. */
export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
}

/** Spans of a label sequence (a valid one: decoding keeps it valid). */
export function spansOf(labels: ArrayLike<number>): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] ?? 0;
    const p = prefixOf(l);
    const type = typeOf(l);
    if (p === 'U' && type) spans.push({ type, start: i, end: i + 1 });
    else if (p === 'B') start = i;
    else if (p === 'L' && type && start >= 0) {
      spans.push({ type, start, end: i + 1 });
      start = -1;
    }
  }
  return spans;
}

/** BILOU labels for spans over n tokens (spans must not overlap). */
export function labelsOf(spans: readonly EntitySpan[], n: number): Uint8Array {
  const labels = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) labels[s.start] = labelOf('U', s.type);
    else {
      labels[s.start] = labelOf('B', s.type);
      for (let k = s.start + 1; k < s.end - 1; k++) labels[k] = labelOf('I', s.type);
      labels[s.end - 1] = labelOf('L', s.type);
    }
  }
  return labels;
}
