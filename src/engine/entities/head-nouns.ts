/**
 * A name of two words or more whose last word training text never ends a person's name with, and
 * ends at least three names of bodies, places or events with, names that body, place or event:
 * "the Harlow Research Team", "Vell International", "the Consumer Goods Index", "the Dorrow
 * Democrats". News writes a body, a place or an event as a descriptive capitalised run closed by its
 * head noun ("Team", "Index", "Agency", "Valley", "Cup"); a person's name closes on a surname, and
 * no person's name in the training gold closes on these heads. The tagger reads the words before the head
 * and takes a first word that looks like a given name or a surname for a person's.
 *
 * The heads are learned, not typed (`npm run train heads`, tools/train/heads.ts; models/heads/ and
 * its manifest): every last word of a name of two words or more in the gold of CoNLL-2003 eng.train
 * and WNUT-17 train that closes at least three names there and occurs in no person's gold name, and
 * that is an English common noun: its lower-case form or singular is a noun WordNet writes in lower
 * case (a place or a club, "Madrid", "Yankees", or a fragment of a name, "Aires", "Louis", is no
 * common noun, and a list of those would be a list of the training names). Each head carries the
 * kind eng.train gold gives its names most often (a word only WNUT-17 holds counts as "other").
 * Spared: a name whose first word is a given name of the lexicon ("Ada Day", "Mark J. York": a
 * surname that is also such a word), a name written with a title or honorific, and a name in
 * capitals.
 *
 * Over all training text (people changed between before/after dumps, each read in context): holds
 * 24 of 24. PolNeAR train, the only text the lists were not learned from: 5 of 5 (a holding
 * company, a website's staff team, a London borough, a voting bloc named for a president, a
 * demonym pair); eng.train with the jackknife tagger 11 of 11 (clubs named for their city,
 * companies, EU regulations, a results line; the shipped tagger's dump 2 of them), people P 0.9547
 * -> 0.9572, R 0.9378 unchanged; WNUT-17 train 8 of 8 (bands, a bar, mountain passes, a game).
 * The last two are the lists' own corpora, so their counts show no harm, not out-of-sample gain.
 * Before the given-name guard covered names longer than two words, a person named with a middle
 * initial and a surname in the lists was lost (2 mentions): the guard is why.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Kind } from './classify.js';
import { isFirstName } from '../lexicon/first-names.js';
import type { Mention } from './mentions/index.js';

const HEADS_FILE = fileURLToPath(new URL('../../../models/heads/heads.tsv', import.meta.url));
const HeadRow = z.tuple([z.string().regex(/^[A-Z][a-z]+$/), z.enum(['organization', 'place', 'other'])]);

let kindByHeadWord: Map<string, Kind> | null = null;

/** The trained head list, read once: `word<TAB>kind` per line, checked row by row. */
function heads(): Map<string, Kind> {
  if (kindByHeadWord) return kindByHeadWord;
  const map = new Map<string, Kind>();
  for (const [i, line] of readFileSync(HEADS_FILE, 'utf8').split('\n').entries()) {
    if (line === '') continue;
    const row = HeadRow.safeParse(line.split('\t'));
    if (!row.success)
      throw new Error(`${HEADS_FILE}:${i + 1}: expected "Word<TAB>kind", got ${JSON.stringify(line)}`);
    map.set(row.data[0], row.data[1]);
  }
  kindByHeadWord = map;
  return map;
}

/** The kind this person-typed name of two words or more names by its last word, or null. */
export function kindByHead(m: Mention): Kind | null {
  if (m.span.title || m.shouting) return null;
  const space = m.text.lastIndexOf(' ');
  if (space < 0) return null;
  const kind = heads().get(m.text.slice(space + 1));
  if (kind === undefined) return null;
  const first = m.text.slice(0, m.text.indexOf(' '));
  if (isFirstName(first)) return null;
  return kind;
}
