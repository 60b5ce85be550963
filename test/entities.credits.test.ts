import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { maskCredits } from '../src/engine/entities/credits.js';
import { sentenceDoc } from './helpers/docs.js';

/** The words left after masking, so a test reads as what the tagger still sees. */
const left = (s: string) => maskCredits(s).split(/\s+/).filter(Boolean).join(' ');

describe('credits and bylines are blanked before tagging (credits.ts)', () => {
  it('keeps offsets: the masked sentence is as long as the original', () => {
    const s = 'By Lena Hartwell and Omar Feldt, Reuters';
    expect(maskCredits(s)).toHaveLength(s.length);
  });

  it('given a byline of several writers, blanks every name, not only the first', () => {
    expect(left('By Lena Hartwell and Omar Feldt')).toBe('By');
    expect(left('By LENA HARTWELL, Reuters')).toBe('By');
  });

  it('given a sentence opening with "By" and a time, keeps it', () => {
    const s = 'By Monday the river had burst its banks near Tilbury.';
    expect(maskCredits(s)).toBe(s);
  });

  it('given credit labels before names, blanks the names', () => {
    expect(left('Photographer: Lena Hartwell')).toBe('Photographer:');
    expect(left('Photography by Lena Hartwell and Omar Feldt')).toBe('Photography by');
    expect(left('© Lena Hartwell 2023')).toBe('© 2023');
  });

  it('given a label before a headline naming someone of the story, keeps the name', () => {
    const s = 'Pictures: Lena Hartwell opens the new hospital wing';
    expect(maskCredits(s)).toBe(s);
    const t = 'The gallery shows photography by Lena Hartwell from the 1970s.';
    expect(maskCredits(t)).toBe(t);
  });

  it('given staff credits, blanks every name; "written by" inside prose stays', () => {
    expect(left('Additional reporting by Lena Hartwell and Omar Feldt.')).toBe('Additional reporting by');
    expect(left('Written by Lena Hartwell')).toBe('Written by');
    const s = 'The council read a letter written by Lena Hartwell to the mayor.';
    expect(maskCredits(s)).toBe(s);
  });

  it('blanks every kind of staff label and credit label, whatever comes before it in the sentence', () => {
    // Each label the patterns know, after a sentence with a colon or a " by " that is not a credit.
    for (const label of ['Reporting', 'Editing', 'Fact-checking', 'Additional reporting'])
      expect(left(`The vote was passed by the board. ${label} by Lena Hartwell.`), label).toBe(
        `The vote was passed by the board. ${label} by`,
      );
    expect(left('Edited by the desk; Research by Lena Hartwell')).toBe('Edited by the desk; Research by');
    expect(left('Harbour plan: a vote today (Video: Lena Hartwell)')).toBe(
      'Harbour plan: a vote today (Video: )',
    );
    expect(left('Harbour plan | Illustration by Omar Feldt')).toBe('Harbour plan | Illustration by');
    // A colon or " by " with no label before it leaves the names.
    const s = 'Mayor Lena Hartwell said: the pier was built by Omar Feldt.';
    expect(maskCredits(s)).toBe(s);
  });

  it("given a writer's credit line, blanks the name", () => {
    expect(left('Lena Hartwell, Chief Political Correspondent')).toBe(', Chief Political Correspondent');
    expect(left('Lena Hartwell | The Evening Courier')).toBe('| The Evening Courier');
    expect(left('Lena Hartwell for The Evening Courier')).toBe('for The Evening Courier');
  });

  it('given a photographer and a picture agency across a slash, blanks the photographer', () => {
    expect(left('Lena Hartwell/Getty Images.')).toBe('/ .');
    expect(left('Omar Feldt / Reuters.')).toBe('/ Reuters.');
    expect(left('(Ines Moravec/AFP)')).toBe('( /AFP)');
  });

  it('given two sponsors of a poll or two rivals across a slash, keeps them', () => {
    const s = 'A new Courier/WKTV News poll has Mara Quist ahead.';
    expect(maskCredits(s)).toBe(s);
    const t = 'Some donors dream of a Quist/Hartwell ticket.';
    expect(maskCredits(t)).toBe(t);
    const u = 'TARVIK FIRST DIVISION RESULTS / STANDINGS.';
    expect(maskCredits(u)).toBe(u);
  });

  it('given a "Follow ... on Twitter" line, blanks the writers; someone followed in prose stays', () => {
    expect(left('Follow Lena Hartwell on Twitter @lhartwell.')).toBe('Follow on Twitter @lhartwell.');
    expect(left('Follow our city reporter Omar Feldt and Ines Moravec on Instagram.')).toBe(
      'Follow our city reporter on Instagram.',
    );
    const s = 'Millions follow Mara Quist on Instagram, where she posts daily.';
    expect(maskCredits(s)).toBe(s);
  });

  it('given staff lines at the foot of a story, blanks the writers; a donor or witness in prose stays', () => {
    expect(left('Lena Hartwell contributed reporting.')).toBe('contributed reporting.');
    expect(left('Lena Hartwell and Omar Feldt contributed reporting from Port Tarvik.')).toBe(
      'contributed reporting from Port Tarvik.',
    );
    expect(left('Hartwell reported from Port Tarvik.')).toBe('reported from Port Tarvik.');
    expect(left('Courier Press writer Omar Feldt contributed from Dunmore.')).toBe(
      'Courier Press writer contributed from Dunmore.',
    );
    expect(left('Ines Moravec contributed to this report.')).toBe('contributed to this report.');
    // A donor or a witness in prose keeps the name.
    const s = 'Greta Vasquez contributed $500 to the library fund.';
    expect(maskCredits(s)).toBe(s);
    const t = 'Vasquez reported seeing smoke from Dunmore.';
    expect(maskCredits(t)).toBe(t);
  });

  it("given a writer's note closing a story, blanks the writer; a journalist the story is about stays", () => {
    expect(left('Lena Hartwell is a correspondent for The Evening Courier.')).toBe(
      'is a correspondent for The Evening Courier.',
    );
    expect(left('Feldt is a Tarvik-based reporter for the Courier Network.')).toBe(
      'is a Tarvik-based reporter for the Courier Network.',
    );
    expect(left('Ines Moravec is senior editor at The Evening Courier covering city hall.')).toBe(
      'is senior editor at The Evening Courier covering city hall.',
    );
    // A journalist the story is about is said more of in the same sentence.
    const s = 'Lena Hartwell is a correspondent for The Evening Courier who was detained at the border.';
    expect(maskCredits(s)).toBe(s);
  });

  it('given caption credits naming a paper or a wire, blanks the photographer; a slogan in brackets stays', () => {
    expect(left('Greta Vasquez greets readers. (Ines Moravec for The Evening Courier)')).toBe(
      'Greta Vasquez greets readers. ( for The Evening Courier)',
    );
    expect(left('Greta Vasquez greets readers. Ines Moravec/The Evening Courier')).toBe(
      'Greta Vasquez greets readers. /The Evening Courier',
    );
    expect(left('Omar Feldt, The Courier Press')).toBe(', The Courier Press');
    expect(left('Omar Feldt, Tarvik News Agency')).toBe(', Tarvik News Agency');
    // A campaign's slogan in brackets names its candidate.
    const s = 'Signs read (Vasquez for Mayor) along the road.';
    expect(maskCredits(s)).toBe(s);
  });

  it('given a byline in capitals, blanks every writer', () => {
    expect(left('BY LENA HARTWELL AND OMAR FELDT')).toBe('BY');
  });

  it('given an article with a byline and a credit line, the writers are no people of the story', () => {
    const e = extractEntities(
      sentenceDoc([
        'By Lena Hartwell and Omar Feldt',
        'The council approved the new library on Tuesday, said councillor Greta Vasquez.',
        'Photographer: Ines Moravec',
      ]),
    );
    expect(e.people.map((p) => p.name)).toEqual(['Greta Vasquez']);
  });

  it("given an article closing with staff lines and a writer's note, the writers are no people of the story", () => {
    const e = extractEntities(
      sentenceDoc([
        'The council approved the new library on Tuesday, said councillor Greta Vasquez.',
        'Hartwell reported from Port Tarvik.',
        'Omar Feldt contributed reporting.',
        'Lena Hartwell is a correspondent for The Evening Courier.',
      ]),
    );
    expect(e.people.map((p) => p.name)).toEqual(['Greta Vasquez']);
  });

  it('given a "Contributing:" staff line at the foot of a story, blanks its names', () => {
    expect(left('Contributing: Lena Hartwell, Omar Feldt and Ilse Marr.')).toBe('Contributing:');
    expect(left('Contributing: Lena Hartwell and Omar Feldt, The Evening Courier.')).toBe('Contributing:');
  });
});
