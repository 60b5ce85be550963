import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/engine/clean.js';
import { parseArticle } from '../src/engine/pipeline.js';

describe('cleaning keeps what plain wire text needs (issue 11, round 2)', () => {
  it('given a straight apostrophe inside a name, keeps it as written while contractions and possessives curl', () => {
    const cleaned = cleanArticle(
      "Brannock 2031-04-02\n\nCiaran O'Dowd said he didn't expect Vell's offer. L'Ormeau won.",
      '',
    );
    expect(cleaned.paragraphs.join(' ')).toContain(
      "Ciaran O'Dowd said he didn’t expect Vell’s offer. L'Ormeau won.",
    );
  });

  it("given a person whose name has a straight apostrophe, names the person with the source's spelling", () => {
    const article = parseArticle({
      text: "Harbour talks resume\n\nFisheries minister Ciaran O'Dowd met the harbour board on Monday. O'Dowd said the quota talks would resume in May.",
      title: '',
    });
    expect(article.people.map((p) => p.name)).toContain("Ciaran O'Dowd");
  });

  it('given a colon list right after a preposition, keeps the whole sentence as body rather than cutting a caption', () => {
    const text =
      'Quarry vote delayed\n\nThe council praised the work of the Harbour wardens: Ada Vell, Tom Rusk and Ilse Marr. The vote was put off.';
    const cleaned = cleanArticle(text, '');
    expect(cleaned.captions).toEqual([]);
    expect(cleaned.paragraphs.join(' ')).toContain(
      'The council praised the work of the Harbour wardens: Ada Vell, Tom Rusk and Ilse Marr.',
    );
  });

  it('given a results line with labels and scorers, keeps it as body so its names are read', () => {
    const text = [
      'Soccer - Harbour Cup results',
      '',
      'BRANNOCK 2031-04-02 Results of Harbour Cup matches on Tuesday: Brannock Rovers (Vellmark) 3 Quarry Town (Ostria) 1 (1-0) Scorers: Ada Vell (12th minute), Tom Rusk (54th), Ilse Marr (80th) Attendance: 4,000 Brannock Rovers win 5-2 on aggregate',
    ].join('\n');
    const article = parseArticle({ text, title: '' });
    expect(article.captions).toEqual([]);
    expect(article.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Ada Vell', 'Tom Rusk', 'Ilse Marr']),
    );
  });

  it('given a results entry of names and figures before a label, keeps it in the sentence rather than cutting it as a caption', () => {
    const cleaned = cleanArticle(
      'Harbour rally\n\nThe rally ended in rain. Ilse Marr (Ostria) Quarry Motors 38:52.271 Fastest lap: Tom Rusk 147.159 kph.',
      '',
    );
    expect(cleaned.captions).toEqual([]);
    expect(cleaned.paragraphs.join(' ')).toContain(
      'Ilse Marr (Ostria) Quarry Motors 38:52.271 Fastest lap: Tom Rusk',
    );
  });
});
