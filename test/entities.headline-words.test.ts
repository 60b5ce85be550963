import { describe, expect, it } from 'vitest';
import { settleByEvidence } from '../src/engine/entities/body-evidence.js';
import type { Kind } from '../src/engine/entities/classify.js';
import { prepareSentence, type SentenceMentions } from '../src/engine/entities/mentions/index.js';
import { lowerVocabulary } from '../src/engine/entities/names.js';
import { mentionOf } from './helpers/mentions.js';

/** The article's sentences as the entity stage reads them, with its lower-case vocabulary. */
function article(texts: string[]): SentenceMentions[] {
  const sentences = texts.map((t, i) => prepareSentence(t, i));
  const lower = lowerVocabulary(sentences.filter((s) => !s.caseless).map((s) => s.tokens));
  for (const s of sentences) s.lower = lower;
  return sentences;
}

/** The kind the rules leave a lone person-typed word of sentence 0 with. */
function kindOf(texts: string[], word: string): Kind | undefined {
  const sentences = article(texts);
  const at = sentences[0]?.tokens.findIndex((t) => t.text === word) ?? -1;
  const m = {
    ...mentionOf(word, 'person', 0),
    span: { start: at, end: at + 1, title: null, honorificOnly: false },
  };
  return settleByEvidence(sentences, [m])[0]?.kind;
}

describe('ordinary words of a capitalised headline (headline-words.ts)', () => {
  it('given a headline capitalising each word, a lone verb it never writes elsewhere is no person', () => {
    expect(
      kindOf(
        [
          'Port Chief Quill Announces Plan Cutting Ferry Fares',
          'Port chief Nora Quill said fares would fall.',
        ],
        'Announces',
      ),
    ).toBe('other');
  });

  it('given a headline word the article writes in lower case, it is the word even where capitalised elsewhere', () => {
    expect(
      kindOf(
        [
          'Why Harbour Towns Stopped Caring About Politics',
          'Politics bores them, said pollster Ann Grey.',
          'In harbour towns, politics matters less each year.',
        ],
        'Politics',
      ),
    ).toBe('other');
  });

  it('given a list of names with commas, a lone name in it stays a person', () => {
    expect(
      kindOf(
        ['Squad: Tariq Bel-ul-Amin, Orrin Vask, Hamid Qoraishi, Jens Tolle', 'They fly out on Monday.'],
        'Qoraishi',
      ),
    ).toBe('person');
  });

  it('given a surname in a headline that the body writes too, the person stays', () => {
    expect(
      kindOf(
        ['Port Chief Quill Slams Budget Plan', 'Port chief Nora Quill said the plan would fail.'],
        'Quill',
      ),
    ).toBe('person');
  });

  it('given a given name in a headline, it stays a person', () => {
    expect(kindOf(['Port Chief Nora Slams Budget Plan', 'The chief said she would care less.'], 'Nora')).toBe(
      'person',
    );
  });

  it('given a sentence in ordinary case, a capitalised word in it stays a person', () => {
    expect(
      kindOf(['The port chief said Quill would cut the fares.', 'She did not name anyone else.'], 'Quill'),
    ).toBe('person');
  });
});
