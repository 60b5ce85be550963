import { describe, expect, it } from 'vitest';
import { phraseHeadedByKind } from '../src/qa/kind-in-phrase.js';
import { lemma } from '../src/qa/lexicon.js';
import { titleNamesKind } from '../src/qa/title-kind.js';
import { askingArticle } from './helpers/qa-article.js';

/**
 * Session 19, QA who / which / what: the kind a "which <kind>" question asks for, written at the
 * picked phrase as an abbreviated title ("Sen. <X>") or as the phrase's own head ("a bright green
 * overcoat"), ties the phrase to the question below the coverage bar (kind-bar.ts). Invented text.
 */

describe('titleNamesKind', () => {
  it('reads "Sen.", "Rep." and "Gov." before a name as the office asked for', () => {
    expect(titleNamesKind('to replace retiring Sen. ', 'Marta Kellgren', lemma('senator'))).toBe(true);
    expect(titleNamesKind('backed by Reps. ', 'Lena Moss', lemma('congressman'))).toBe(true);
    expect(titleNamesKind('', 'Gov. Ivo Brandt', lemma('governor'))).toBe(true);
  });

  it('holds for no other office and no other word before the name', () => {
    expect(titleNamesKind('to replace retiring Sen. ', 'Marta Kellgren', lemma('governor'))).toBe(false);
    expect(titleNamesKind('said Dr. ', 'Marta Kellgren', lemma('senator'))).toBe(false);
    expect(titleNamesKind('said Lt. Gov. ', 'Marta Kellgren', lemma('governor'))).toBe(false);
    expect(titleNamesKind('said Lt. ', 'Gov. Marta Kellgren', lemma('governor'))).toBe(false);
    expect(titleNamesKind('to replace ', 'Marta Kellgren', lemma('senator'))).toBe(false);
  });
});

describe('phraseHeadedByKind', () => {
  it('holds for a phrase whose last word is the kind, described by lowercase words or a number', () => {
    expect(phraseHeadedByKind('bright green overcoat', lemma('overcoat'))).toBe(true);
    expect(phraseHeadedByKind('Vellshire’s 12th District', lemma('district'))).toBe(true);
  });

  it('holds for no proper name that merely ends in the kind, nor the kind alone', () => {
    expect(phraseHeadedByKind('the United States', lemma('state'))).toBe(false);
    expect(phraseHeadedByKind('District', lemma('district'))).toBe(false);
    expect(phraseHeadedByKind('bright green coat', lemma('overcoat'))).toBe(false);
  });
});

describe('"which senator" answered by "Sen. <name>" below the coverage bar', () => {
  const article = askingArticle(`Voters in Norland head to the polls on Tuesday.
In the closely watched race to replace retiring Democratic Sen. Marta Kellgren, three candidates look set to reach the runoff.
Gov. Ivo Brandt has stayed out of the contest, and Rep. Lena Moss endorsed a former mayor.`);

  it('answers with the senator', async () => {
    const r = await article.ask('Which senator is retiring?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('Marta Kellgren');
  });
});

describe('"what color <thing>" answered by the phrase headed by the thing', () => {
  const article = askingArticle(`The comedy show opened its season on Saturday night.
“I have not been winning lately,” Ivo Brandt says, dressed as the mayor in a bright green overcoat.
The sketch drew loud laughs from the studio audience.`);

  it('answers with the described overcoat', async () => {
    const r = await article.ask('What color overcoat did Brandt wear?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('bright green');
  });
});

describe('"which district" answered by the phrase headed by "District"', () => {
  const article = askingArticle(`Ana Ruiz is a harbour lawyer who has never held office.
Ruiz is popular in Vellshire’s 12th District, where she grew up.
She will face two rivals in the spring.`);

  it('answers with the numbered district', async () => {
    const r = await article.ask('Which district is Ruiz running for Congress in?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('12th District');
  });
});
