import { describe, expect, it } from 'vitest';
import { perCallRegexes, rebuiltByEsbuild } from '../bench/per-call-regexes.js';

describe('rebuiltByEsbuild', () => {
  it('flags a property escape outside a class under u, and the v flag', () => {
    expect(rebuiltByEsbuild('/^\\p{Lu}/u')).toBe(true);
    expect(rebuiltByEsbuild('/x\\P{L}/u')).toBe(true);
    expect(rebuiltByEsbuild('/(?<=\\p{L})x/u')).toBe(true);
    expect(rebuiltByEsbuild('/abc/v')).toBe(true);
  });

  it('leaves escapes inside a class, escaped backslashes and non-u literals alone', () => {
    expect(rebuiltByEsbuild('/[\\p{L}\\p{N}]/u')).toBe(false);
    expect(rebuiltByEsbuild('/[a\\]\\p{L}]/u')).toBe(false);
    expect(rebuiltByEsbuild('/\\\\p{L}/u')).toBe(false);
    expect(rebuiltByEsbuild('/\\p{L}/')).toBe(false);
    expect(rebuiltByEsbuild('/^[A-Z]/')).toBe(false);
  });
});

describe('perCallRegexes', () => {
  it('lists literals inside functions only, with the enclosing function', () => {
    const source = [
      'const ONCE = /^\\p{Lu}/u;',
      'export function isHarbourName(w: string): boolean {',
      '  return /^\\p{Lu}\\p{Ll}+$/u.test(w) && ONCE.test(w);',
      '}',
      'export const anyLetter = (ws: string[]) => ws.some((w) => /\\p{L}/u.test(w));',
      'function plain(w: string) { return /^[\\p{L}-]+$/u.test(w); }',
    ].join('\n');
    expect(perCallRegexes(source)).toEqual([
      { line: 3, fn: 'isHarbourName', literal: '/^\\p{Lu}\\p{Ll}+$/u' },
      { line: 5, fn: '(anonymous)', literal: '/\\p{L}/u' },
    ]);
  });
});
