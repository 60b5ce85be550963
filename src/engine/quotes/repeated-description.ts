import { isSpeechVerb } from '../lexicon/speech.js';
import { lowerCase } from '../lexicon/lower-case.js';

/** Trailing punctuation and closing marks a word may carry. */
const TRAILING = /[.,;:!?'’"”)]+$/;
/** A possessive word ("minister's", "Pell’s"). */
const POSSESSIVE = /['’]s$/;

/**
 * "“...,” the minister's spokesman said. “...,” the spokesman added.": a bare description that
 * repeats the head of a description tagging a quote a sentence or two before ("the spokesman"
 * after "the minister's spokesman said", "said a police spokesman") is that same unnamed speaker
 * going on, not the person the passage is about (often the owner, "the minister"). True when
 * `sentence` holds `head` right before a speech verb, or a speech verb that opens a description
 * ending in `head` ("said a police spokesman"). A spokesman the article names is found by role
 * before this test is reached. Session 19, over PolNeAR train and CoNLL eng.train: 6 quotes in 3
 * articles change, 5 right (4 from the owner or a person nearby to the description as written, one
 * the same speaker), 1 wrong before and after (the ranker now picks a name nearby instead of the
 * owner). Holds 5 of 6.
 */
export function tagsWithHead(sentence: string, head: string): boolean {
  const words = sentence.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const word = lowerCase(words[k]!.replace(TRAILING, ''));
    if (word !== head) continue;
    const next = lowerCase((words[k + 1] ?? '').replace(TRAILING, ''));
    const endsClause = TRAILING.test(words[k]!);
    if (!endsClause && isSpeechVerb(next)) return true;
    // "said a police spokesman." / "said the minister's spokesman,": verb, determiner, up to four words.
    for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
      const before = words[j]!;
      if (j < k - 1 && TRAILING.test(before) && !POSSESSIVE.test(before)) break;
      if (isSpeechVerb(lowerCase(before.replace(TRAILING, ''))) && endsClause) return true;
    }
  }
  return false;
}
