import { afterEach, describe, expect, it } from 'vitest';
import { extractEntities } from '../src/engine/entities.js';
import { type RuleFiring, traceRules } from '../src/engine/entities/rule-trace.js';
import { sentenceDoc } from './helpers/docs.js';

describe('rule trace (the audit of people rules on training text)', () => {
  afterEach(() => traceRules(null));

  it('given an installed sink, a rule that removes a person reports its name, rule and kinds', () => {
    const firings: RuleFiring[] = [];
    traceRules((f) => firings.push(f));
    const entities = extractEntities(
      sentenceDoc([
        'Owner Gordon Ashby said his horse Billy Dunne ran well in the county cup.',
        'Billy Dunne will race again next month.',
      ]),
    );
    expect(entities.people.map((p) => p.name)).not.toContain('Billy Dunne');
    const animal = firings.filter((f) => f.rule === 'animal-or-mount');
    expect(animal.map((f) => f.text)).toEqual(['Billy Dunne', 'Billy Dunne']);
    expect(animal[0]?.to).toBe('dropped');
  });

  it('given no sink, parsing records nothing and is unchanged', () => {
    const firings: RuleFiring[] = [];
    traceRules((f) => firings.push(f));
    traceRules(null);
    const entities = extractEntities(
      sentenceDoc(['Owner Gordon Ashby said his horse Billy Dunne ran well in the county cup.']),
    );
    expect(firings).toEqual([]);
    expect(entities.people.map((p) => p.name)).toEqual(['Gordon Ashby']);
  });
});
