import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/engine/pipeline.js';
import {
  answerQuestion,
  isTitleCase,
  PARTY_TAG,
  personBeforeOf,
  namesJoined,
  unknownDoer,
  wholeName,
} from '../src/qa/answer.js';
import { identityAnswer, wholeRole } from '../src/qa/identity.js';
import { objectQuestionOf } from '../src/qa/object.js';
import { parseQuestion } from '../src/qa/question.js';
import { SqliteArticleStore } from '../src/store/sqlite.js';
import { candidateAt } from './helpers/qa-candidate.js';

/**
 * Question classes that held-out news asks and dev fitting missed (issue 12), each on an invented
 * article: a title-case headline's capitals, a doer the article leaves unnamed, a reported claim
 * against a plain statement, "how long" spans, "what percent", and "who is X?" read from the
 * apposition whole or from the possessive before the name.
 */

const ferry = `Harbour Boss Reveals The Skipper He 'Would Love' To See Steer The Ferries.

Tomas Ferrand, who runs the Orrin Bay port, named his choice to lead the ferries on Sunday: shipping magnate Lina Vasquez.
"I would love to see Lina Vasquez steer the ferries, she knows every berth," Ferrand said on Monday.
Harbour staff said someone had defaced the pier sign overnight, and a clerk reported it to Dana Holt.
Ferrand claimed that the Maritime Museum had offered to buy the old ferry bell.
The Maritime Museum said on Tuesday it never offered to buy the bell and has no plans to collect it.
Vasquez kept phoning the council for the next four months.
The 450-page tender, which cost $3 million to prepare, was published in May.
About 62 percent of Orrin Bay residents back a new operator, according to the Coastline Courier's Pia Lund.
Rui Okafor, a volunteer with the Harbour Trust for Fair Fares, said the contract was long overdue.`;

const council = `Ivo Brandt will speak at the harbour fair in Orrin Bay next week.
Brandt, the co-founder of Tarn Boats, once sat on the board of Kelso Marine.
On the radio, Brandt called Mayor Kent “reckless.”
At the fair, friends remembered Dario Holm, 24, who was shot in May by an off-duty Kell County, Ore., deputy sheriff during a traffic stop.
Sens. Ana Ruiz of Ohio and Pia Lund of Utah were the only Democrats to vote against the final harbour bill.
His new fund, Boats for Tomorrow, pays $300 for each radio advert.
The latest Harbour Times/Kell Institute Poll, out on Monday, finds most residents back the ferry.`;

let store: SqliteArticleStore;
let id: string;
let councilId: string;

beforeAll(async () => {
  store = new SqliteArticleStore(':memory:');
  id = (await store.upsertArticle({ raw: ferry, parsed: parseArticle({ text: ferry }), origin: 'test' }))
    .article.id;
  councilId = (
    await store.upsertArticle({ raw: council, parsed: parseArticle({ text: council }), origin: 'test' })
  ).article.id;
});
afterAll(async () => await store.close());

const ask = (q: string) => answerQuestion(q, { store, articleId: id });
const inCouncil = (q: string) => answerQuestion(q, { store, articleId: councilId });

describe('answers that generalise past the dev articles', () => {
  it('a title-case headline is no source of names the body never writes ("Boss Reveals")', async () => {
    const r = await ask('Who would the harbour boss love to see steer the ferries?');
    expect(r.answer).not.toMatch(/Boss|Reveals/);
    expect(r.evidence).not.toContain('Boss Reveals');
  });

  it('"someone had defaced the sign": the doer is not known, the name nearby is not the answer', async () => {
    const r = await ask('Who defaced the pier sign?');
    expect(r.status).not.toBe('answered');
    expect(r.answer).not.toContain('Holt');
  });

  it('a claim the writer only reports gives way to the plain statement on the same matter', async () => {
    const r = await ask('Did the Maritime Museum offer to buy the bell?');
    expect(r.answer).toBe('No');
    expect(r.evidence).toContain('never offered');
  });

  it('"how long" is answered by a span with its unit, never by money', async () => {
    expect((await ask('How long did Vasquez keep calling the council?')).answer).toContain('four months');
    const pages = (await ask('How long is the tender?')).answer ?? '';
    expect(pages).toContain('450-page');
    expect(pages).not.toContain('$3 million');
  });

  it('"what percent" asks for a number', async () => {
    expect(parseQuestion('What percent of residents back a new operator?').type).toBe('number');
    expect((await ask('What percent of Orrin Bay residents back a new operator?')).answer).toContain(
      '62 percent',
    );
  });

  it('"who is X?" with no role: the outlet in the possessive before the name', async () => {
    expect((await ask('Who is Pia Lund?')).answer).toBe('Pia Lund, of the Coastline Courier');
  });

  it('"who is X?": the role runs on to the end of its apposition', async () => {
    expect((await ask('Who is Rui Okafor?')).answer).toContain('the Harbour Trust for Fair Fares');
    expect(
      wholeRole(
        'Ida Moss, a clerk with the Rates Office of Dunmore, said so.',
        'a clerk with the Rates Office',
      ),
    ).toBe('a clerk with the Rates Office of Dunmore');
    expect(
      wholeRole('Ida Moss, a clerk at the office for two years, said so.', 'a clerk at the office'),
    ).toBe('a clerk at the office');
  });

  it('an indefinite subject or agent of the asked verb leaves the doer unnamed; a name does not', () => {
    expect(unknownDoer('Guards said somebody had opened the gate.', 'open')).toBe(true);
    expect(unknownDoer('The gate was opened by an unidentified man.', 'open')).toBe(true);
    expect(unknownDoer('Guards said Ana Ruiz had opened the gate.', 'open')).toBe(false);
  });

  it('"what did X call Y?": the label after the object the question names', async () => {
    expect((await inCouncil('What did Brandt call Kent?')).answer).toBe('reckless');
    expect(objectQuestionOf('What did Ana Ruiz call the plan?')).toEqual({ verb: 'call' });
  });

  it('"which company did X co-found?": the object after the agent noun ("the co-founder of ...")', async () => {
    const r = await inCouncil('Which company did Brandt co-found?');
    expect(r.answer).toBe('Tarn Boats');
    expect(r.evidence).toContain('co-founder of Tarn Boats');
  });

  it('"who shot X?": a place with its state in commas modifies the person noun after it', async () => {
    expect((await inCouncil('Who shot Dario Holm?')).answer).toContain('deputy sheriff');
  });

  it('"Which Democrats ...?" wants every one the sentence joins, whatever the case of "Which"', async () => {
    expect(parseQuestion('Which Democrats voted against the bill?').several).toBe(true);
    expect(parseQuestion('Which agencies approved it?').several).toBe(true);
    expect(parseQuestion('Which agency approved it?').several).toBe(false);
    expect((await inCouncil('Which Democrats voted against the final harbour bill?')).answer).toBe(
      'Ana Ruiz and Pia Lund',
    );
  });

  it('a name cut at a slash or a joining word is taken whole', async () => {
    // The name's halves either side of a joining word make one name (checked on the phrase itself:
    // which phrase the learned scorer ranks first for a "name of" question is the model's, not this rule's).
    const fund = 'His new fund, Boats for Tomorrow, pays $300 for each radio advert.';
    const tomorrow = candidateAt(fund, 'Tomorrow', 'organisation', {
      named: true,
      entity: true,
      chunk: false,
    });
    expect(wholeName(tomorrow, fund).text).toBe('Boats for Tomorrow');
    expect((await inCouncil('Which poll found most residents back the ferry?')).answer).toBe(
      'Harbour Times/Kell Institute Poll',
    );
    const sentence = 'Brandt flew from Paris to London on Monday.';
    const start = sentence.indexOf('London');
    const london = {
      text: 'London',
      start,
      end: start + 6,
      first: 4,
      last: 4,
      kind: 'place' as const,
      named: true,
      entity: true,
      chunk: false,
      dateIndex: null,
      cue: null,
    };
    // Not set off by commas: "Paris to London" is a route, not one name.
    expect(wholeName(london, sentence).text).toBe('London');
  });

  it('a pronoun run into a verb after a quote mark ("It’s") is no place or name', async () => {
    const text =
      'Ivo Brandt met Dora Lund in 1990, the year he first raced. Brandt said Lund came over “and said, ‘It’s a fine boat you have’ and talked about sails for an hour.”';
    const own = new SqliteArticleStore(':memory:');
    const { article } = await own.upsertArticle({
      raw: text,
      parsed: parseArticle({ text }),
      origin: 'test',
    });
    const r = await answerQuestion('Where did Brandt meet Lund?', { store: own, articleId: article.id });
    await own.close();
    expect(r.answer ?? '').not.toContain('It');
  });

  it('"who is X?" with neither role nor possessive: the apposition after the name', () => {
    const text = 'Pia Lund, 41, and Dora Kell, the ferryman’s niece, said nothing on Monday.';
    const found = identityAnswer(parseArticle({ text }), null, null, 'Dora Kell');
    expect(found?.text).toBe('Dora Kell: the ferryman’s niece');
    expect(identityAnswer(parseArticle({ text }), null, null, 'Pia Lund')).toBeNull();
  });

  it('a name set in quotation marks is a title, never who a person question asks for', async () => {
    const text =
      'Ivo Kell sings in a band. Years after the break-up, Dora Lund’s former partner still headlines “Harbour Lights” at the Quay Theatre every winter.';
    const own = new SqliteArticleStore(':memory:');
    const { article } = await own.upsertArticle({
      raw: text,
      parsed: parseArticle({ text }),
      origin: 'test',
    });
    const r = await answerQuestion('Who is Dora Lund’s former partner?', {
      store: own,
      articleId: article.id,
    });
    await own.close();
    expect(r.answer ?? '').not.toContain('Harbour Lights');
  });

  it('"<person> of <outlet>" answers "who" with the person; a party tag or a person answers no "who"/"where"', async () => {
    const text =
      'In a May interview, Kell told Ana Ruiz of Harbour News, “So, Norland has boats.” Rep. Ivo Kell (R-Pa.) is facing a challenge. She lost the state 38 percent to 49 percent, and fans of her rival, Sen. Dora Lund, still dislike her.';
    const own = new SqliteArticleStore(':memory:');
    const { article } = await own.upsertArticle({
      raw: text,
      parsed: parseArticle({ text }),
      origin: 'test',
    });
    const at = (q: string) => answerQuestion(q, { store: own, articleId: article.id });
    expect((await at('Who did Kell tell that Norland has boats?')).answer).toBe('Ana Ruiz');
    expect((await at('Who is facing a challenge?')).answer).not.toMatch(/R-Pa/);
    expect(PARTY_TAG.test('R-Pa.')).toBe(true);
    expect(PARTY_TAG.test('Ruiz')).toBe(false);
    const parsed = parseArticle({ text });
    const sentence = parsed.sentences[0] ?? '';
    const start = sentence.indexOf('Harbour News');
    const outlet = {
      text: 'Harbour News',
      start,
      end: start + 12,
      first: 0,
      last: 0,
      kind: 'organisation' as const,
      named: true,
      entity: true,
      chunk: false,
      dateIndex: null,
      cue: null,
    };
    expect(personBeforeOf(parsed, outlet, 0)?.text).toBe('Ana Ruiz');
    expect((await at('Which state did she lose?')).answer ?? '').not.toContain('Dora Lund');
    await own.close();
  });

  it('"which states/towns" asks for places, and a month or weekday is no place', async () => {
    expect(parseQuestion('Which states will the adverts target?').type).toBe('place');
    expect(parseQuestion('Which towns were flooded?').type).toBe('place');
    const text =
      'Ferry operators plan a wave of adverts before the summer. Nearly 70% of the slots bought for December and January across the two states that start the season belong to rival firms.';
    const own = new SqliteArticleStore(':memory:');
    const { article } = await own.upsertArticle({
      raw: text,
      parsed: parseArticle({ text }),
      origin: 'test',
    });
    const r = await answerQuestion('Which states will the adverts target?', {
      store: own,
      articleId: article.id,
    });
    await own.close();
    expect(r.answer ?? '').not.toContain('December');
  });

  it('checks from a second reading (XQuAD): a group name modifying a noun, names joined by "and", name-dense sentences', async () => {
    // "Which Rovers player" asks for one player; "Which Rovers scored" for several.
    expect(parseQuestion('Which Rovers player was sent off?').several).toBe(false);
    expect(parseQuestion('Which Rovers scored twice?').several).toBe(true);
    const phrase = (text: string, sentence: string) =>
      candidateAt(sentence, text, 'name', { named: true, entity: true, chunk: false });
    // "and" joins two names: ", Kelso and Tarn," are two firms.
    const firms = 'Its two boat brands, Kelso and Tarn, sell well.';
    expect(wholeName(phrase('Kelso', firms), firms).text).toBe('Kelso');
    // A phrase that is no name is not widened ("This early part" + "of Brandt").
    const early = 'This early part of Brandt’s career was his busiest.';
    expect(wholeName({ ...phrase('This early part', early), kind: 'phrase' }, early).text).toBe(
      'This early part',
    );
    const streets = 'Wealthy families once lived between Mill Lane and Quay Road.';
    expect(namesJoined(phrase('Mill Lane', streets), streets).text).toBe('Mill Lane and Quay Road');
    // A sentence full of names is not a title-case headline: its small words stay lower case.
    expect(
      isTitleCase(
        'Teams in Orrin Bay include the Harbour League (Orrin Gulls), the Coastal League (Bay Otters) and the Island Cup (Quay Rovers).',
      ),
    ).toBe(false);
    expect(isTitleCase('Harbour Boss Reveals The Skipper He Would Love To See Steer The Ferries.')).toBe(
      true,
    );
  });
});
