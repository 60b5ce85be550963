/**
 * Which of a fixed set of lower-case literals a sentence contains, found in one left-to-right pass.
 * The date rules each need some literal before their pattern can match ("ago", a month's first
 * letters, "q1"); asking the sentence for each rule's words in turn cost a search of the whole
 * sentence per word, which was most of the date stage. Here the literals are compiled into one
 * automaton (Aho-Corasick, with every failure transition resolved ahead): each character of the
 * sentence costs one table lookup whatever the number of literals, and a state where literals end
 * lists them all, those ending inside longer ones included.
 */

/** The compiled literals: a transition table over character classes and each state's literals. */
interface Automaton {
  /** Class of each ASCII code (a capital has its lower case's): 0 for a character no literal holds, else a number from 1 up. */
  classOf: Uint8Array;
  /** Number of classes: the row width of `next`. */
  width: number;
  /** `next[state * width + class]`: the state after reading a character of that class. */
  next: Int32Array;
  /** The literals found on reaching state s: `ends[endStart[s]]` up to `ends[endStart[s + 1]]`. */
  endStart: Int32Array;
  ends: Int32Array;
  /** States from this number on end some literal; those before it end none. */
  firstEnding: number;
}

/** Builds the automaton: a trie of the literals, then breadth-first failure links folded into `next`. */
function compile(words: readonly string[]): Automaton {
  const classOf = new Uint8Array(128);
  let width = 1;
  for (const word of words)
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = width++;
    }
  // The literals are lower case: a capital reads as its lower case, so the text need not be lowered.
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]!;
  // The trie: children by class, and the literals ending at each node.
  const children: Int32Array[] = [new Int32Array(width).fill(-1)];
  const own: number[][] = [[]];
  words.forEach((word, id) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const k = classOf[word.charCodeAt(i)]!;
      let child = children[node]![k]!;
      if (child < 0) {
        child = children.length;
        children.push(new Int32Array(width).fill(-1));
        own.push([]);
        children[node]![k] = child;
      }
      node = child;
    }
    own[node]!.push(id);
  });
  // Breadth first, so a node's failure state (its longest proper suffix in the trie) is done first.
  const n = children.length;
  const next = new Int32Array(n * width);
  const fail = new Int32Array(n);
  const found: number[][] = own.map(() => []);
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    found[node] = node === 0 ? [] : [...own[node]!, ...found[fail[node]!]!];
    for (let k = 1; k < width; k++) {
      const child = children[node]![k]!;
      const viaFail = node === 0 ? 0 : next[fail[node]! * width + k]!;
      if (child < 0) {
        next[node * width + k] = viaFail;
        continue;
      }
      next[node * width + k] = child;
      fail[child] = viaFail;
      queue.push(child);
    }
  }
  // States renumbered so that those where literals end come last: the scan tells them apart with
  // one comparison. The root ends no literal (none is empty), so it stays state 0.
  const order = [...Array(n).keys()].sort(
    (a, b) => Number(found[a]!.length > 0) - Number(found[b]!.length > 0) || a - b,
  );
  const renamed = new Int32Array(n);
  order.forEach((node, k) => {
    renamed[node] = k;
  });
  const table = new Int32Array(n * width);
  const endStart = new Int32Array(n + 1);
  const ends: number[] = [];
  order.forEach((node, k) => {
    for (let c = 0; c < width; c++) table[k * width + c] = renamed[next[node * width + c]!]!;
    endStart[k] = ends.length;
    ends.push(...found[node]!);
  });
  endStart[n] = ends.length;
  const firstEnding = order.findIndex((node) => found[node]!.length > 0);
  return {
    classOf,
    width,
    next: table,
    endStart,
    ends: Int32Array.from(ends),
    firstEnding: firstEnding < 0 ? n : firstEnding,
  };
}

export class LiteralSet {
  private readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Compiled on the first scan after literals were added. */
  private automaton: Automaton | null = null;

  /** The id of a literal (lower-case ASCII), added if new. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id !== undefined) return id;
    // A literal that is not lower-case ASCII could never be found in the scan: refuse it.
    if (word.length === 0 || !/^[\x00-\x7f]+$/.test(word) || word !== word.toLowerCase())
      throw new Error(`date literal must be lower-case ASCII: "${word}"`);
    id = this.words.length;
    this.words.push(word);
    this.ids.set(word, id);
    this.automaton = null;
    return id;
  }

  /** How many literals there are: the length of the array `scan` fills. */
  get size(): number {
    return this.words.length;
  }

  /**
   * Marks, for each literal, whether `text` lower-cased contains it: exactly what
   * `text.toLowerCase().includes(word)` says for each, found in one pass and without making the
   * lower-cased copy (the date stage scans every sentence, so that copy was a second pass and a
   * new string each time). `into` (cleared first) lets a caller that scans sentence after sentence
   * reuse one array instead of allocating one per sentence.
   */
  scan(text: string, into = new Uint8Array(this.words.length)): Uint8Array {
    this.automaton ??= compile(this.words);
    const { classOf, width, next, endStart, ends, firstEnding } = this.automaton;
    const present = into.fill(0);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // No literal holds a character past ASCII, so one breaks the match off, save the two whose
      // lower case is ASCII: KELVIN SIGN is "k", and CAPITAL I WITH DOT is "i" before a combining
      // dot (which then breaks the match off).
      const c = code < 128 ? code : code === 0x212a ? 107 : code === 0x130 ? 105 : -1;
      if (c < 0) {
        state = 0;
        continue;
      }
      state = next[state * width + classOf[c]!]!;
      if (state >= firstEnding) {
        const end = endStart[state + 1]!;
        for (let k = endStart[state]!; k < end; k++) present[ends[k]!] = 1;
      }
      if (code === 0x130) state = 0;
    }
    return present;
  }
}
