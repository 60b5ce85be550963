import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';

/** Invented articles only: made-up people, towns and papers (issue 11 item 3, session 19). */
function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

const opening =
  'Mayor Ann Pell wants a new ferry terminal in Dunloe. Her rival, Ray Koval, wants to mend the old one.\n\n' +
  '“We cannot keep patching a pier that floods every winter,” Pell said at the harbour on Monday.\n\n';

describe('"read"/"reads" after a quote is the tag of a document', () => {
  it('gives "..., the editorial read." to the editorial, not to the mayor quoted before', () => {
    const text = `${opening}The Dunloe Courier backed her on Tuesday. “A town that cannot land a ferry cannot keep its young people,” the editorial read.`;
    expect(speakerOf(text, 'A town that')).toBe('the editorial');
  });

  it('gives "..., reads an editorial in the Courier." to the editorial', () => {
    const text = `${opening}“A town that cannot land a ferry cannot keep its young people,” reads an editorial in the Dunloe Courier.`;
    expect(speakerOf(text, 'A town that')).toBe('an editorial');
  });

  it('leaves "read" that is no tag alone: "..., Koval said after he read the plan."', () => {
    const text = `${opening}“The pier can stand for another twenty years,” Koval said after he read the plan.`;
    expect(speakerOf(text, 'The pier can')).toBe('Ray Koval');
  });

  it('reads no sign or person as a document: "..., read one banner." keeps no document', () => {
    const text = `${opening}“Mend the pier and save the money,” read one banner at the meeting.`;
    expect(speakerOf(text, 'Mend the pier')).not.toMatch(/banner/);
  });
});

describe('who issued a document the article quotes', () => {
  it('takes "the Koval campaign sent an email" as the email\'s issuer, not the person quoted before', () => {
    const text = `${opening}The Koval campaign sent a fundraising email on Tuesday asking supporters for money. “Friend, the pier is worth saving and so is this town,” the email read.`;
    expect(speakerOf(text, 'Friend, the pier')).toBe('Koval campaign');
  });

  it('takes "the note, which was attributed to X" as X\'s words', () => {
    const text = `${opening}Koval's aides drafted a reply overnight. “The mayor wants a terminal the town cannot pay for,” read the note, which was attributed to Jo Vane, Koval's spokeswoman.`;
    expect(speakerOf(text, 'The mayor wants')).toBe('Jo Vane');
  });
});

describe("a bare description repeating the head of an unnamed speaker's tag is that speaker again", () => {
  const start = 'Premier Ann Pell flew to Dunloe on Monday for talks on the ferry.\n\n';

  it('keeps "the spokesman added" after "the premier\'s spokesman said" as the spokesman, not the premier', () => {
    const text = `${start}“The talks went well and will resume on Friday,” the premier’s spokesman said.\n\n“Nobody expects a deal this week,” the spokesman added.`;
    expect(speakerOf(text, 'Nobody expects')).toBe('the spokesman');
  });

  it('keeps "the woman said" after "a woman asked" as the woman', () => {
    const text = `${start}At a meeting in the town hall, a young woman asked Pell about the fares.\n\n“Why should we pay twice for the same crossing?” the woman said.`;
    expect(speakerOf(text, 'Why should we')).toBe('the woman');
  });

  it('still gives "the spokesman added" to a spokesman the article named', () => {
    const text = `${start}“The talks went well and will resume on Friday,” Pell spokesman Jo Vane said.\n\n“Nobody expects a deal this week,” the spokesman added.`;
    expect(speakerOf(text, 'Nobody expects')).toBe('Jo Vane');
  });
});
