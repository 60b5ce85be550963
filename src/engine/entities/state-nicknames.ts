/**
 * "the Sunshine State", "the Granite State": news calls a state or a country by a nickname, a
 * capitalised word between "the" and a capitalised "State" that ends the name. No one's name is
 * written so; a leader's name before "State" opens a body's ("the Vell State Department"), which a
 * capitalised word after "State" tells apart.
 */

import type { Mention } from './mentions/index.js';
import { startsUpper } from './names.js';
import type { Token } from './tokenize.js';

/** Is this person mention the nickname of a state ("the Sunshine State")? */
export function isStateNickname(tokens: readonly Token[], m: Mention): boolean {
  if (m.span.title || m.shouting) return false;
  const before = tokens[m.span.start - 1]?.text ?? '';
  if (before !== 'the' && before !== 'The') return false;
  // The tagger's span may hold "State" ("Sunshine State") or stop before it ("Sunshine").
  const words = m.span.end - m.span.start;
  const end = words === 2 && tokens[m.span.end - 1]?.text === 'State' ? m.span.end - 1 : m.span.end;
  if (end - m.span.start !== 1 || tokens[end]?.text !== 'State') return false;
  return !startsUpper(tokens[end + 1]?.text ?? '');
}
