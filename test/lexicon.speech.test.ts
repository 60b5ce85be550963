import { describe, expect, it } from 'vitest';
import { isSpeechVerb, SPEECH_VERB_FORMS } from '../src/engine/lexicon/speech.js';

describe('isSpeechVerb', () => {
  it('takes every listed form, bare and with the marks news copy puts around it', () => {
    for (const form of SPEECH_VERB_FORMS) {
      expect(isSpeechVerb(form), form).toBe(true);
      for (const written of [
        `${form},`,
        `${form}.`,
        `(${form})`,
        `“${form}`,
        `${form}’`,
        `"${form}:`,
        `[${form}]?`,
      ])
        expect(isSpeechVerb(written), written).toBe(true);
    }
  });

  it('refuses capitalised forms, other words, empty strings and marks alone', () => {
    for (const word of [
      'Said',
      'SAYS',
      'Told,',
      'harbour',
      'sayings',
      'xsaid',
      '',
      ',',
      '“',
      '(said',
      'said-',
    ])
      expect(isSpeechVerb(word), word).toBe(word === '(said');
  });

  it('reads words sliced from a text stored two bytes a character', () => {
    const text = '“We will reopen the pier,” the mayor said. “Soon.”';
    const said = text.slice(text.indexOf('said'), text.indexOf('said') + 5);
    expect(said).toBe('said.');
    expect(isSpeechVerb(said)).toBe(true);
    expect(isSpeechVerb(text.slice(1, 3))).toBe(false);
  });
});
