/**
 * "Is the campaign willing to debate?" against "the campaign says it is unwilling to debate": the
 * sentence holds the question's word only under a prefix that negates it ("un-", "dis-"), so it
 * denies the claim as "not willing" would. The list holds the prefixed words that on PolNeAR train
 * (all 840 articles, words of 3+ uses whose bare form is also used) negate their bare form; it
 * leaves out those that do not ("unlike", "unless", "discover", "display", "dismiss", "disclose",
 * "uncover", "unfold").
 */

const NEGATED_BY_PREFIX: ReadonlyArray<readonly [string, string]> = [
  ['un', 'willing'],
  ['un', 'likely'],
  ['un', 'clear'],
  ['un', 'usual'],
  ['un', 'fair'],
  ['un', 'decided'],
  ['un', 'acceptable'],
  ['un', 'known'],
  ['un', 'certain'],
  ['un', 'popular'],
  ['un', 'qualified'],
  ['un', 'aware'],
  ['un', 'authorized'],
  ['un', 'official'],
  ['un', 'comfortable'],
  ['un', 'expected'],
  ['un', 'successful'],
  ['un', 'happy'],
  ['un', 'sure'],
  ['un', 'true'],
  ['un', 'necessary'],
  ['un', 'favorable'],
  ['un', 'predictable'],
  ['dis', 'agree'],
  ['dis', 'like'],
  ['dis', 'approve'],
  ['dis', 'qualified'],
  ['dis', 'satisfied'],
  ['dis', 'respect'],
];

/** The stem of a bare word, so that "agreed" and "agrees" count as "agree". */
function stem(word: string): string {
  return word.replace(/(?:e|ed|es|s|d)$/, '');
}

/** The word in any of its plain endings ("agree", "agrees", "agreed", "agreeing"). */
function hasWord(text: string, base: string): boolean {
  return new RegExp(`\\b${base}(?:e|es|ed|s|d|ing)?\\b`, 'i').test(text);
}

/** The sentence negates a word of the question by a prefix and never uses the bare word. */
export function deniesByPrefix(question: string, sentence: string): boolean {
  return NEGATED_BY_PREFIX.some(([prefix, bare]) => {
    const base = stem(bare);
    return (
      hasWord(question, base) &&
      !hasWord(question, `${prefix}${base}`) &&
      hasWord(sentence, `${prefix}${base}`) &&
      !hasWord(sentence, `${base}`)
    );
  });
}
