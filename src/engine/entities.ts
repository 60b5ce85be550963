import type { Doc } from './doc.js';
import { findMentions, type Mention, prepareSentence, type SentenceMentions } from './entities/mentions.js';
import { lowerVocabulary } from './entities/names.js';
import { buildNamedEntities } from './entities/namedEntities.js';
import { buildPeople } from './entities/people.js';
import { readRoles } from './entities/role-grammar.js';
import { resolveUnknowns } from './entities/resolve.js';
import { showsCanonical } from './lexicon/organizations.js';
import type { NamedEntity, Person } from './schema.js';

export interface Entities {
  people: Person[];
  organizations: NamedEntity[];
  places: NamedEntity[];
}

/** Sentence index given to the title: its mentions count, but it is no body sentence. */
const TITLE_INDEX = -1;
/** Caption sentences sit after the body so that they never claim a first mention. */
const CAPTION_OFFSET = 1_000_000;

/**
 * People, organisations and places named in the article. Tags capitalised spans with gazetteers and
 * context cues, then settles lone words against the names the whole article uses. People come from
 * the title and the clean sentences only (captions sit next to credits and name photographers and
 * people who are not in the story); captions still name the organisations and places of the story.
 */
export function extractEntities(doc: Doc): Entities {
  const analysed: SentenceMentions[] = [];
  if (doc.title.trim()) analysed.push(prepareSentence(doc.title, TITLE_INDEX));
  doc.sentences.forEach((s, i) => {
    analysed.push(prepareSentence(s, i));
  });
  const captions = doc.captions.map((c, i) => prepareSentence(c.text, CAPTION_OFFSET + i));
  const lower = lowerVocabulary(analysed.filter((s) => !s.caseless).map((s) => s.tokens));
  for (const s of [...analysed, ...captions]) findMentions(s, lower);
  const mentions: Mention[] = resolveUnknowns([...analysed, ...captions].flatMap((s) => s.mentions));
  const inBody = (m: Mention) => m.sentence < CAPTION_OFFSET;
  const bySentence = new Map(analysed.map((s) => [s.index, s]));
  const firstInBody = (entities: NamedEntity[]) =>
    entities.map((e) => (e.firstSentence >= CAPTION_OFFSET ? { ...e, firstSentence: 0 } : e));
  return {
    people: readRoles(
      buildPeople(
        bySentence,
        mentions.filter((m) => m.kind === 'person' && inBody(m)),
      ),
      doc.sentences,
    ),
    organizations: firstInBody(
      buildNamedEntities(
        mentions.filter((m) => m.kind === 'organization'),
        showsCanonical,
      ),
    ),
    places: firstInBody(
      buildNamedEntities(
        mentions.filter((m) => m.kind === 'place'),
        () => true,
      ),
    ),
  };
}
