import { describe, expect, it } from 'vitest';
import { withWholeName } from '../../src/qa/name-connectors.js';

/** A body's name runs through "of", "for", "on", "&" and "/". Invented sentences. */

describe('withWholeName', () => {
  it('given a name cut at "of" or "for" after a body word, the answer runs on through it', () => {
    const s = 'The ruling was reversed by the Orrin Court of Appeals for the Ninth District on Monday.';
    expect(withWholeName('Orrin Court', s)).toBe('Orrin Court of Appeals for the Ninth District');
    expect(withWholeName('Appeals', s)).toBe('Orrin Court of Appeals for the Ninth District');
    expect(withWholeName('Institute', 'A study by the Institute for Harbour Studies found gaps.')).toBe(
      'Institute for Harbour Studies',
    );
  });

  it('given a subject after "Committee on", the body named before it joins', () => {
    const s = 'Since last spring Ruiz has chaired the Senate Committee on Fisheries, Ports and Canals.';
    expect(withWholeName('Fisheries, Ports and Canals', s)).toBe(
      'Senate Committee on Fisheries, Ports and Canals',
    );
  });

  it('given "&" or a slash between names, both sides are one name', () => {
    expect(withWholeName('Varga', 'The firm Varga & Lund handled the sale.')).toBe('Varga & Lund');
    expect(withWholeName('the Courier', 'A new the Courier/Tide Radio poll came out.')).toBe(
      'the Courier/Tide Radio',
    );
  });

  it('given a person, a party member, a title or a day before "of/for/on", nothing joins', () => {
    expect(withWholeName('Mara Reyes', 'Mara Reyes of Oregon spoke first.')).toBe('Mara Reyes');
    expect(withWholeName('Democrat', 'He is a Democrat of the old school.')).toBe('Democrat');
    expect(withWholeName('Hal Berg', 'Secretary of State Hal Berg flew in.')).toBe('Hal Berg');
    expect(withWholeName('Reyes', 'Mara Reyes spoke to Reyes on Monday.')).toBe('Reyes');
  });

  it('given a title-case headline, the answer stays as it was', () => {
    expect(withWholeName('Ferry Inquiry', 'Mayor Calls for Ferry Inquiry after Board of Trade Report.')).toBe(
      'Ferry Inquiry',
    );
  });

  it('leaves the closing stop and a possessive out of the name', () => {
    expect(withWholeName('Bank', 'They borrowed from the Bank of Orrin.')).toBe('Bank of Orrin');
    expect(withWholeName('Bank', "The Bank of Orrin's loan came late.")).toBe('Bank of Orrin');
  });
});
