/**
 * "a Harwick University poll ... Harwick conducted the poll", "Dunmore Law School ...
 * Dunmore pollster X", "the Green Party ... voting Green": a one-word name the article also
 * writes at the front of an institution's name (right before an organisation word, or one
 * capitalised word before it) is that institution said short. News shortens a university, a
 * party or a firm to its first word; a person alone is called by a surname, which heads no
 * institution unless the person is named in full (then `body-evidence.ts` spares the word) or with
 * a title. Given names are spared too ("the Bill and Ada Vell Foundation" beside "Ada").
 */

import { isFirstName } from '../lexicon/first-names.js';
import { isOrgCueWord } from '../lexicon/organizations.js';
import type { Mention, SentenceMentions } from './mentions/index.js';
import { isCapitalThenLower } from './mentions/words.js';
import { startsUpper } from './names.js';

/**
 * Capitalised words opening a run of capitals right before an organisation word, or one
 * capitalised word before it ("Harwick University", "Dunmore Law School").
 */
export function institutionFronts(sentences: readonly SentenceMentions[]): Set<string> {
  const fronts = new Set<string>();
  for (const s of sentences) {
    if (s.caseless) continue;
    const tokens = s.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const word = tokens[i]?.text ?? '';
      // The front of the name: "Voss" of "Tom Voss Morning Radio" is a host's surname
      // inside a show's name, not its short form.
      // Character-code tests (same answers as /^\p{Lu}\p{Ll}/u and /^\p{Lu}/u): asked of every token.
      if (!isCapitalThenLower(word) || startsUpper(tokens[i - 1]?.text ?? '')) continue;
      const next = tokens[i + 1]?.text ?? '';
      const after = tokens[i + 2]?.text ?? '';
      if (isOrgCueWord(next) || (isCapitalThenLower(next) && isOrgCueWord(after))) fronts.add(word);
    }
  }
  return fronts;
}

/** Is the one-word person mention the short form of an institution the article names? */
export function isInstitutionFront(m: Mention, fronts: ReadonlySet<string>): boolean {
  return !m.span.title && !m.text.includes(' ') && fronts.has(m.text) && !isFirstName(m.text);
}
