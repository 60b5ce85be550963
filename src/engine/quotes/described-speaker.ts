/**
 * "“...,” the candidate said. “...,” he continued.": when the quote just before was credited to a
 * description of one person the article never names, a "he" or "she" tag right after it is that
 * person going on, not a name from some earlier sentence. A description stands for one person when
 * its last word is a singular role noun ("the candidate", "a police spokesman"); a group, a body
 * or a paper ("officials", "the ministry", "the lawsuit") is never "he" or "she".
 */

import { isRoleNoun } from '../lexicon/titles.js';
import { lowerCase } from '../lexicon/lower-case.js';
import type { Speaker } from './names.js';

export function isOnePersonDescription(speaker: Speaker): boolean {
  if (speaker.kind !== 'description') return false;
  const last = lowerCase(speaker.name.split(/\s+/).pop() ?? '');
  return isRoleNoun(last) && !last.endsWith('s');
}
