import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/engine/schema.js';
import type { ScoredSentence } from '../../src/qa/evidence.js';
import { nameHeadedByKind } from '../../src/qa/kind-head.js';

/** A capitalised run followed by the asked kind noun answers "which <kind>". Invented text. */

function ask(sentence: string, question: string, noun: string): string | null {
  const parsed = { sentences: [sentence] } as unknown as ParsedArticle;
  const ranked = [{ index: 0, coverage: 1 } as unknown as ScoredSentence];
  return nameHeadedByKind(parsed, { noun, question }, ranked)?.text ?? null;
}

describe('a name headed by the asked kind noun', () => {
  it('takes the kind noun that ends the name ("... Valley PAC")', () => {
    const s = 'Tarn Valley PAC spent about $3 million backing Ivo Brandt since the spring.';
    expect(ask(s, 'Which PAC spent money backing Brandt?', 'pac')).toBe('Tarn Valley PAC');
  });

  it('leaves a lowercase kind noun after a capitalised word, and a kind after "of the"', () => {
    const s = 'The party withdrew from a Harbour Courier debate last month.';
    expect(ask(s, 'Which debate did the party withdraw from?', 'debate')).toBeNull();
    const t = 'She gave the Address of the Assembly on Friday.';
    expect(ask(t, 'Which assembly did she address?', 'assembly')).toBeNull();
  });

  it('keeps a name with "and" inside it', () => {
    const s = 'Dock workers marched against the Coastal Freight and Fisheries Pact on Sunday.';
    expect(ask(s, 'Which pact did dock workers march against?', 'pact')).toBe(
      'Coastal Freight and Fisheries Pact',
    );
  });

  it('answers nothing for a person kind or "what kind of"', () => {
    expect(ask('The Green Candidate won the seat.', 'Which candidate won the seat?', 'candidate')).toBeNull();
    expect(
      ask('Voters in the Tarn Open Primary chose.', 'What kind of primary did voters hold?', 'primary'),
    ).toBeNull();
  });

  it('skips an apposition and a run the question names itself', () => {
    const s = 'The Quay Club, the coastal Sailing League that Brandt chaired, split in 1994.';
    expect(ask(s, 'Which league did Brandt chair?', 'league')).toBeNull();
    expect(ask('Both Ostmark Program cuts ended.', 'Which program is Ostmark?', 'program')).toBeNull();
  });

  it('answers nothing when two runs of the kind stand in the sentence', () => {
    const s = 'Tarn Valley PAC ran ads in the north while Quay Forward PAC ran them in the south.';
    expect(ask(s, 'Which PAC ran ads?', 'PAC')).toBeNull();
  });
});
