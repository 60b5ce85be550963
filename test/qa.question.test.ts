import { describe, expect, it } from 'vitest';
import { lemma, synonymsOf } from '../src/qa/lexicon.js';
import { mergeFollowUp, parseQuestion } from '../src/qa/question.js';
import { saysUnknown } from '../src/qa/unknown.js';

describe('lemmas fold inflection and -ion derivations', () => {
  it.each([
    ['mediated', 'mediate'],
    ['mediation', 'mediates'],
    ['held', 'holding'],
    ['negotiations', 'negotiate'],
    ['discussion', 'discussed'],
    ['stopped', 'stop'],
    ['countries', 'country'],
    ['told', 'tell'],
    ['withheld', 'withholds'],
    ['upheld', 'uphold'],
    ['outspent', 'outspending'],
    ['overthrew', 'overthrow'],
    ['mistook', 'mistakes'],
    ['opposition', 'opposed'],
    ['propositions', 'propose'],
  ])('"%s" and "%s" share a root', (a, b) => {
    expect(lemma(a)).toBe(lemma(b));
  });

  it.each([
    ['relay', 'rely'],
    ['rebound', 'rebinding'],
    ['resent', 'resend'],
    ['position', 'pose'],
  ])('"%s" is a word of its own, not a prefixed irregular form ("%s")', (a, b) => {
    expect(lemma(a)).not.toBe(lemma(b));
  });

  it('"discuss" keeps its double s and "previous" its -us', () => {
    expect(lemma('discuss')).toBe('discuss');
    expect(lemma('previous')).toBe('previous');
  });

  it.each([
    ['talks', 'discussions'],
    ['previous', 'first'],
    ['said', 'told'],
    ['deal', 'agreement'],
    ['mediated', 'brokered'],
  ])('"%s" and "%s" are synonyms in news usage', (a, b) => {
    expect(synonymsOf(lemma(a)).has(lemma(b))).toBe(true);
  });

  it('unrelated words are not synonyms', () => {
    expect(synonymsOf(lemma('talks')).has(lemma('wages'))).toBe(false);
  });
});

describe('parseQuestion', () => {
  it('reads the main verb after "who" and after "which company"', () => {
    expect(parseQuestion('who mediated the talks?').verb).toBe(lemma('mediate'));
    expect(parseQuestion('which company makes the planes?').verb).toBe(lemma('make'));
    expect(parseQuestion('who were the US officials at the talks?').verb).toBeNull();
  });

  it('"who is X?" asks for an identity, "who is the envoy?" for a person', () => {
    expect(parseQuestion('who is Abram Paley?')).toMatchObject({
      type: 'description',
      identity: 'Abram Paley',
    });
    expect(parseQuestion('who is the envoy for Iran?')).toMatchObject({ type: 'person', identity: null });
    expect(parseQuestion('Who is Clara Whitfield?').identity).toBe('Clara Whitfield');
    expect(parseQuestion('Who is the envoy for Iran?').identity).toBeNull();
  });

  it('"what did X say about Y?" is a quote question about Y', () => {
    const q = parseQuestion('what did Patel say about the nuclear program?');
    expect(q.type).toBe('quote');
    expect(q.about).toEqual([lemma('nuclear'), lemma('program')]);
    expect(q.names).toEqual(['Patel']);
  });

  it('"how many" remembers the counted noun', () => {
    expect(parseQuestion('how many workers joined the strike?')).toMatchObject({
      type: 'number',
      unit: lemma('workers'),
    });
  });

  it('an article id named in the question is taken out of the focus and kept as the scope', () => {
    const q = parseQuestion('who mediated the talks in article 3f9a1c2b7e?');
    expect(q.articleRef).toBe('3f9a1c2b7e');
    expect(q.focus.map((f) => f.word)).toEqual(['mediated', 'talks']);
  });

  it('a quoted title names the article', () => {
    expect(parseQuestion('when did it open, in "Harbour council approves ferry"?').articleRef).toBe(
      'Harbour council approves ferry',
    );
  });

  it('"and where?" is a follow-up that keeps the focus and takes the new type', () => {
    const first = parseQuestion('who mediated the talks?');
    const next = parseQuestion('and where?');
    expect(next.followUp).toBe(true);
    const merged = mergeFollowUp(next, first);
    expect(merged.type).toBe('place');
    expect(merged.focus.map((f) => f.word)).toEqual(['mediated', 'talks']);
  });

  it('a question opening with an auxiliary and asking no wh-question is yes/no', () => {
    expect(parseQuestion('Did Iran confirm the talks?')).toMatchObject({ type: 'yesno', wh: 'yesno' });
    expect(parseQuestion('Was the port closed on Monday?').type).toBe('yesno');
    expect(parseQuestion('Did you see who mediated the talks?').type).not.toBe('yesno');
  });

  it('"who were the two officials" and "which agencies" want more than one; "who mediated" does not', () => {
    expect(parseQuestion('who were the two officials at the talks?').plural).toBe(true);
    expect(parseQuestion('which agencies investigated the crash?').plural).toBe(true);
    expect(parseQuestion('who mediated the talks?').plural).toBe(false);
  });

  it('"which X" keeps the kind asked for, and the side of the verb the wh-word stands on', () => {
    expect(parseQuestion('which airline ordered the planes?')).toMatchObject({
      typeNoun: lemma('airline'),
      subjectAsked: true,
    });
    expect(parseQuestion('who did Hale replace at the club?').subjectAsked).toBe(false);
  });

  it('"which network interviewed X?": the kind noun is neither the verb nor a focus word', () => {
    const q = parseQuestion('Which network interviewed Mayor Varga in May?');
    expect(q).toMatchObject({ type: 'organisation', verb: lemma('interviewed') });
    expect(q.focus.map((f) => f.word)).not.toContain('network');
  });

  it('a full question is not a follow-up', () => {
    expect(parseQuestion('where were the talks held?').followUp).toBe(false);
  });
});

describe('sentences saying something is not known', () => {
  const sentence =
    'The reports do not clarify who the Iranian representatives who participated in the talks were.';

  it('answer a who-question about what they leave open', () => {
    expect(saysUnknown(sentence, 'person')).toBe(true);
  });

  it('do not answer a question of another kind', () => {
    expect(saysUnknown(sentence, 'date')).toBe(false);
    expect(saysUnknown('Officials did not say when the bridge would reopen.', 'person')).toBe(false);
  });

  it('without a wh-word, the unknown thing is whatever the sentence is about', () => {
    expect(saysUnknown('The cause of the fire is unknown.', 'reason')).toBe(true);
    expect(saysUnknown('The fire started in the kitchen.', 'reason')).toBe(false);
  });
});

describe('the kind of answer read from "which/what X" (issue 12)', () => {
  it.each([
    ['Which Lisbon striker scored the late winner?', 'person'],
    ['Which fire officer was injured?', 'person'],
    ['What is the name of the nurse who treated Ms Ortega?', 'person'],
    ['What was the final score?', 'number'],
    ['What position did Bergamo finish in the league?', 'number'],
    ['Which station did Okafor talk to?', 'organisation'],
    ['In what year did Halvorsen patent the valve?', 'date'],
    ['How fast was the storm moving?', 'number'],
  ])('"%s" asks for a %s', (question, type) => {
    expect(parseQuestion(question).type).toBe(type);
  });

  it('a noun after "what were the" followed by a verb is the subject, not the kind asked for', () => {
    // "tenants" is a person noun, but the question asks what they complained about.
    expect(parseQuestion('What were the tenants complaining about?').type).toBe('description');
  });

  it('"how much" with a money verb asks for money; a plain "how much" does not', () => {
    expect(parseQuestion('How much did the horse cost?').money).toBe(true);
    expect(parseQuestion('How much was he fined?').money).toBe(true);
    expect(parseQuestion('How much rain fell?').money).toBe(false);
  });
});

describe('degree words after "how"', () => {
  it('"How old is Tobias Rennick?" looks for sentences naming him, not the word "old"', () => {
    const focus = parseQuestion('How old is Tobias Rennick?').focus.map((f) => f.word);
    expect(focus).toEqual(['Tobias', 'Rennick']);
  });
});
