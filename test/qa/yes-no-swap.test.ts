import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/qa/question.js';
import { swapsName } from '../../src/qa/yesno-swap.js';
import { askingArticle } from '../helpers/qa-article.js';

/** A sentence telling the whole claim of another person denies it of the asked one. Invented text. */

const race = `Former Dornmere mayor Halvard Quist endorsed Senator Orla Brenning for governor on Monday.
Quist praised Brenning as a steady hand after a long campaign in the northern valleys.
The valley newspaper had backed Brenning months earlier.`;

describe('another person in the asked place answers "No"', () => {
  const article = askingArticle(race);

  it('answers "No" when the claim is told of someone else', async () => {
    const reply = await article.ask('Did Halvard Quist endorse Tessa Varga?');
    expect(reply.answer).toBe('No');
    expect(reply.evidence).toContain('Orla Brenning');
  });

  it('still answers "Yes" when the asked person is there', async () => {
    expect((await article.ask('Did Halvard Quist endorse Orla Brenning?')).answer).toBe('Yes');
  });
});

describe('swapsName', () => {
  const people = [
    { name: 'Halvard Quist', aliases: ['Quist'], roles: [], mentions: 2, gender: null, firstSentence: 0 },
    { name: 'Orla Brenning', aliases: ['Brenning'], roles: [], mentions: 3, gender: null, firstSentence: 0 },
  ];
  const q = parseQuestion('Did Halvard Quist meet Tessa Varga in Vellport?');

  it('needs another person of the article in the sentence', () => {
    expect(swapsName('Halvard Quist met Orla Brenning in Vellport.', q, people)).toBe(true);
    // Only a place besides the asked names: the sentence may refer back to the missing person.
    expect(swapsName('Halvard Quist met her at a cafe in Vellport.', q, people)).toBe(false);
  });

  it('needs every word of the claim', () => {
    expect(swapsName('Halvard Quist praised Orla Brenning in Vellport.', q, people)).toBe(false);
  });

  it('needs exactly one asked name missing', () => {
    expect(swapsName('Halvard Quist met Orla Brenning.', q, people)).toBe(false);
  });
});
