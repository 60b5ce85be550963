import { describe, expect, it } from 'vitest';
import { maskAgencyCredits } from '../src/engine/entities/agency-credit.js';
import { maskCredits } from '../src/engine/entities/credits.js';
import { parseArticle } from '../src/engine/pipeline.js';

// Invented text: the photographers, towns and people are made up.
const left = (s: string) => maskCredits(s).split(/\s+/).filter(Boolean).join(' ');

/** The people of a short invented story whose caption closes with `credit`. */
function peopleWith(credit: string): string[] {
  const text = [
    'Ada Vell, the mayor of Tarvik, said on Monday the harbour would stay open.',
    `Boats wait at the harbour wall. ${credit}`,
    'Vell spoke after a storm closed the port for a week.',
  ].join('\n\n');
  return parseArticle({ text, title: 'Harbour to stay open' }).people.map((p) => p.name);
}

describe('a photographer named before the agency closing a caption (agency-credit.ts)', () => {
  it('keeps offsets', () => {
    const s = 'Lena Hartwell/NurPhoto via Getty Images';
    expect(maskAgencyCredits(s)).toHaveLength(s.length);
  });

  it('blanks the name before a slash and a one-word outlet in CamelCase', () => {
    expect(left('Lena Hartwell/HuffPost')).toBe('/HuffPost');
    // A social network is where the picture of the person named was found: she is the story's.
    expect(left('Lena Hartwell/LinkedIn')).toBe('Lena Hartwell/LinkedIn');
  });

  it('blanks the name before a chain of agencies and "via"', () => {
    expect(left('Lena Hartwell/NurPhoto via Getty Images')).toBe('/NurPhoto via');
    expect(left('Lena Hartwell/SOPA Images/LightRocket via Getty Images')).toBe(
      '/SOPA Images/LightRocket via',
    );
    expect(left('Lena Hartwell/Anadolu Agency via Getty Images')).toBe('/Anadolu Agency via');
    expect(left('Lena Hartwell/EPA-EFE/Shutterstock')).toBe('/EPA-');
  });

  it('blanks the name before a dash or a pipe and the agency', () => {
    expect(left('Lena Hartwell—Getty Images')).toBe('—');
    expect(left('Lena Hartwell - Getty Images')).toBe('-');
    expect(left('Lena Hartwell – Reuters')).toBe('– Reuters');
    expect(left('Omar Feldt | Reuters.')).toBe('| Reuters.');
  });

  it('blanks the name before an agency word and "Photo"', () => {
    expect(left('Lena Hartwell/AP Photo')).toBe('/AP Photo');
    expect(left('Lena Hartwell/PA Wire')).toBe('/PA Wire');
  });

  it('blanks a credit set after the caption sentence, and keeps the sentence whole', () => {
    expect(left('Boats wait at the harbour wall on Monday. Lena Hartwell/Getty Images')).toBe(
      'Boats wait at the harbour wall on Monday. /',
    );
    expect(left('Boats wait at the harbour wall. Lena Hartwell for The Tarvik Courier')).toBe(
      'Boats wait at the harbour wall. for The Tarvik Courier',
    );
  });

  it('blanks what the cleaner leaves once it has split the agency off', () => {
    expect(left('Boats wait at the harbour wall. Lena Hartwell —')).toBe('Boats wait at the harbour wall. —');
    expect(left('Lena Hartwell/NurPhoto via')).toBe('/NurPhoto via');
  });

  it('blanks a freelancer credit after a slash, and a paper "via" an agency', () => {
    expect(left('Lena Hartwell/For The Tarvik Courier')).toBe('/For The Tarvik Courier');
    expect(left('Lena Hartwell/The Tarvik Courier via Getty Images')).toBe('/The Tarvik Courier via');
    expect(left('Lena Hartwell/picture alliance via Getty Images')).toBe('/picture alliance via');
  });

  it('blanks the name before a comma and the wire service closing a bracket', () => {
    expect(left('Crowds filled the square (Lena Hartwell, AP).')).toBe('Crowds filled the square ( , AP).');
    const s = 'The plan was backed by two men (Ada Vell, Tom Rusk).';
    expect(maskAgencyCredits(s)).toBe(s);
  });

  it('keeps prose: a name before a dash inside a sentence, a slash before a word no agency', () => {
    const a = 'The deal was signed by Ada Vell – Reuters reported it first.';
    expect(maskCredits(a)).toBe(a);
    const b = 'A vote on the plan, said Ada Vell - AFP understands, comes in May.';
    expect(maskCredits(b)).toBe(b);
    const c = 'Ada Vell/Tom Rusk';
    expect(maskAgencyCredits(c)).toBe(c);
    const d = 'Ada Vell spoke for the town';
    expect(maskAgencyCredits(d)).toBe(d);
  });

  it('names no photographer a person of the story', () => {
    for (const credit of [
      'Lena Hartwell/NurPhoto via Getty Images',
      'Lena Hartwell—Getty Images',
      'Lena Hartwell - Getty Images',
      'Lena Hartwell/Anadolu Agency via Getty Images',
    ])
      expect(peopleWith(credit)).toEqual(['Ada Vell']);
  });
});
