import { describe, expect, it } from 'vitest';
import { join2, join3, suffixer } from '../src/engine/quotes/feature-names.js';

describe('ranker feature names', () => {
  it('spells a name exactly as the template it replaces', () => {
    const cue = join3('X-said', ':', 'name');
    expect(cue).toBe('X-said:name');
    expect(join2(join2('route:cue', '|cue='), cue)).toBe('route:cue|cue=X-said:name');
    expect(join2('near:', join3('before', ':', -1))).toBe('near:before:-1');
    expect(join2(join3(join2('confirmed:', false), '|kind=', 'org'), join2('|routed=', true))).toBe(
      'confirmed:false|kind=org|routed=true',
    );
  });

  it('keeps numbers, booleans and strings with the same spelling apart only where they spell alike', () => {
    expect(join2('routes:', 1)).toBe('routes:1');
    expect(join2('routes:', '1')).toBe('routes:1');
    expect(join2('x', true)).not.toBe(join2('x', 'false'));
  });

  it('still answers rightly after its table fills and starts afresh', () => {
    for (let k = 0; k < 60_000; k++) expect(join2('n', k)).toBe(`n${k}`);
    expect(join3('near:para', '', 1)).toBe('near:para1');
  });
});

describe('suffixer', () => {
  it('appends its suffix to any base, the same for repeated calls', () => {
    const withCue = suffixer('|cue=said-X:name');
    expect(withCue('nobody')).toBe('nobody|cue=said-X:name');
    expect(withCue('nobody')).toBe('nobody|cue=said-X:name');
    expect(suffixer('|open')('credited-last')).toBe('credited-last|open');
  });
});
