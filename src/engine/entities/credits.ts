/**
 * Photo credits and agency bylines name photographers, not people of the story. The clean stage
 * moves captions out of the body, but credits glued into a sentence ("(photo credit: REUTERS/...)",
 * "REUTERS/Jane Doe", "Getty Images") still slip through; blank them with spaces so offsets hold.
 */

const CREDIT_PAREN =
  /\((?:[^()]|\([^()]*\))*?\b(?:photo|photos|credit|credits|getty|pictured|image|images|courtesy|file photo)\b(?:[^()]|\([^()]*\))*\)/gi;
// "REUTERS/Jane Doe", "AFP/Getty", "AP Photo/Jane Doe": an agency in capitals, a slash, then names.
const SLASH_CREDIT = /\b[\p{Lu}.]{2,}(?: Photo)?\/[\p{Lu}][\p{L}'’.-]*(?:[ ][\p{Lu}][\p{L}'’.-]*)*/gu;
const GETTY = /\bGetty Images\b/g;

function blank(match: string): string {
  return ' '.repeat(match.length);
}

export function maskCredits(sentence: string): string {
  if (!/[/(]|Getty/.test(sentence)) return sentence;
  return sentence.replace(CREDIT_PAREN, blank).replace(SLASH_CREDIT, blank).replace(GETTY, blank);
}
