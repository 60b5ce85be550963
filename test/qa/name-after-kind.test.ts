import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';

/** A name written right after the noun that says its kind answers "which <kind>". Invented text. */

const ferries = `Ferry crews on the Orrin coast walked out on Monday over pay.
In the harbour town of Vellby in northern Orrin, a magistrate fined a skipper 400 crowns for sailing during the strike.
Orrin Port Authority officials met union leaders, and the strike drew protests from employers including Tarn Boats and Quay Lines.`;

describe('a name after its kind noun', () => {
  const article = askingArticle(ferries);

  it('answers "in which town ...?" with the name after "town of", not the wider region', async () => {
    const r = await article.ask('In which town did a magistrate fine a skipper?');
    expect(r.answer).toBe('Vellby');
  });
});
