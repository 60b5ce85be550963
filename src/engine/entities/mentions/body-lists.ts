/**
 * Session 20. "Netflix, Hulu and Amazon Video", "Tarn Boats, Velmar and Holt Ltd": a list of
 * three names or more, all bodies but one, lists bodies; the odd name out, typed a person with no
 * title and not opening on a given name, is a body too (the tagger, meeting a firm's name it never
 * saw, may call it a surname). Lists in news are of one kind of thing: the mirror of
 * `personsInLists`. Over all training text it retypes 4 people, all bodies (PolNeAR train: an
 * advocacy group, a computer maker, the tail of an academy's name; jackknife eng.train: a listed
 * firm), and a mention of a platform's name in a list of platforms.
 */

import { isFirstName } from '../../lexicon/first-names.js';
import { isListedGivenName } from '../../ner/features.js';
import { listRuns } from './lists.js';
import type { SentenceMentions } from './types.js';

export function bodiesInLists(s: SentenceMentions): void {
  if (s.caseless) return;
  const ms = s.mentions;
  for (const [from, to] of listRuns(s)) {
    if (to - from >= 3) {
      let odd = -1;
      let bodies = 0;
      for (let k = from; k < to; k++)
        if (ms[k]!.kind === 'organization') bodies++;
        else if (ms[k]!.kind === 'person') odd = odd < 0 ? k : -2;
      const m = odd >= 0 ? ms[odd]! : undefined;
      if (m && bodies === to - from - 1 && !m.span.title) {
        const first = m.text.split(' ')[0] ?? '';
        if (!isFirstName(first) && !isListedGivenName(first))
          ms[odd] = { ...m, kind: 'organization', canonical: null };
      }
    }
  }
}
