import { describe, expect, it } from 'vitest';
import { askingArticle } from '../helpers/qa-article.js';
import { withNameParticle } from '../../src/qa/answer.js';

/** A name the evidence continues with a lowercase particle ("al-", "de", "bin") is answered whole. Invented text. */

const guild = `The Sarrow Fishers Guild met in Orrin Bay on Tuesday.
Each skipper paid tribute to the guild and its veteran leader, Karim Nadir al-Tamsi.
Mayor Lina de Vroom opened the meeting.`;

describe('names with a lowercase particle', () => {
  const article = askingArticle(guild);

  it('runs an answer on through "al-<Name>" and "de <Name>" in its evidence', () => {
    expect(withNameParticle('Karim Nadir', 'its leader, Karim Nadir al-Tamsi.')).toBe('Karim Nadir al-Tamsi');
    expect(withNameParticle('Lina', 'Mayor Lina de Vroom’s office')).toBe('Lina de Vroom');
    // A lowercase word that is no particle, or an answer that is no name, stays as it is.
    expect(withNameParticle('Karim Nadir', 'Karim Nadir said so.')).toBe('Karim Nadir');
    expect(withNameParticle('the guild', 'the guild de Sarrow')).toBe('the guild');
  });

  it('answers "who is the leader of X" with the whole name', async () => {
    const r = await article.ask('Who is the leader of the Sarrow Fishers Guild?');
    expect(r.answer).toBe('Karim Nadir al-Tamsi');
  });
});
