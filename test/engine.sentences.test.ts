import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/engine/clean.js';
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

  it('given a run of abbreviated ranks before a name, does not break inside it', () => {
    expect(splitSentences('Brig. Gen. Ada Kerr and Lt. Col. Tom Ray left. They flew home.')).toEqual([
      'Brig. Gen. Ada Kerr and Lt. Col. Tom Ray left.',
      'They flew home.',
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

  it('given a caption run into a quotation that is a whole sentence, makes each its own sentence', () => {
    expect(
      splitSentences(
        'The board will name Ann Lee as the new coach on Monday ‘I would love the job and I have worked hard for it,’ said Lee after training.',
      ),
    ).toEqual([
      'The board will name Ann Lee as the new coach on Monday',
      '‘I would love the job and I have worked hard for it,’ said Lee after training.',
    ]);
  });

  it('keeps a quotation the sentence introduces or names: after a speech verb, a title, a short phrase', () => {
    for (const text of [
      'After the game the coach told reporters ‘We will be back stronger than ever next season.’',
      'The band played their old hit called ‘The River Runs Deep Tonight’ to close the show.',
      'The chairman described the result on Sunday as ‘A Disaster’ in his statement.',
    ])
      expect(splitSentences(text)).toEqual([text]);
  });

  it('does not split inside an open quotation', () => {
    const text = '‘We trained hard all week for this match ‘Nobody expected us to win, but we did,’ he said.';
    expect(splitSentences(text)).toEqual([text]);
  });

  it('given a run of photo captions, starts a new sentence where a pictured subject and its verb begin', () => {
    expect(
      splitSentences(
        'Tom Hale (left) was seen leaving the court with his lawyer earlier this week Judge Mary Stone (right) has adjourned the case until next month.',
      ),
    ).toEqual([
      'Tom Hale (left) was seen leaving the court with his lawyer earlier this week',
      'Judge Mary Stone (right) has adjourned the case until next month.',
    ]);
  });

  it('after picture talk, a new subject and verb following a lowercase word end the caption', () => {
    expect(
      splitSentences(
        'Tom Hale (left) was seen leaving the court with his lawyer after the verdict Hale has said he will appeal the ruling.',
      ),
    ).toEqual([
      'Tom Hale (left) was seen leaving the court with his lawyer after the verdict',
      'Hale has said he will appeal the ruling.',
    ]);
  });

  it('without set-off picture talk, a name and verb after a lowercase word stay in the sentence', () => {
    const text = 'Experts at the bank fear Britain has lost ground to its rivals since the vote.';
    expect(splitSentences(text)).toEqual([text]);
    const pictured =
      'He is pictured with his brother while in another shot a grinning Mr Delaney is seen cheering.';
    expect(splitSentences(pictured)).toEqual([pictured]);
  });

  it('remembers the paragraph of each sentence', () => {
    const { sentences, sentenceParagraph } = segment(['One here. Two here.', 'Three here.']);
    expect(sentences).toHaveLength(3);
    expect(sentenceParagraph).toEqual([0, 0, 1]);
  });

  it('takes a paragraph split already made instead of splitting it again', () => {
    const { sentences, sentenceParagraph } = segment(
      ['Ivo Brandt left. He came back.', 'Marta Quell waved.'],
      [['Ivo Brandt left. He came back.'], undefined],
    );
    expect(sentences).toEqual(['Ivo Brandt left. He came back.', 'Marta Quell waved.']);
    expect(sentenceParagraph).toEqual([0, 1]);
  });

  it('is given by cleaning the split of each paragraph that came through unchanged', () => {
    const raw =
      'Ferry strike ends in Port Alder\n\nThe ferry crews of Port Alder ended their strike on Friday. ' +
      'Boats ran again by noon.\n\nScroll down for video\n\nThe harbour master, Ines Varga, said the ' +
      'timetable would be back to normal. Scroll down for video Passengers cheered as the first boat left.';
    const cleaned = cleanArticle(raw);
    expect(cleaned.splits).toHaveLength(cleaned.paragraphs.length);
    expect(cleaned.splits.some((s) => s !== undefined)).toBe(true);
    cleaned.paragraphs.forEach((paragraph, i) => {
      const known = cleaned.splits[i];
      if (known) expect(known).toEqual(splitSentences(paragraph));
    });
    expect(segment(cleaned.paragraphs, cleaned.splits)).toEqual(segment(cleaned.paragraphs));
  });

  it('reads a long run of unclosed quotations and picture talk in linear time', () => {
    const text = 'the man (left) went home ‘Then he said that he was here '.repeat(4_000);
    const started = performance.now();
    const sentences = splitSentences(text);
    expect(sentences.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('splits a long text in linear time', () => {
    const text = 'Mr. Smith said the U.S. economy grew 3.5 percent in Jan. this year. '.repeat(20_000);
    const started = performance.now();
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
