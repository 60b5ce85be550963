import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import type { Quote } from '../src/engine/schema.js';

/** Invented articles only: made-up people, towns and parties' members. */
function quotesOf(text: string): Quote[] {
  return parseArticle({ text, title: '' }).quotes;
}

function speakerOf(text: string, start: string): string | null {
  const quote = quotesOf(text).find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('an unnamed party member speaks as written (issue 11, round 4)', () => {
  const talks = 'Harbour workers walked out on Friday after talks in Dunmore collapsed.\n\n';

  it('given "said one Dunmore Republican", the member speaks, not the town', () => {
    const text = `${talks}"Nobody expected the talks to end this way today," said one Dunmore Republican.`;
    expect(speakerOf(text, 'Nobody expected')).toBe('one Dunmore Republican');
  });

  it('given "added another Dunmore Democrat", the member speaks as written', () => {
    const text = `${talks}"It is a sad day for the whole port and its families," added another Dunmore Democrat.`;
    expect(speakerOf(text, 'It is a sad day')).toBe('another Dunmore Democrat');
  });

  it('given "an Ardley Democrat said" before the verb, the member speaks', () => {
    const text = `${talks}"We will be back at the table next week," an Ardley Democrat said.`;
    expect(speakerOf(text, 'We will be back')).toBe('an Ardley Democrat');
  });

  it('given "one veteran Democrat said", a modifier between determiner and party word is kept', () => {
    const text = `${talks}"We lost this one fair and square in the end," one veteran Democrat said.`;
    expect(speakerOf(text, 'We lost this one')).toBe('one veteran Democrat');
  });

  it('given "said one Democrat briefed on the vote", what the source knows stays in the description', () => {
    const text = `${talks}"Nobody in the caucus saw the defeat coming," said one Democrat briefed on the vote.`;
    expect(speakerOf(text, 'Nobody in the caucus')).toBe('one Democrat briefed on the vote');
  });

  it('given "the Ardley Democrat said" and a senator introduced as one, the senator speaks', () => {
    const text =
      'The vote was held on Tuesday. Senator Mabel Quist, an Ardley Democrat, voted against.\n\n' +
      '"We lost this one fair and square in the end," the Ardley Democrat said.';
    expect(speakerOf(text, 'We lost this one')).toBe('Mabel Quist');
  });

  it('given "said a Dunmore Republican strategist", the party word is a modifier: the strategist speaks', () => {
    const text = `${talks}"We will rebuild the port together next year," said a Dunmore Republican strategist.`;
    expect(speakerOf(text, 'We will rebuild')).toBe('a Dunmore Republican strategist');
  });
});

describe('frames around a quote (issue 11, round 4)', () => {
  it('given "A city official reacted by saying the council would", the official speaks', () => {
    const text =
      'Residents met on Tuesday to protest against the plan.\n\n' +
      'A city official reacted by saying the council would "look at every single letter that reaches us."';
    expect(speakerOf(text, 'look at every single')).toBe('A city official');
  });

  it('given a question closed in its marks and "Oake remarked, smiling", the tag is read', () => {
    const text =
      'Candidate Perrin Oake met the host Lise Gralton in Ardley on Monday.\n\n' +
      '"Will the deficit fall by next year, as you promised?" Gralton asked.\n\n' +
      '"Can you name one bridge this town built on time?" Oake remarked, grinning at his rival.';
    expect(speakerOf(text, 'Can you name one')).toBe('Perrin Oake');
  });

  it('given "with Vexley reportedly shouting:", the one shouting speaks, not the crowd', () => {
    const text =
      'Mayor Ada Vexley arrived late.\n\n' +
      'Supporters of the mayor gathered outside the town hall, with Vexley reportedly shouting: ' +
      '"This hall belongs to the voters, not to the council!"';
    expect(speakerOf(text, 'This hall belongs')).toBe('Ada Vexley');
  });
});

describe('a signature on the line below a quote (issue 11, round 4)', () => {
  it('given a quote closing its paragraph and "- Morrow." below it, Morrow speaks', () => {
    const text =
      'The council met on Monday to discuss the new tram line.\n\n' +
      '"Nobody on this council ever voted to close the library on Sundays."\n\n' +
      '- Morrow.\n\nMorrow overstates his role in the plan.';
    expect(speakerOf(text, 'Nobody on this council')).toBe('Morrow');
  });

  it('given "-Mayor Ada Pell, in her budget address." below a quote, the mayor speaks, not the one signed before', () => {
    const text =
      'The council met on Monday to discuss the new tram line.\n\n' +
      '"Nobody on this council ever voted to close the library on Sundays."\n\n' +
      '- Morrow.\n\nMorrow overstates his role in the plan.\n\n' +
      '"Our buses will run every ten minutes from the first of May."\n\n' +
      '-Mayor Ada Pell, in her budget address.';
    expect(speakerOf(text, 'Our buses will run')).toBe('Ada Pell');
  });

  it('given a dash line that goes on as narration ("- Morrow said it was late."), it signs nothing', () => {
    const text =
      'The council met on Monday to discuss the new tram line.\n\n' +
      '"Nobody on this council ever voted to close the library on Sundays."\n\n' +
      '- Morrow said the vote came late.';
    expect(speakerOf(text, 'Nobody on this council')).not.toBe('Morrow');
  });
});

describe('scare quotes in single-quoting copy close where they end (issue 11, round 4)', () => {
  /** British copy: quotations in single marks, an apostrophe typed as the same mark. */
  const british = "Coach Ivo Brandt was blunt. 'We were poor all night and we know it,' he said.\n\n";

  it('given "the \'odds and ends\' crew fighting", the scare quote ends at "ends\'", not at a later mark', () => {
    const text = `${british}Video shows the 'odds and ends' crew fighting with bailiffs in Harwell. 'We will find them all,' said a police spokesman.`;
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.text.includes('crew fighting'))).toBe(false);
    expect(quotes.find((q) => q.text.startsWith('We will find'))?.speaker).toBe('a police spokesman');
  });

  it("given \"who called themselves 'The Four Winds' led to a 'string of lapses'\", no quote spans the two", () => {
    const text = `${british}The audit found that clerks who called themselves 'The Four Winds' led to a 'long string of lapses' at the depot.`;
    expect(quotesOf(text).some((q) => q.text.includes('led to'))).toBe(false);
  });

  it("given a quote opening a sentence mid-paragraph, \"'The players' union has ...,' he said\" stays whole", () => {
    const text = `${british}Brandt did not stop there. 'The players' union has let them down badly this season,' he said.`;
    expect(quotesOf(text).some((q) => q.text.startsWith('The players’ union has let them down'))).toBe(true);
  });
});

describe('a connective opening a sentence is no speaker (issue 11, round 4)', () => {
  it('given "Nonetheless, she smiled and ... told the guest he was \'...\'", the host speaks, not "Nonetheless"', () => {
    const text =
      'The host Dora Penn was not impressed by the answer. Nonetheless, she smiled politely and, with ' +
      'a glance at the clock, told the guest he was "the finest baker this valley has ever seen."';
    expect(speakerOf(text, 'the finest baker')).toBe('Dora Penn');
  });

  it('given "Wait, there is more:", the quote is not credited to "Wait"', () => {
    const text =
      'The rules on fishing permits changed in March. Wait, there is more: ' +
      '"Each angler must now also carry a photo card issued by the harbour office."';
    expect(speakerOf(text, 'Each angler must')).not.toBe('Wait');
  });

  it('given "Likewise, a survey by the Ardley Institute had this to say on tolls:", the survey speaks', () => {
    const text =
      'The harbour board met on Tuesday. Likewise, a survey by the Ardley Institute had this to say ' +
      'on tolls: "Drivers on the coast road would pay twice what inland drivers pay."';
    expect(speakerOf(text, 'Drivers on the coast')).toMatch(/Ardley Institute/);
  });

  it('given "Mayor Ada Vale had the following to say:", the mayor speaks', () => {
    const text =
      'The tram line opened on Monday.\n\nMayor Ada Vale had the following to say: ' +
      '"This line will change how the whole town travels to work."';
    expect(speakerOf(text, 'This line will change')).toBe('Ada Vale');
  });

  it('given a person named Will, a modal\'s capital form still names him ("Will wrote")', () => {
    const text =
      'Columnist Dan Will attacked the plan in the Ardley Courier on Sunday.\n\n' +
      '"This is the worst budget the town has seen in a generation," Will wrote.';
    expect(speakerOf(text, 'This is the worst budget')).toBe('Dan Will');
  });
});

describe('a show or book named before a role noun is no quote (issue 11, round 4)', () => {
  const gala = 'Stars turned out for the gala in Ardley on Friday.\n\n';

  it('given "“Ships are Coming Home Again” star Jo Delane opened up", the show\'s name is not a quotation', () => {
    const text = `${gala}"Ships are Coming Home Again" star Jo Delane opened up about her early years on stage.`;
    expect(quotesOf(text).some((q) => q.text.startsWith('Ships are'))).toBe(false);
  });

  it('given a sentence in quote marks before "coach Jo Doe told", the quotation stays', () => {
    const text = `${gala}"We will win this city back" coach Jo Doe told the crowd.`;
    expect(speakerOf(text, 'We will win')).toBe('Jo Doe');
  });
});

describe('a relative clause between an unnamed speaker and the verb (issue 11, round 4)', () => {
  const fire = 'Fire crews worked through the night in Ardley.\n\n';

  it('given "A local resident, who asked not to be named, said:", the resident speaks', () => {
    const text = `${fire}A local resident, who asked not to be named, said: "The smoke was so thick we could not see the road."`;
    expect(speakerOf(text, 'The smoke was')).toBe('A local resident');
  });

  it('given the tag after the quote (", a local resident, who asked not to be named, said."), the resident speaks', () => {
    const text = `${fire}"The smoke was so thick we could not see the road," a local resident, who asked not to be named, said.`;
    expect(speakerOf(text, 'The smoke was')).toBe('a local resident');
  });

  it('given "One firefighter, who has served for twenty years, told reporters:", the firefighter speaks', () => {
    const text = `${fire}One firefighter, who has served for twenty years, told reporters: "I have never seen a blaze move this fast."`;
    expect(speakerOf(text, 'I have never seen')).toBe('One firefighter');
  });
});

describe('a name after the speech verb that opens the reported clause (issue 11, round 5)', () => {
  it('given "but now said Voss had “...”", the verb\'s subject speaks, not the reported clause\'s', () => {
    const text =
      'Harlan Voss spent the week touring the valley towns of Merrin County.\n\n' +
      'Councillor Dana Pruitt used to back Voss, but now said Voss had "lost the trust of every farmer in this valley."';
    expect(speakerOf(text, 'lost the trust')).toBe('Dana Pruitt');
  });
});

describe('an unnamed speaker opening the clause with a phrase after it (issue 11, round 5)', () => {
  it('given "Another farmer speaking to the Merrin Courier said,", the farmer speaks, not the paper', () => {
    const text =
      'Floods closed the valley roads of Merrin County for a third week.\n\n' +
      'Another farmer speaking to the Merrin Courier said, "We have lost everything we planted this spring."';
    expect(speakerOf(text, 'We have lost')).toBe('Another farmer');
  });
});

describe('a statement put out by someone, then a participle (issue 11, round 5)', () => {
  const parade = 'The Ardley Marching Band pulled out of the harvest parade on Friday.\n\n';

  it('given "The band issued a statement saying it left “...”", the band speaks, not "a statement"', () => {
    const text = `${parade}The Ardley Marching Band issued a statement saying it left "because the route was never made safe for our youngest players."`;
    expect(speakerOf(text, 'because the route')).toBe('Ardley Marching Band');
  });

  it('given "His office put out a short statement saying", the office speaks as written, not the statement', () => {
    const text = `${parade}His office put out a short statement saying the mayor "regrets the band's choice and hopes it returns next year."`;
    expect(speakerOf(text, 'regrets the band')).toBe('His office');
  });
});

describe('a naming verb before a quote: the subject names it in their own words (issue 11, round 5)', () => {
  const pick = "Mabel Quist was named the party's candidate for governor on Tuesday.\n\n";

  it('given "Ivo Brandt called the Ardley senator “...”", Brandt speaks, not the senator', () => {
    const text = `${pick}Hours after Quist was picked, rival campaign chairman Ivo Brandt called the Ardley senator "the riskiest choice this party has made."`;
    expect(speakerOf(text, 'the riskiest choice')).toBe('Ivo Brandt');
  });

  it('given "what aide Jo Vance called “...”", the aide speaks', () => {
    const text = `${pick}Quist's record led to what aide Jo Vance called "the start of a long and hard campaign season."`;
    expect(speakerOf(text, 'the start of a long')).toBe('Jo Vance');
  });
});

describe('idioms that hand a quote to whose words they are (issue 11, round 5)', () => {
  it('given "as prosecutor Jo Vance put it, “...”", the prosecutor speaks, not the man the passage is about', () => {
    const text =
      'Tomas Reil was first noticed by the Ardley police in 2019. But at the time, as prosecutor ' +
      'Jo Vance put it, "apart from a few late nights out there was nothing to suggest any danger."';
    expect(speakerOf(text, 'apart from a few')).toBe('Jo Vance');
  });

  it('given "in the Ardley Gazette\'s words, “...”", the paper speaks', () => {
    const text =
      'Marta Quell runs the Ardley festival. The council chose the town because, in the Ardley ' +
      'Gazette\'s words, "it is the most welcoming town in the valley."';
    expect(speakerOf(text, 'it is the most')).toBe('Ardley Gazette');
  });
});

describe('a round-up item signed after a dash (issue 11, round 5)', () => {
  it('given "Pollsters agree - Ada Pell: “...”", the name after the dash speaks, not the heading\'s subject', () => {
    const text =
      'POLL WATCH. Turnout rose sharply in the northern valleys.\n\n' +
      'Pollsters agree - Ada Pell: “The biggest lesson was a simple one: keep calling voters until the last day.”';
    expect(speakerOf(text, 'The biggest lesson')).toBe('Ada Pell');
  });
});
