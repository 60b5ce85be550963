import { describe, expect, it } from 'vitest';
import { asksMargin, wholeMargin } from '../src/qa/margin-pair.js';
import { withWrittenBound } from '../src/qa/written-bound.js';
import { askingArticle } from './helpers/qa-article.js';
import { candidateAt } from './helpers/qa-candidate.js';

// Session 21, QA how many / how much: invented articles and names only.

/** A number candidate for `text` where it first stands in `sentence`. */
const share = (sentence: string, text: string) => candidateAt(sentence, text, 'number');

describe('a lead or margin keeps both shares of its pair (margin-pair.ts)', () => {
  it('reads lead and margin questions, not a margin of error', () => {
    expect(asksMargin('By what margin did Vantreese beat Corvin?')).toBe(true);
    expect(asksMargin("What was Vantreese's lead in the June survey?")).toBe(true);
    expect(asksMargin('What is the margin of error of the poll?')).toBe(false);
    expect(asksMargin('What share of voters backed Vantreese?')).toBe(false);
  });

  it('widens "52 percent" to "52 percent to 44 percent" for a lead, not for a change', () => {
    const s = 'A harbour survey in June gave Vantreese a lead of 52 percent to 44 percent over Corvin.';
    expect(wholeMargin(share(s, '52 percent'), s, "What was Vantreese's lead?").text).toBe(
      '52 percent to 44 percent',
    );
    expect(wholeMargin(share(s, '52 percent'), s, 'What share backed Vantreese?').text).toBe('52 percent');
    const rise = 'Her support climbed from 40 percent to 45 percent by June.';
    expect(wholeMargin(share(rise, '45 percent'), rise, 'By how much did her lead grow?').text).toBe(
      '45 percent',
    );
  });

  const survey =
    askingArticle(`Corla Vantreese and Ames Corvin are locked in a close race for the harbour board.
A survey in June found Vantreese with a lead of 52 percent to 44 percent over Corvin.
Vantreese plans to visit three more towns before the vote.`);

  it('answers "what was X\'s lead" (read as a description) with the pair the article writes', async () => {
    const r = await survey.ask("What was Vantreese's lead in the June survey?");
    expect(r.answer).toBe('52 percent to 44 percent');
  });

  const win = askingArticle(`Corla Vantreese and Ames Corvin are locked in a close race for the harbour board.
Vantreese beat Corvin by 52 percent to 44 percent among voters under 30, a June survey found.
Vantreese plans to visit three more towns before the vote.`);

  it('answers "by what margin" (read as a number) with the pair, not the winner\'s share', async () => {
    const r = await win.ask('By what margin did Vantreese beat Corvin among voters under 30?');
    expect(r.answer).toBe('52 percent to 44 percent');
  });
});

describe('an amount keeps the bound, sign or "a" written before it (written-bound.ts)', () => {
  it('widens to "close to", "minus", "plus or minus" and "a" before a scale word', () => {
    const crowd = 'Organisers said close to 9,400 people filled the Tidewell hall on Friday.';
    expect(withWrittenBound(share(crowd, '9,400 people'), crowd).text).toBe('close to 9,400 people');
    const net = 'Her net rating among harbour voters is minus 17.';
    expect(withWrittenBound(share(net, '17'), net).text).toBe('minus 17');
    const plan = 'The board backs a plan for a billion dollars in new dredging.';
    expect(withWrittenBound(share(plan, 'billion dollars'), plan).text).toBe('a billion dollars');
  });

  it('leaves an amount alone when no bound is written before it, or "a" before a plain figure', () => {
    const plain = 'The ferry carried 300 people across the bay.';
    expect(withWrittenBound(share(plain, '300 people'), plain).text).toBe('300 people');
    const slot = 'The firm won a 12 percent share of the route.';
    expect(withWrittenBound(share(slot, '12 percent'), slot).text).toBe('12 percent');
  });

  const hall =
    askingArticle(`Ames Corvin held his last rally of the harbour race at the Tidewell hall on Friday.
Organisers said close to 9,400 people filled the hall to hear Corvin speak.
Corvin plans to visit three more towns before the vote.`);

  it('answers "how many people" with the bound the article writes', async () => {
    const r = await hall.ask('How many people filled the Tidewell hall to hear Corvin?');
    expect(r.answer).toMatch(/^close to 9,400/);
  });
});
