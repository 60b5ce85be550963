/**
 * Which of a fixed set of lower-case literals a sentence contains, found in one left-to-right pass.
 * The date rules each need some literal before their pattern can match ("ago", a month's first
 * letters, "q1"); asking the sentence for each rule's words in turn cost a search of the whole
 * sentence per word, which was most of the date stage. Here each position is looked up once in a
 * table of the literals that start with its two characters, and only those are compared.
 */
export class LiteralSet {
  private readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  /** The id of the one-character literal for each ASCII code, or -1. */
  private readonly single = new Int32Array(128).fill(-1);
  /** Longer literals by their first two ASCII codes (`first * 128 + second`). */
  private readonly byPair = new Map<number, number[]>();
  /**
   * `byPair` flattened for the scan, rebuilt after literals are added: the ids for pair key k are
   * `pairIds[pairStart[k]]` up to `pairIds[pairStart[k + 1]]` (a table lookup instead of a hash per position).
   */
  private pairStart: Int32Array | null = null;
  private pairIds = new Int32Array(0);

  private table(): Int32Array {
    if (this.pairStart !== null) return this.pairStart;
    const start = new Int32Array(128 * 128 + 1);
    const ids: number[] = [];
    for (let key = 0; key < 128 * 128; key++) {
      start[key] = ids.length;
      ids.push(...(this.byPair.get(key) ?? []));
    }
    start[128 * 128] = ids.length;
    this.pairIds = Int32Array.from(ids);
    this.pairStart = start;
    return start;
  }

  /** The id of a literal (lower case, its first two characters ASCII), added if new. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id !== undefined) return id;
    const first = word.charCodeAt(0);
    const second = word.length > 1 ? word.charCodeAt(1) : 0;
    if (word.length === 0 || first >= 128 || second >= 128 || word !== word.toLowerCase())
      throw new Error(`date literal must be lower case and start with two ASCII characters: "${word}"`);
    id = this.words.length;
    this.words.push(word);
    this.ids.set(word, id);
    this.pairStart = null;
    if (word.length === 1) this.single[first] = id;
    else {
      const key = first * 128 + second;
      const list = this.byPair.get(key);
      if (list) list.push(id);
      else this.byPair.set(key, [id]);
    }
    return id;
  }

  /**
   * Marks, for each literal, whether `lower` (an already lower-cased text) contains it: exactly what
   * `lower.includes(word)` says for each, found in one pass.
   */
  scan(lower: string): Uint8Array {
    const present = new Uint8Array(this.words.length);
    const pairStart = this.table();
    const pairIds = this.pairIds;
    const single = this.single;
    const n = lower.length;
    let d = n > 0 ? lower.charCodeAt(0) : 0;
    for (let i = 0; i < n; i++) {
      const c = d;
      d = i + 1 < n ? lower.charCodeAt(i + 1) : 128;
      if (c >= 128) continue;
      const s = single[c]!;
      if (s >= 0) present[s] = 1;
      if (d >= 128) continue;
      const key = c * 128 + d;
      const end = pairStart[key + 1]!;
      for (let k = pairStart[key]!; k < end; k++) {
        const id = pairIds[k]!;
        if (present[id] === 1) continue;
        const word = this.words[id]!;
        if (i + word.length > n) continue;
        let j = 2;
        while (j < word.length && lower.charCodeAt(i + j) === word.charCodeAt(j)) j++;
        if (j === word.length) present[id] = 1;
      }
    }
    return present;
  }
}
