import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/engine/clean.js';
import { splitCredit } from '../src/engine/text/captions.js';

// Invented text: names, towns and outlets are made up.
const STORY =
  'Ada Vellmar, the mayor of Tarnby, said on Monday that the bridge would reopen. Her deputy Tom Rusk agreed with the plan.';

describe('a credit label that opens a paragraph the story runs on in', () => {
  it('keeps the story after a credit ending in a full stop as body text', () => {
    const clean = cleanArticle(`Photograph: Lena Ostrova/Brightwire Images. ${STORY}`, 'Bridge to reopen');
    expect(clean.paragraphs).toEqual([STORY]);
  });

  it('ends an unpunctuated slashed credit at its agency word', () => {
    const clean = cleanArticle(`Photograph: Lena Ostrova/Brightwire Images ${STORY}`, 'Bridge to reopen');
    expect(clean.paragraphs).toEqual([STORY]);
  });

  it('hands the credit to the caption above it, never to the body after it', () => {
    const text = `Boats moored in Tarnby harbour\n\nPhoto credit: Lena Ostrova. ${STORY}`;
    const clean = cleanArticle(text, 'Bridge to reopen');
    expect(clean.paragraphs).toEqual([STORY]);
  });

  it('keeps a label glued to a long story sentence as that sentence', () => {
    const clean = cleanArticle(`Photograph: ${STORY}`, 'Bridge to reopen');
    expect(clean.paragraphs.join(' ')).toContain('Tom Rusk agreed');
    expect(clean.paragraphs.join(' ')).toContain('said on Monday that the bridge would reopen');
  });

  it('still reads a credit line on its own as a credit', () => {
    expect(splitCredit('Photograph: Lena Ostrova/Reuters')).toEqual({
      text: '',
      credit: 'Lena Ostrova/Reuters',
    });
  });
});

describe('a credit closing a text of one paragraph', () => {
  it('takes only the sentence the credit follows for the caption', () => {
    const clean = cleanArticle(
      `${STORY} The council meets on Friday. REUTERS/Lena Ostrova`,
      'Bridge to reopen',
    );
    expect(clean.paragraphs).toEqual([STORY]);
    expect(clean.captions).toEqual([
      { text: 'The council meets on Friday.', credit: 'REUTERS/Lena Ostrova' },
    ]);
  });
});

describe('a wire agency named at the end of a body paragraph', () => {
  it('is the agency a source spoke to, not a credit', () => {
    const line = '“We will rebuild the bridge by spring,” Ada Vellmar, the mayor of Tarnby, told AFP.';
    expect(splitCredit(line)).toBeNull();
  });

  it('is the subject of prose after it, not a credit', () => {
    const line = 'Farmers in Tarnby blame the EPA, which changed its water rules last year, Tom Rusk said.';
    expect(splitCredit(line)).toBeNull();
    expect(splitCredit('Ada Vellmar spoke to AFP in an interview in Tarnby on Monday.')).toBeNull();
  });

  it('is a credit when set apart from the caption', () => {
    expect(splitCredit('Ada Vellmar opens the bridge in Tarnby. REUTERS/Lena Ostrova')?.credit).toBe(
      'REUTERS/Lena Ostrova',
    );
    expect(splitCredit('Lena Ostrova via Getty Images.')?.credit).toBe('Getty Images.');
  });
});
