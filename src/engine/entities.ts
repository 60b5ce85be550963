import type { Doc } from './doc.js';
import { settleByEvidence } from './entities/body-evidence.js';
import { settleAcrossArticle } from './entities/consistency.js';
import { scorersByMinute } from './entities/scorers.js';
import {
  findMentions,
  type Mention,
  prepareSentence,
  type SentenceMentions,
  taggerWords,
  wordsWrittenAlone,
} from './entities/mentions/index.js';
import { lowerVocabulary } from './entities/names.js';
import { isFirstName } from './lexicon/first-names.js';
import { isListedGivenName } from './ner/features.js';
import { nerModel } from './ner/load.js';
import type { EntitySpan } from './ner/labels.js';
import { type TaggerModel, tagDocument } from './ner/model.js';
import { buildNamedEntities } from './entities/named-entities.js';
import { buildPeople } from './entities/people.js';
import { readRoles } from './entities/roles/index.js';
import { showsCanonical } from './lexicon/organizations.js';
import type { NamedEntity, Person } from './schema.js';

export interface Entities {
  people: Person[];
  organizations: NamedEntity[];
  places: NamedEntity[];
}

/**
 * Where a body sentence names someone or something, for the stages that read the same sentences
 * (the quote stage's speaker candidates): one place finds names, the others locate them.
 */
export interface NamePosition {
  kind: Mention['kind'];
  /** The name as the entity stage reads it, without its title ("Rishi Sunak"). */
  text: string;
  sentence: number;
  /** Character offsets in the sentence: the whole mention, title included ("Prime Minister Rishi Sunak"). */
  start: number;
  end: number;
  /** Where the name itself begins, after any title (equal to `start` without one). */
  nameStart: number;
  /** The title as written before the name, or null. */
  titleText: string | null;
}

/** The entity stage's people, organisations and places, and where each body sentence names them. */
export interface EntityReading {
  entities: Entities;
  names: NamePosition[];
}

/** Sentence index given to the title: its mentions count, but it is no body sentence. */
const TITLE_INDEX = -1;
/** Caption sentences sit after the body so that they never claim a first mention. */
const CAPTION_OFFSET = 1_000_000;

/** Every sentence of the article (title, body, captions) with the name mentions the tagger found in it. */
export function findArticleMentions(
  doc: Doc,
  model: TaggerModel = nerModel(),
): { sentences: SentenceMentions[]; mentions: Mention[]; tagged: EntitySpan[][] } {
  const analysed: SentenceMentions[] = [];
  if (doc.title.trim()) analysed.push(prepareSentence(doc.title, TITLE_INDEX));
  doc.sentences.forEach((s, i) => {
    analysed.push(prepareSentence(s, i));
  });
  const captions = doc.captions.map((c, i) => prepareSentence(c.text, CAPTION_OFFSET + i));
  const all = [...analysed, ...captions];
  const lower = lowerVocabulary(analysed.filter((s) => !s.caseless).map((s) => s.tokens));
  const alone = wordsWrittenAlone(all);
  const spans = tagDocument(
    model,
    all.map((s) => taggerWords(s, lower, alone)),
  );
  all.forEach((s, i) => {
    findMentions(s, lower, spans[i] ?? []);
  });
  const byIndex = new Map(all.map((s) => [s.index, s]));
  // A loop, not flatMap: V8's flatMap was a visible share of this function.
  const found: Mention[] = [];
  for (const s of all) for (const m of s.mentions) found.push(m);
  const mentions = scorersByMinute(
    all,
    settleByEvidence(
      all,
      settleAcrossArticle(found, (m) => byIndex.get(m.sentence)?.tokens[m.span.start - 1]?.text ?? ''),
    ),
  );
  return { sentences: all, mentions, tagged: spans };
}

/**
 * A person named only in a caption is in the story when the caption shows it is a person, not a
 * credit: a full name opening with a given name ("Jane Doe, pictured, in 2019"), or a title or
 * honorific. Credits are masked before tagging; a bare surname in a caption could still be a
 * photographer's, so it counts only when the body names that person too.
 */
function captionPerson(m: Mention, bodyNames: ReadonlySet<string>): boolean {
  if (bodyNames.has(m.text)) return true;
  const words = m.text.split(' ');
  if (m.titleText && !m.span.honorificOnly) return true;
  return words.length >= 2 && (isFirstName(words[0] ?? '') || isListedGivenName(words[0] ?? ''));
}

/**
 * People, organisations and places named in the article. The trained name tagger (src/engine/ner/)
 * reads the title, sentences and captions as one document, so a word is labelled knowing how the
 * article uses it elsewhere; mentions/ turns its spans into mentions. People come from the title
 * and the clean sentences, and from captions only where the caption shows a person of the story
 * (`captionPerson`: captions sit next to credits and name photographers); captions still name the
 * organisations and places of the story.
 */
export function extractEntities(doc: Doc): Entities {
  return readEntities(doc).entities;
}

// Module functions, not closures in `readEntities`: under tsx every closure made is named at run time.
const inBody = (m: Mention) => m.sentence < CAPTION_OFFSET;
const firstInBody = (entities: NamedEntity[]) =>
  entities.map((e) => (e.firstSentence >= CAPTION_OFFSET ? { ...e, firstSentence: 0 } : e));

/** `extractEntities` plus the positions of the body sentences' name mentions (see `NamePosition`). */
export function readEntities(doc: Doc): EntityReading {
  const { sentences, mentions } = findArticleMentions(doc);
  const bodyNames = new Set<string>();
  for (const m of mentions)
    if (m.kind === 'person' && inBody(m)) {
      bodyNames.add(m.text);
      const words = m.text.split(' ');
      if (words.length > 1) bodyNames.add(words[words.length - 1] ?? '');
    }
  const people: Mention[] = [];
  for (const m of mentions)
    if (m.kind === 'person' && (inBody(m) || captionPerson(m, bodyNames))) people.push(m);
  const bySentence = new Map(sentences.filter((s) => s.index < CAPTION_OFFSET).map((s) => [s.index, s]));
  const entities: Entities = {
    people: readRoles(
      buildPeople(bySentence, people).map((p) =>
        p.firstSentence >= CAPTION_OFFSET ? { ...p, firstSentence: doc.sentences.length } : p,
      ),
      doc.sentences,
      [doc.title, ...doc.captions.map((c) => c.text)],
      doc.sentences.map((_, i) => bySentence.get(i)?.tokens),
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
  return { entities, names: namePositions(sentences, mentions) };
}

function namePositions(sentences: SentenceMentions[], mentions: Mention[]): NamePosition[] {
  const tokensOf = new Map(sentences.map((s) => [s.index, s.tokens]));
  const names: NamePosition[] = [];
  for (const m of mentions) {
    if (m.sentence < 0 || m.sentence >= CAPTION_OFFSET) continue;
    const tokens = tokensOf.get(m.sentence);
    const first = tokens?.[m.span.title?.start ?? m.span.start];
    const nameFirst = tokens?.[m.span.start];
    const last = tokens?.[m.span.end - 1];
    if (!first || !nameFirst || !last) continue;
    names.push({
      kind: m.kind,
      text: m.text,
      sentence: m.sentence,
      start: first.start,
      end: last.end,
      nameStart: nameFirst.start,
      titleText: m.titleText,
    });
  }
  return names;
}
