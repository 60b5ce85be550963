import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/engine/sentences.js';

describe('a dotted month abbreviation does not end the sentence', () => {
  it('keeps "Mar. 9" in one sentence, like the other months', () => {
    expect(splitSentences('The ferry vote moved to Mar. 9, the harbour board said. Tolls stay.')).toEqual([
      'The ferry vote moved to Mar. 9, the harbour board said.',
      'Tolls stay.',
    ]);
    for (const month of ['Jan.', 'Feb.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'])
      expect(splitSentences(`Tolls rise on ${month} 4 in Velmora.`)).toHaveLength(1);
  });

  it('still ends a sentence at "Mar." before a sentence opener', () => {
    expect(splitSentences('The quay reopens in Mar. The tolls stay.')).toHaveLength(2);
  });
});
