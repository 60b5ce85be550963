import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/engine/clean.js';

const seed = readFileSync(new URL('../seeds/000_17ff01835cd65bfe.txt', import.meta.url), 'utf8');

describe('cleanArticle on the seed article', () => {
  const cleaned = cleanArticle(seed);
  const body = cleaned.paragraphs.join('\n');

  it('takes the first line as the title when none is given', () => {
    expect(cleaned.title).toBe('US, Iran, in first talks in months, discuss Middle East stability - reports');
  });

  it('moves photo captions and their credits out of the body', () => {
    expect(body).not.toMatch(/credit|Iranians carry a model|not pictured/i);
    expect(cleaned.captions).toHaveLength(2);
    expect(cleaned.captions[0]).toEqual({
      text: 'Iranians carry a model of a missile during a celebration following the IRGC attack on Israel, in Tehran, Iran, April 15, 2024.',
      credit: 'MAJID ASGARIPOUR/WANA (WEST ASIA NEWS AGENCY) VIA REUTERS',
    });
  });

  it('keeps the fuller of two near-duplicate paragraphs, once', () => {
    expect(body.match(/This was the first round of discussions/g)).toHaveLength(1);
    expect(body).toContain('nearly over a month after the Iranian strikes in Israel last month.');
  });

  it('drops the section heading', () => {
    expect(cleaned.paragraphs).not.toContain('The bigger picture');
  });

  it('starts the body with the first news paragraph', () => {
    expect(cleaned.paragraphs[0]).toMatch(/^Iranian officials held indirect talks/);
  });
});

describe('cleanArticle on scraped fixtures', () => {
  it('given a caption glued into a tabloid body, separates it as a caption', () => {
    const raw =
      'The club will name Ann Lee as manager on Friday. Ann Lee has won four of her five matches as coach She has impressed the board with her results. The deal runs to 2027.';
    const cleaned = cleanArticle(raw, 'Lee to be named manager');
    expect(cleaned.paragraphs[0]).toBe(
      'The club will name Ann Lee as manager on Friday. She has impressed the board with her results. The deal runs to 2027.',
    );
    expect(cleaned.captions.map((c) => c.text)).toEqual([
      'Ann Lee has won four of her five matches as coach',
    ]);
  });

  it('given a caption line and a heading with no final punctuation, keeps the caption its own sentence and drops the heading', () => {
    const raw = [
      'Flood hits town',
      '',
      'A rescue worker carries a child through the flooded streets of the old town centre on Monday',
      'The river burst its banks after days of rain.',
      'What happens next',
      'The council will meet on Friday.',
    ].join('\n');
    expect(cleanArticle(raw).paragraphs).toEqual([
      'A rescue worker carries a child through the flooded streets of the old town centre on Monday',
      'The river burst its banks after days of rain.',
      'The council will meet on Friday.',
    ]);
  });

  it("given the page's date stamp on a line of its own, drops it from the body", () => {
    const raw = [
      'Dam bursts',
      'March 5, 2024 / 6:01 AM / Updated 2 hours ago',
      'The dam burst at dawn.',
    ].join('\n');
    expect(cleanArticle(raw).paragraphs).toEqual(['The dam burst at dawn.']);
    const credited = 'Dam bursts\nJane Doe | Daily Planet | March 5, 2024 4:52 PM\nThe dam burst at dawn.';
    expect(cleanArticle(credited).paragraphs).toEqual(['The dam burst at dawn.']);
    // A sentence that only opens with a date is story text.
    expect(cleanArticle('Dam bursts\nMarch 5, 2024 was the day the dam burst.').paragraphs).toEqual([
      'March 5, 2024 was the day the dam burst.',
    ]);
  });

  it('given a labelled caption at the start, drops it from the body', () => {
    const raw =
      'Guilty: Tom Hale, 56, leaves court on Monday A bank manager who stole from customers was jailed.';
    const cleaned = cleanArticle(raw, '');
    expect(cleaned.paragraphs).toEqual(['A bank manager who stole from customers was jailed.']);
  });

  it('given bylines, timestamps, READ MORE links and prompts, removes them', () => {
    const raw = [
      'Storm hits coast',
      '',
      'By Jane Doe',
      'Published: 10:02 EST, 3 May 2024',
      'A storm hit the coast on Monday, officials said.',
      'READ MORE: Ten things to know about storms',
      'Sign up for our daily newsletter',
      'Click here to follow our live coverage',
      'Thousands of homes lost power.',
    ].join('\n');
    const cleaned = cleanArticle(raw);
    expect(cleaned.title).toBe('Storm hits coast');
    expect(cleaned.paragraphs).toEqual([
      'A storm hit the coast on Monday, officials said.',
      'Thousands of homes lost power.',
    ]);
  });

  it('given a capitalised byline with punctuation, removes it but keeps a sentence opening "By Monday,"', () => {
    const raw = [
      'Storm hits coast',
      '',
      'By Jane Doe and Tom Ellis, Reuters.',
      'A storm hit the coast on Monday, officials said.',
      'By Monday, the river had burst its banks.',
      'By Jane Doe',
    ].join('\n');
    expect(cleanArticle(raw).paragraphs).toEqual([
      'A storm hit the coast on Monday, officials said.',
      'By Monday, the river had burst its banks.',
    ]);
  });

  it('given a tabloid byline header and a CNN dateline glued to the text, strips them', () => {
    expect(
      cleanArticle(
        'By . Daily Mail Reporter . PUBLISHED: 09:13 EST, 3 May 2013 | . UPDATED: 11:02 EST, 3 May 2013 . A dog saved its owner.',
        '',
      ).paragraphs,
    ).toEqual(['A dog saved its owner.']);
    expect(cleanArticle('Boston (CNN)Jurors reached a verdict on Wednesday.', '').paragraphs).toEqual([
      'Jurors reached a verdict on Wednesday.',
    ]);
  });

  it('given "Scroll down for video" and a caption after it, removes both', () => {
    const raw =
      'The survey warns of delays. Scroll down for video The old ferry terminal opened in 1932 The study was written by engineers.';
    expect(cleanArticle(raw, '').paragraphs).toEqual([
      'The survey warns of delays. The study was written by engineers.',
    ]);
  });

  it('given an exactly repeated paragraph, keeps one copy', () => {
    const raw =
      'Title\n\nThe council approved the new budget on Tuesday night.\n\nThe council approved the new budget on Tuesday night.\n\nIt takes effect in June.';
    expect(cleanArticle(raw).paragraphs).toEqual([
      'The council approved the new budget on Tuesday night.',
      'It takes effect in June.',
    ]);
  });

  it('normalises straight quotes to typographic ones, spaced hyphens to em dashes and odd spaces', () => {
    const raw = 'He said "we are ready" - and it\'s true.\u00a0Really.';
    expect(cleanArticle(raw, '').paragraphs).toEqual(['He said “we are ready” — and it’s true. Really.']);
  });

  it('spaces dashes joined to words (double hyphens, em dashes) and leaves hyphens and ranges alone', () => {
    const raw = 'The ferry--late again--left at noon.\n\nThe pier—rebuilt in 1991–98—is well-known locally.';
    expect(cleanArticle(raw, '').paragraphs).toEqual([
      'The ferry — late again — left at noon.',
      'The pier — rebuilt in 1991–98 — is well-known locally.',
    ]);
  });

  it('given paragraphs glued without a space, splits them', () => {
    expect(cleanArticle('Talks ended in the region.The US said more would follow.', '').paragraphs).toEqual([
      'Talks ended in the region. The US said more would follow.',
    ]);
  });

  it('given a credit line under a caption, returns the caption with its credit', () => {
    const raw =
      'Headline\n\nA man walks past the ruins.\nPhoto: Jane Roe/Reuters\n\nThe city was rebuilt within a year of the fire.';
    const cleaned = cleanArticle(raw);
    expect(cleaned.captions).toEqual([{ text: 'A man walks past the ruins.', credit: 'Jane Roe/Reuters' }]);
    expect(cleaned.paragraphs).toEqual(['The city was rebuilt within a year of the fire.']);
  });
});

describe('cleanArticle title without metadata', () => {
  it('given text whose first line is a body sentence, keeps the whole text as body and titles it by its first sentence', () => {
    const cleaned = cleanArticle(
      'The council voted on Tuesday to close the library. Residents protested outside.',
    );
    expect(cleaned.title).toBe('The council voted on Tuesday to close the library.');
    expect(cleaned.paragraphs).toEqual([
      'The council voted on Tuesday to close the library. Residents protested outside.',
    ]);
  });

  it('given a headline line followed directly by the body without a blank line, splits them', () => {
    const cleaned = cleanArticle('Storm hits the coast\nthe storm hit the coast on Tuesday, officials said.');
    expect(cleaned.title).toBe('Storm hits the coast');
    expect(cleaned.paragraphs).toEqual(['the storm hit the coast on Tuesday, officials said.']);
  });

  it('given a question headline, takes it as the title', () => {
    const cleaned = cleanArticle('Is the ceasefire holding?\n\nBoth sides reported calm overnight.');
    expect(cleaned.title).toBe('Is the ceasefire holding?');
    expect(cleaned.paragraphs).toEqual(['Both sides reported calm overnight.']);
  });

  it('moves captions with wire-service credits before or after them out of the body, and keeps body text that only mentions a wire service', () => {
    const text = [
      'Conductors Honoured',
      'The delegation travelled to Ottawa in 1961.',
      'Marcel Dufort, a retired conductor, studies old timetables at the rail museum in Quebec City. ( THE CANADIAN PRESS FILE PHOTO )',
      'Owen Tremblay, right, had hoped to open a bakery in Sudbury this spring. (Submitted by Lisa Haddad)',
      'Ravi Mehta / The Canadian Press Joanne Pelletier and Sam Okafor outside their Ottawa cafe.',
      '( Diane Kerr / Toronto Star ) Brampton nurse Adaeze Nwosu says the new schedule works.',
      'The Canadian Press Martin Leclerc, the regional fire chief, speaks with reporters in Moncton.',
      'The Canadian Press reported the story first. The vote (held in 2019) was close.',
    ].join('\n\n');
    const clean = cleanArticle(text);
    expect(clean.paragraphs).toEqual([
      'The delegation travelled to Ottawa in 1961.',
      'The Canadian Press reported the story first. The vote (held in 2019) was close.',
    ]);
    expect(clean.captions.map((c) => c.credit)).toEqual([
      'THE CANADIAN PRESS FILE PHOTO',
      'Submitted by Lisa Haddad',
      'Ravi Mehta / The Canadian Press',
      'Diane Kerr / Toronto Star',
      'The Canadian Press',
    ]);
  });

  it('keeps a paragraph that repeats a caption and goes on past it as body text', () => {
    const caption =
      'The win by Liberal candidate Dana Osei lets the coalition keep its slim lead in the legislature.';
    const text = [
      'Council By-election',
      `${caption} MARK DUVAL/The Canadian Press`,
      'Peter Lindgren is promising a fresh start.',
      `${caption} But the Conservatives had their weakest result in two decades.`,
    ].join('\n\n');
    const clean = cleanArticle(text);
    expect(clean.paragraphs.join(' ')).toContain(
      'But the Conservatives had their weakest result in two decades.',
    );
    expect(clean.captions[0]?.credit).toBe('MARK DUVAL/The Canadian Press');
  });

  it('keeps a body paragraph that retells a caption in other words', () => {
    const caption =
      'A provincial police spokesperson said that before the closure order took effect, officers drew up a traffic plan for the district.';
    const body =
      'Fortier said that before the closure order took effect, police drew up a traffic plan for the district.';
    const clean = cleanArticle(
      ['Closure Reviewed', `${caption} (Helen Marsh/CBC)`, 'Police will hold an inquiry.', body].join('\n\n'),
    );
    expect(clean.paragraphs).toContain(body);
  });

  it('joins a paragraph broken in the middle of a sentence, so a quote split by the break stays whole', () => {
    const text = [
      'Home Care Rules',
      '"Whether a patient qualifies for home care is decided by the regional board',
      'after a review by the family doctor and a nurse," said Moreau in a statement.',
      'The department declined to comment.',
    ].join('\n\n');
    const clean = cleanArticle(text);
    expect(clean.paragraphs[0]).toBe(
      '“Whether a patient qualifies for home care is decided by the regional board after a review by the family doctor and a nurse,” said Moreau in a statement.',
    );
    expect(clean.paragraphs).toHaveLength(2);
  });

  it('keeps a parenthesis that is no credit in the body, and a heading apart from a paragraph opening lower-case', () => {
    const text = [
      'Campus Life',
      'Students now list their pronouns on name tags at orientation (she/her).',
      'What happens next',
      'iPhone sales will decide how the company spends the rest of the year.',
    ].join('\n\n');
    const clean = cleanArticle(text);
    expect(clean.paragraphs).toContain(
      'Students now list their pronouns on name tags at orientation (she/her).',
    );
    expect(clean.paragraphs).toContain(
      'iPhone sales will decide how the company spends the rest of the year.',
    );
    expect(clean.captions).toEqual([]);
  });
});
