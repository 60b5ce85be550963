import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up people, towns, shows and bodies (issue 11, quotes round 7). */
function quoteTexts(text: string): string[] {
  return parseArticle({ text, title: '' }).quotes.map((q) => q.text);
}

describe('quote marks that hold no one’s words', () => {
  it('given a show named after "told", the show is no quotation and the words after it are', () => {
    const text =
      'Ada Pell told “Morning Coffee Hour” on Tuesday that the ferry fares would not rise. ' +
      '“Nobody on the quay will pay a penny more this year,” Pell said.';
    const quotes = quoteTexts(text);
    expect(quotes.some((q) => q.includes('Morning Coffee Hour'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('Nobody on the quay'))).toBe(true);
  });

  it('given a show named after "on" with a tag beside it, the show is no quotation', () => {
    const text =
      'Ada Pell, interviewed on “The Late Harbour Desk,” said the ferry fares would stay where they are.';
    expect(quoteTexts(text).some((q) => q.includes('Late Harbour Desk'))).toBe(false);
  });

  it('given a term after "so-called", the term is no quotation even with a speaker in the sentence', () => {
    const text = 'Ada Pell said the council had relied on so-called “blue envelope” payments for years.';
    expect(quoteTexts(text).some((q) => q.includes('blue envelope'))).toBe(false);
  });

  it('given a one-word show after a broadcaster’s possessive, with a tag after it, the show is no quotation', () => {
    const text = 'Ada Pell, a guest on KDLN’s “Daybreak,” said the ferry fares would not rise this year.';
    expect(quoteTexts(text).some((q) => q.includes('Daybreak'))).toBe(false);
  });

  it('given a titled show after a network’s possessive, the show is no quotation', () => {
    const text =
      'Tom Reyes, the host of the Ardley Network’s “Sunday Harbour Desk,” said the quay would reopen in May.';
    expect(quoteTexts(text).some((q) => q.includes('Sunday Harbour Desk'))).toBe(false);
  });

  it('given a quotation in sentence case after "told", it is still a quotation', () => {
    const text = 'Ada Pell told reporters: “Nobody on the quay will pay a penny more this year.”';
    expect(quoteTexts(text)).toContain('Nobody on the quay will pay a penny more this year.');
  });
});

function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('a tag, then ", adding," before a quote', () => {
  it('given "<clause about others>, X said, adding, “...”", the quote is X’s, not the clause subject’s', () => {
    const text =
      'Harbour board spokesman Len Vance spoke to reporters in Dunloe on Monday.\n\n' +
      'Ada Pell and Tom Reyes will put the new rota to the crews in March, Vance said, adding, “Every skipper on the quay gets a vote on it.”';
    expect(speakerOf(text, 'Every skipper on the quay')).toBe('Len Vance');
  });
});

describe('advertisements, court papers and editorials speak as written', () => {
  it('given "The ad says “...”" after the group that ran it and the rival it attacks, the ad speaks', () => {
    const text =
      'The Dunloe Ratepayers began running a new 30-second advert against Mayor Ada Pell on Monday.\n\n' +
      'The ad says “a vote for the ratepayers is a vote to keep the slipway open to every boat.”';
    expect(speakerOf(text, 'a vote for the ratepayers')).toBe('The ad');
  });

  it('given "the lawsuit says" after the official the suit names, the lawsuit speaks, not the official', () => {
    const text =
      'Ferry operators sued the harbour board on Tuesday. Harbour master Ada Pell is named in the suit.\n\n' +
      '“The board cut the winter sailings without a single public hearing,” the lawsuit says.';
    expect(speakerOf(text, 'The board cut the winter')).toBe('the lawsuit');
  });

  it('given "the editorial board writes" after a named politician and another board, the editorial board speaks as written', () => {
    const text =
      'The Dunloe Courier turned on Mayor Ada Pell and the Dunloe Harbour Board this week over the fees.\n\n' +
      '“Whatever became of the mayor who campaigned on a free quay for every islander?” the editorial board writes.';
    expect(speakerOf(text, 'Whatever became of')).toBe('the editorial board');
  });

  it('given "the editorial said" after a sentence about a named politician, the editorial speaks', () => {
    const text =
      'The Dunloe Courier urged Senator Tom Reyes to visit the flooded quay.\n\n' +
      '“A senator who has never stood on the flooded slipway should not vote on its repair,” the editorial said.';
    expect(speakerOf(text, 'A senator who has never')).toBe('the editorial');
  });
});

describe('round 2: unnamed speakers shown as written', () => {
  it('given "the daily’s editorial board wrote", the board is shown with its article', () => {
    const text =
      'The Dunloe Courier has covered the quay fees all winter.\n\n' +
      '“No islander should pay twice for the same slipway,” the daily’s editorial board wrote.';
    expect(speakerOf(text, 'No islander should')).toBe('the daily’s editorial board');
  });

  it('given "a rival firm’s spokeswoman said", the unnamed speaker keeps its article', () => {
    const text = '“The ferry timetable was drawn up in a hurry,” a rival firm’s spokeswoman said on Monday.';
    expect(speakerOf(text, 'The ferry timetable')).toBe('a rival firm’s spokeswoman');
  });
});

describe('round 2: the papers kept as speakers', () => {
  it('given "an advisory opinion states" after the official who asked for it, the opinion speaks', () => {
    const text =
      'Councillor Tom Reyes asked the Ardley ethics panel whether he could attend the quay gala.\n\n' +
      'A 2019 panel advisory opinion states that a councillor may attend “so long as no ticket is bought with public money.”';
    expect(speakerOf(text, 'so long as no ticket')).toBe('A 2019 panel advisory opinion');
  });
});

describe('round 2: an unnamed source described before its verb', () => {
  it('given "An Ardley official, speaking after a closed session, said", the official speaks, not the mayor named after', () => {
    const text =
      'Mayor Ada Pell will tour the quay next week.\n\n' +
      'An Ardley official, speaking after the council’s closed session, said Monday that Pell “will meet any skipper who asks.”';
    expect(speakerOf(text, 'will meet any skipper')).toBe('An Ardley official');
  });

  it('given "a Town Hall official who sits on a committee said", the official speaks as written', () => {
    const text =
      'Ada Pell has asked the ferry firm for new fares.\n\n' +
      'With the quay shut for repairs, a Town Hall official who sits on the ferry committee said Monday, “There are talks with the ferry firm every week.”';
    expect(speakerOf(text, 'There are talks')).toBe('a Town Hall official');
  });
});

describe('round 2: a participle after a comma', () => {
  it('given a place and a day before the subject, ", saying" gives the quote to the subject, not the place', () => {
    const text =
      'Ada Pell spoke about the harbour on Friday.\n\n' +
      'At a rally in Dunloe, Oregon, on Sunday, Ada Pell sought to soften what she had said at the quay, saying that the quay would “stay open to every boat, big or small.”';
    expect(speakerOf(text, 'stay open to every boat')).toBe('Ada Pell');
  });
});
