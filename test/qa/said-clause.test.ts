import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/qa/question.js';

/** A speech verb followed by a clause asks for a part of the statement, not the quote. Invented questions. */

describe('"what did X say <clause>?"', () => {
  it('reads a clause after the speech verb as a "what" question', () => {
    expect(classifyQuestion('What did the mayor say the ferry will cost?')).toBe('description');
    expect(classifyQuestion('What does Ruiz say is the cause of the floods?')).toBe('description');
  });

  it('keeps "what did X say (about Y)?" a quote question', () => {
    expect(classifyQuestion('What did the mayor say about the ferry?')).toBe('quote');
    expect(classifyQuestion('What did Ruiz say at the harbour meeting?')).toBe('quote');
  });
});
