import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../src/engine/schema.js';
import { outletAfterCue } from '../src/qa/outlet-spoken.js';
import { outletToldInArticle } from '../src/qa/outlet-told.js';
import { parseQuestion } from '../src/qa/question.js';
import { askingArticle } from './helpers/qa-article.js';

/** A parsed article of the given sentences, with quotes credited by sentence and no entities. */
function parsedOf(
  sentences: string[],
  quotes: Array<{ sentence: number; speaker: string }> = [],
  extra: Partial<Pick<ParsedArticle, 'people' | 'places'>> = {},
): ParsedArticle {
  return {
    sentences,
    people: extra.people ?? [],
    places: extra.places ?? [],
    organizations: [],
    quotes: quotes.map((q) => ({ ...q, text: 'words', key: false, partial: false, role: null, basis: null })),
  } as unknown as ParsedArticle;
}

const read = (question: string, parsed: ParsedArticle) =>
  outletToldInArticle(parsed, parseQuestion(question))?.text ?? null;

describe('outletToldInArticle: the outlet a person told, anywhere in the article (outlet-told.ts)', () => {
  it('the name after "told" in a sentence where the asked person is the speaker', () => {
    const parsed = parsedOf([
      'Ferry fares in Marnock Valley rose by a third on Monday.',
      'Orla Venn, who runs the island shop, told the Tolland Courier that trade had halved.',
      'The harbour board has not commented.',
    ]);
    expect(read('Which newspaper did Venn talk to?', parsed)).toBe('Tolland Courier');
  });

  it('"he told <Outlet>" closing a quote the quote stage credits to the asked person', () => {
    const parsed = parsedOf(
      [
        'Ivo Brandt, the ferry line’s chief, spoke on Tuesday.',
        '“The fares will fall next spring,” he told the Harbour Ledger.',
      ],
      [{ sentence: 1, speaker: 'Ivo Brandt' }],
    );
    expect(read('To which newspaper did Brandt give the interview?', parsed)).toBe('Harbour Ledger');
  });

  it('a day between the verb and its venue, and a verb of speaking the reader took no verb for', () => {
    const parsed = parsedOf(['“Not yet,” Brandt said last week on KVTV, adding that he would wait.']);
    expect(read('Which network did Brandt tell he would wait?', parsed)).toBe('KVTV');
    expect(outletAfterCue('Brandt told KVTV Saturday.', [])).toBe('KVTV');
  });

  it('someone else speaking about the person, two outlets, or a person told: no answer', () => {
    expect(
      read(
        'Which network did Venn talk to?',
        parsedOf(['The ferry line said on Tarn Radio that Venn had been paid.']),
      ),
    ).toBeNull();
    expect(
      read(
        'Which network did Venn talk to?',
        parsedOf(['Venn told KVTV the fares were too high.', 'Later Venn told Tarn Radio the same.']),
      ),
    ).toBeNull();
    expect(
      read(
        'Which newspaper did Venn talk to?',
        parsedOf(['Venn told Ada Kell about the fares.'], [], {
          people: [{ name: 'Ada Kell', aliases: [] }] as unknown as ParsedArticle['people'],
        }),
      ),
    ).toBeNull();
  });

  it('only a question for one outlet, asked by a verb of speaking, of a person it names', () => {
    const parsed = parsedOf(['Venn told the Tolland Courier that trade had halved.']);
    expect(read('Which newspaper printed the ferry fares?', parsed)).toBeNull();
    expect(read('Which newspapers did Venn talk to?', parsed)).toBeNull();
  });
});

describe('"which newspaper did X talk to?" answered from a quote X\'s pronoun closes', () => {
  const article = askingArticle(
    [
      'Ivo Brandt, the chief of the Marnock Valley ferry line, said on Monday that fares would rise by a third in April.',
      'Brandt said the rise would pay for two new ferries and talk of a strike was premature.',
      'Island shopkeepers said the fares would drive visitors away.',
      '“We have waited ten years for new boats, and the islands deserve them,” he told the Tolland Courier.',
      'The board will hear objections on March 3.',
    ].join(' '),
  );

  it('names the outlet the ferry chief told, not a place of his sentences', async () => {
    const reply = await article.ask('Which newspaper did Brandt talk to?');
    expect(reply.answer).toBe('Tolland Courier');
  });
});
