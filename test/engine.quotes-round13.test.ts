import { describe, expect, it } from 'vitest';
import { readRoles } from '../src/engine/entities/roles/index.js';
import { parseArticle } from '../src/engine/pipeline.js';
import type { Person } from '../src/engine/schema.js';

/** Invented articles only: made-up people and towns (issue 11, quotes round 13, session 17). */
function person(name: string): Person {
  return { name, aliases: [], roles: [], mentions: 1, gender: null, firstSentence: 0 };
}

function rolesOf(sentence: string, name: string): string[] {
  return readRoles([person(name)], [sentence]).find((p) => p.name === name)?.roles ?? [];
}

function speakerOf(text: string, start: string): string | null {
  const quote = parseArticle({ text, title: '' }).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('a description right before a finite verb is the clause subject, not an appositive', () => {
  it('gives the name before the comma no role from the subject after it', () => {
    expect(
      rolesOf(
        'Standing beside Governor Ray Koval, the Ohio senator told reporters the bridge was late.',
        'Ray Koval',
      ),
    ).not.toContain('the Ohio senator');
    expect(
      rolesOf(
        'After a call with Tamsin Orrell, the veteran coach said the team would travel.',
        'Tamsin Orrell',
      ),
    ).toEqual([]);
  });

  it('credits the quote to the person the description points back to', () => {
    const text =
      'Senator Ann Brookfield of Ohio spent Monday in Dayton.\n\n' +
      'Standing beside Governor Ray Koval, the senator told reporters that the bridge would “cut every commute in half.”';
    expect(speakerOf(text, 'cut every commute')).toBe('Ann Brookfield');
  });

  it('keeps an appositive the writer closes, or one a relative clause goes on from', () => {
    expect(
      rolesOf('Ray Koval, the Ohio governor, told reporters the bridge was late.', 'Ray Koval'),
    ).toContain('the Ohio governor');
    expect(
      rolesOf('He plays Ray Koval, the Welsh poet who wrote the ballad.', 'Ray Koval').join(' '),
    ).toContain('Welsh poet');
  });

  it('reads no verb in a capitalised name ("the United States")', () => {
    expect(
      rolesOf(
        'The rules were read by Ray Koval, the United States trade envoy, on Monday.',
        'Ray Koval',
      ).join(' '),
    ).toContain('envoy');
  });
});

describe('a pronoun tag right after a quote credited to an unnamed person is that person going on', () => {
  const text =
    'Mayor Tim Dole closed the Kestrel Street shelter in March.\n\n' +
    '“The shelter will open again before the first frost,” a council spokesman told a radio host on Thursday.\n\n' +
    '“We are going to hire the staff next month and fix the roof,” he continued.';

  it('credits the pronoun to the description, not to a name two sentences back', () => {
    expect(speakerOf(text, 'The shelter will open')).toBe('a council spokesman');
    expect(speakerOf(text, 'We are going to hire')).toBe('a council spokesman');
  });

  it('leaves a plural group alone: it is never "he"', () => {
    const groups = text.replace('a council spokesman told', 'council organisers told');
    expect(speakerOf(groups, 'We are going to hire')).not.toBe('council organisers');
  });
});
