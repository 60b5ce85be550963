/**
 * MinHash over word shingles, for near-duplicates: a wire story printed by ten papers keeps most
 * of its five-word runs whatever headline each paper puts on it. 64 hash functions estimate the
 * Jaccard overlap of two shingle sets; 16 bands of 4 let an index find pairs above about 0.5
 * without comparing every pair.
 */

const MINHASH_SIZE = 64;
const BAND_ROWS = 4;
const SHINGLE_WORDS = 5;

/** FNV-1a over a string's UTF-16 units: fast, and stable across runs and machines. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: turns one base hash into many independent-looking ones. */
function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The MinHash signature of a text's word shingles; null when it has too few words to judge. */
export function minhash(words: readonly string[]): Uint32Array | null {
  if (words.length < SHINGLE_WORDS * 4) return null;
  // Each word hashed once; a shingle's hash combines its words' hashes in order.
  const wordHashes = words.map(fnv1a);
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let base = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE_WORDS; w++) base = mix(Math.imul(base, 31) ^ (wordHashes[w] as number));
    // The k-th hash function is h1 + k·h2 (Kirsch and Mitzenmacher): two mixes per shingle, not 64.
    const h1 = mix(base);
    const h2 = mix(base ^ 0x5bd1e995) | 1;
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = (h1 + Math.imul(k, h2)) >>> 0;
      if (h < (sig[k] as number)) sig[k] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard overlap of the two shingle sets. */
export function minhashSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/** One key per band: two signatures sharing any key are near-duplicate candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < MINHASH_SIZE / BAND_ROWS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = mix(h ^ (sig[b * BAND_ROWS + r] as number));
    keys.push(`#${b}:${h.toString(36)}`);
  }
  return keys;
}
