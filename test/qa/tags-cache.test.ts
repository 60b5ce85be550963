import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/qa/tags.js';

/** The class of each word of an invented sentence, in order. */
const classes = (sentence: string) => tagSentence(sentence).map((t) => `${t.text}/${t.cls}`);

describe('tagSentence word classes, cached by word with the class before applied after', () => {
  it('reads a verb form after a determiner or an adjective as a noun or a modifier, each time', () => {
    const sentence = 'The injured rower said the meeting ran late after she had been meeting coaches.';
    const first = classes(sentence);
    expect(first).toContain('injured/adj');
    expect(first).toContain('meeting/noun');
    // The same word after an auxiliary stays a verb, though the cache already holds it.
    expect(first.filter((c) => c.startsWith('meeting/'))).toEqual(['meeting/noun', 'meeting/verb']);
    // Asked again (every class now cached), the sentence is tagged exactly alike.
    expect(classes(sentence)).toEqual(first);
  });

  it('keeps a capitalised word a name mid-sentence and a plain word when it opens the sentence', () => {
    const opening = classes('Meeting rooms were booked by Harlow.');
    const inside = classes('Staff booked rooms for Meeting Point.');
    expect(opening[0]).not.toBe('Meeting/name');
    expect(inside).toContain('Meeting/name');
  });
});
