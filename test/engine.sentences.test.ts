import { describe, expect, it } from 'vitest';
import { segment, splitSentences } from '../src/engine/sentences.js';

describe('splitSentences', () => {
  it('given a limit, returns the first sentences exactly as the full split gives them', () => {
    const text = 'Sen. Jane Roe met Gov. Tom Ray on Feb. 3. The meeting ran late. Nobody left.';
    expect(splitSentences(text, 1)).toEqual(splitSentences(text).slice(0, 1));
    expect(splitSentences(text, 2)).toEqual([
      'Sen. Jane Roe met Gov. Tom Ray on Feb. 3.',
      'The meeting ran late.',
    ]);
    expect(splitSentences('No full stop at all', 1)).toEqual(['No full stop at all']);
  });

  it('given titles and state abbreviations, does not break after them', () => {
    const s = splitSentences(
      'Sen. Jane Roe met Gov. Tom Ray and Dr. Lee in St. Paul on Feb. 3. The meeting ran late.',
    );
    expect(s).toEqual([
      'Sen. Jane Roe met Gov. Tom Ray and Dr. Lee in St. Paul on Feb. 3.',
      'The meeting ran late.',
    ]);
  });

  it('given initials in a name, keeps the name in one sentence', () => {
    expect(splitSentences('J. R. R. Tolkien wrote it. George W. Bush read it.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'George W. Bush read it.',
    ]);
  });

  it('given decimals and money, does not split inside the numbers', () => {
    expect(splitSentences('Growth was 3.5 percent. The deal is worth $1.2 billion.')).toEqual([
      'Growth was 3.5 percent.',
      'The deal is worth $1.2 billion.',
    ]);
  });

  it('given U.S. mid-sentence and at a sentence end, splits only at the end', () => {
    expect(splitSentences('The U.S. envoy left for the U.S. The talks ended.')).toEqual([
      'The U.S. envoy left for the U.S.',
      'The talks ended.',
    ]);
  });

  it('given a closing quote after the full stop, the quote mark stays with its sentence', () => {
    expect(splitSentences('He said: “We will win. We will fight.” Then he left.')).toEqual([
      'He said: “We will win.',
      'We will fight.”',
      'Then he left.',
    ]);
  });

  it('given a question inside quotes followed by lowercase attribution, keeps one sentence', () => {
    expect(splitSentences('‘Why?’ he asked. Nobody answered.')).toEqual([
      '‘Why?’ he asked.',
      'Nobody answered.',
    ]);
  });

  it('given an ellipsis followed by lowercase, treats it as a pause', () => {
    expect(splitSentences('It was... not great. Next item.')).toEqual(['It was... not great.', 'Next item.']);
  });

  it('given No. before a number and Inc. at a sentence end, splits only after Inc.', () => {
    expect(splitSentences('He is the world No. 4 at Acme Inc. The firm agreed.')).toEqual([
      'He is the world No. 4 at Acme Inc.',
      'The firm agreed.',
    ]);
  });

  it('remembers the paragraph of each sentence', () => {
    const { sentences, sentenceParagraph } = segment(['One here. Two here.', 'Three here.']);
    expect(sentences).toHaveLength(3);
    expect(sentenceParagraph).toEqual([0, 0, 1]);
  });

  it('splits a long text in linear time', () => {
    const text = 'Mr. Smith said the U.S. economy grew 3.5 percent in Jan. this year. '.repeat(20_000);
    const started = performance.now();
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
