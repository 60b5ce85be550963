import type { Doc } from './doc.js';
import { settleAcrossArticle } from './entities/consistency.js';
import { findMentions, type Mention, prepareSentence, type SentenceMentions } from './entities/mentions.js';
import { lowerVocabulary } from './entities/names.js';
import { nerModel } from './ner/load.js';
import { tagDocument } from './ner/model.js';
import { buildNamedEntities } from './entities/named-entities.js';
import { buildPeople } from './entities/people.js';
import { readRoles } from './entities/role-grammar.js';
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

/** Every sentence of the article (title, body, captions) with the name mentions the tagger found in it. */
export function findArticleMentions(doc: Doc): { sentences: SentenceMentions[]; mentions: Mention[] } {
  const analysed: SentenceMentions[] = [];
  if (doc.title.trim()) analysed.push(prepareSentence(doc.title, TITLE_INDEX));
  doc.sentences.forEach((s, i) => {
    analysed.push(prepareSentence(s, i));
  });
  const captions = doc.captions.map((c, i) => prepareSentence(c.text, CAPTION_OFFSET + i));
  const all = [...analysed, ...captions];
  const lower = lowerVocabulary(analysed.filter((s) => !s.caseless).map((s) => s.tokens));
  const spans = tagDocument(
    nerModel(),
    all.map((s) => s.tokens.map((t) => t.text)),
  );
  all.forEach((s, i) => {
    findMentions(s, lower, spans[i] ?? []);
  });
  const byIndex = new Map(all.map((s) => [s.index, s]));
  const mentions = settleAcrossArticle(
    all.flatMap((s) => s.mentions),
    (m) => byIndex.get(m.sentence)?.tokens[m.span.start - 1]?.text ?? '',
  );
  return { sentences: all, mentions };
}

/**
 * People, organisations and places named in the article. The trained name tagger (src/engine/ner/)
 * reads the title, sentences and captions as one document, so a word is labelled knowing how the
 * article uses it elsewhere; mentions.ts turns its spans into mentions. People come from the title
 * and the clean sentences only (captions sit next to credits and name photographers and people who
 * are not in the story); captions still name the organisations and places of the story.
 */
export function extractEntities(doc: Doc): Entities {
  const { sentences, mentions } = findArticleMentions(doc);
  const inBody = (m: Mention) => m.sentence < CAPTION_OFFSET;
  const bySentence = new Map(sentences.filter((s) => s.index < CAPTION_OFFSET).map((s) => [s.index, s]));
  const firstInBody = (entities: NamedEntity[]) =>
    entities.map((e) => (e.firstSentence >= CAPTION_OFFSET ? { ...e, firstSentence: 0 } : e));
  return {
    people: readRoles(
      buildPeople(
        bySentence,
        mentions.filter((m) => m.kind === 'person' && inBody(m)),
      ),
      doc.sentences,
      [doc.title, ...doc.captions.map((c) => c.text)],
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
