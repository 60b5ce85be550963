/** A word or punctuation mark with its place in the sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Dotted acronyms (U.S., D.C.) first, then words with inner apostrophes, hyphens or dots
// (O'Brien, al-Alam, Caballero-Reynolds), numbers, a detached possessive ('s), or any other mark.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’\-.]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,:/-]\d+)*|['’]s\b|\S/gu;
const POSSESSIVE = /['’]s$/;

/** Split a sentence into tokens, detaching possessive 's so "Oman's" never becomes part of a name. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // A plain exec loop: matchAll's iterator costs more than the matching on short sentences.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    const last = word.charCodeAt(word.length - 1);
    if (word.length > 2 && (last === 115 || last === 83) && POSSESSIVE.test(word)) {
      tokens.push({ text: word.slice(0, -2), start, end: start + word.length - 2 });
      tokens.push({ text: word.slice(-2), start: start + word.length - 2, end: start + word.length });
    } else tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && /^['’]s$/.test(token.text);
}
