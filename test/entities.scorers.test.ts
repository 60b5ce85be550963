import { describe, expect, it } from 'vitest';
import type { Kind } from '../src/engine/entities/classify.js';
import type { Mention, SentenceMentions } from '../src/engine/entities/mentions/index.js';
import { isScorerBeforeMinute, scorersByMinute } from '../src/engine/entities/scorers.js';
import { tokenize } from '../src/engine/entities/tokenize.js';
import { mentionOf } from './helpers/mentions.js';

// Invented results lines: clubs, players and the district are made up.
function spanOf(text: string, name: string): { start: number; end: number } {
  const tokens = tokenize(text);
  const words = name.split(' ');
  const start = tokens.findIndex((_t, k) => words.every((w, j) => tokens[k + j]?.text === w));
  return { start, end: start + words.length };
}

function sentenceOf(text: string): SentenceMentions {
  return { index: 0, tokens: tokenize(text) } as unknown as SentenceMentions;
}

function mention(text: string, name: string, kind: Kind): Mention {
  const { start, end } = spanOf(text, name);
  const made = mentionOf(name, kind, 0);
  return { ...made, span: { ...made.span, start, end } };
}

const LINE = 'Harbour United 2 (Vellmark 15th, Rusko 64th pen) Tarvik City 1 (Marrow 80th).';

describe('goal scorers before the minute of the goal (scorers.ts)', () => {
  it('reads a name in brackets before a minute as a player', () => {
    const tokens = tokenize(LINE);
    expect(isScorerBeforeMinute(tokens, spanOf(LINE, 'Rusko'))).toBe(true);
    expect(isScorerBeforeMinute(tokens, spanOf(LINE, 'Marrow'))).toBe(true);
  });

  it('reads a name before a bracketed minute as a player', () => {
    const line = 'Scorers: Vellmark (12th minute), Rusko (54th) Attendance: 4,000';
    expect(isScorerBeforeMinute(tokenize(line), spanOf(line, 'Vellmark'))).toBe(true);
    expect(isScorerBeforeMinute(tokenize(line), spanOf(line, 'Rusko'))).toBe(true);
  });

  it('leaves a club before its score and a district number alone', () => {
    expect(isScorerBeforeMinute(tokenize(LINE), spanOf(LINE, 'Harbour United'))).toBe(false);
    const line = 'Ada Vellmark (R-Ostria 6th District) voted against the bill.';
    expect(isScorerBeforeMinute(tokenize(line), spanOf(line, 'Ostria'))).toBe(false);
  });

  it('retypes a scorer the tagger read as a club, and keeps the clubs', () => {
    const settled = scorersByMinute(
      [sentenceOf(LINE)],
      [mention(LINE, 'Harbour United', 'organization'), mention(LINE, 'Rusko', 'organization')],
    );
    expect(settled.map((m) => `${m.text}:${m.kind}`)).toEqual([
      'Harbour United:organization',
      'Rusko:person',
    ]);
  });
});
