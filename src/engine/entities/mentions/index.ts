/**
 * Name mentions of one sentence, from the trained tagger's spans (src/engine/ner/): PER spans are
 * people, ORG organisations, LOC places, MISC (nationalities, events, works) nothing Herald lists.
 * Around the spans, only rules that are facts of news writing: the title before a person's name
 * belongs to the mention ("Prime Minister Rishi Sunak"), an honorific makes a person ("Mr
 * Washington"), "the Biden administration" is a body, a shouted dateline word is a place, and
 * credits and bylines name no one in the story.
 *
 * This is the entry the rest of Herald imports: it finds a sentence's mentions with the parts in
 * this folder, one job to a module, and re-exports the types and sentence preparation they share.
 */

import type { EntitySpan } from '../../ner/labels.js';
import { type Kind, spanText, gazetteer } from '../classify.js';
import { isHonorific, isNobleTitle, isRoleNoun } from '../../lexicon/titles.js';
import { type LowerVocabulary, startsUpper } from '../names.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { isPersonNoun } from '../role-nouns.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { isCountry, demonymOf } from '../../lexicon/places.js';
import { isTrailingOrgNoun } from '../../lexicon/organizations.js';
import type { NameSpan } from '../spans.js';
import type { SentenceMentions } from './types.js';
import { isCased, opensSentence, isOrdinaryWord } from './words.js';
import { joinParticles, splitAtAnd, joinAtInitials } from './joins.js';
import { tidySpans } from './tidy.js';
import {
  namedAfterRole,
  namedBeforeWho,
  namedAfterRank,
  ageAfter,
  titleBefore,
  isAddressedOffice,
  onlyHonorifics,
} from './cues.js';
import { isDateline, isCredit } from './bylines.js';
import { personTail } from './tails.js';
import { namesWhereOfficeIsHeld } from '../office-modifiers.js';
import { namesContestTitle } from '../pageant-titles.js';
import { notPersonBeside } from './beside.js';
import { mention } from './mention.js';
import { linkCoordinated, labelsInLists, personsInLists } from './lists.js';
import { bodiesInLists } from './body-lists.js';
export type { Mention, SentenceMentions } from './types.js';
export { wordsWrittenAlone, taggerWords, prepareSentence } from './sentence.js';
export { NAME_TITLES } from './tidy.js';

const KIND: Record<EntitySpan['type'], Kind> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
};

/** "Ms Okonjo", "Dr. Ray"; in mixed case only a capitalised one ("we will miss AP" is no honorific). */
function isCasedHonorific(s: SentenceMentions, w: string): boolean {
  return isCased(s, w) && isHonorific(w);
}

function byStart(a: EntitySpan, b: EntitySpan): number {
  return a.start - b.start;
}

/**
 * Whether spans already stand in order of their start, as the tidied tagger spans do: then with
 * no extra spans a (stable) sort would return them as they are, and copying and sorting them for
 * every sentence of every article is skipped.
 */
function isInOrder(spans: readonly EntitySpan[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return false;
  return true;
}

/** The mentions of one sentence from the tagger's spans over its tokens. */
export function findMentions(
  s: SentenceMentions,
  lower: LowerVocabulary,
  tagged: readonly EntitySpan[],
): SentenceMentions {
  s.lower = lower;
  const { tokens } = s;
  const joined = joinParticles(tokens, splitAtAnd(tokens, tidySpans(s, joinAtInitials(tokens, tagged))));
  const covered = new Uint8Array(tokens.length);
  for (const t of joined) covered.fill(1, t.start, t.end);
  // An honorific before a capitalised word the tagger passed over still names a person ("Ms Okonjo").
  const extra: EntitySpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // Capital first: the cheap test, and honorifics are capitalised.
    if (!startsUpper(tokens[k]?.text ?? '') || !isHonorific(tokens[k]?.text ?? '')) continue;
    let start = k + 1;
    if (tokens[start]?.text === '.') start++;
    let end = start;
    while (end < tokens.length && end - start < 3 && !covered[end] && startsUpper(tokens[end]?.text ?? ''))
      end++;
    if (end > start && !isHonorific(tokens[start]?.text ?? '')) extra.push({ type: 'PER', start, end });
  }
  // "Prince Edmund", "Queen Adela": a royal title before a known given name the tagger passed over.
  if (!s.caseless)
    for (let k = 0; k + 1 < tokens.length; k++) {
      const given = tokens[k + 1]?.text ?? '';
      // Two capitals first (cheap), then the lexicons.
      if (covered[k + 1] || !startsUpper(given) || !startsUpper(tokens[k]?.text ?? '')) continue;
      if (isNobleTitle(tokens[k]?.text ?? '') && isFirstName(given))
        extra.push({ type: 'PER', start: k + 1, end: k + 2 });
    }
  for (let t of extra.length === 0 && isInOrder(joined) ? joined : [...joined, ...extra].sort(byStart)) {
    let kind = KIND[t.type];
    const text = spanText(tokens, t, s.shouting);
    const known = gazetteer(text, s.shouting);
    // "Miss Ostria": a contest's title, no one's name (`pageant-titles.ts`).
    if (namesContestTitle(tokens, t)) {
      s.mentions.push(
        mention(s, { start: t.start - 1, end: t.end, title: null, honorificOnly: false }, 'other', null),
      );
      continue;
    }
    const honorific =
      isCasedHonorific(s, tokens[t.start - 1]?.text ?? '') ||
      (tokens[t.start - 1]?.text === '.' && isCasedHonorific(s, tokens[t.start - 2]?.text ?? ''));
    if (
      honorific ||
      (kind !== 'person' &&
        !known &&
        ((namedAfterRole(s, t.start) && !namesWhereOfficeIsHeld(tokens, t, joined)) ||
          namedBeforeWho(s, t) ||
          namedAfterRank(s, t.start)))
    )
      kind = 'person';
    else if (kind !== 'person' && ageAfter(s, t)) {
      kind = 'person';
      // "Triathlete Jo Ray, 26,": a person noun opening the sentence is her role, not her name.
      const first = tokens[t.start]?.text ?? '';
      if (
        t.end - t.start > 1 &&
        opensSentence(tokens, t.start) &&
        (isRoleNoun(first) || isPersonNoun(lowerCase(first)))
      )
        t = { ...t, start: t.start + 1 };
    }
    if (kind !== 'place' && isDateline(s, t)) kind = 'place';
    if (kind === 'person' && !honorific)
      kind = personTail(tokens, t, s.caseless) ?? notPersonBeside(s, t) ?? kind;
    else if ((kind === 'place' || kind === 'other') && personTail(tokens, t, s.caseless) === 'organization')
      kind = 'organization';
    // A country named alone is the country, a place, also where it acts ("the US said").
    if (kind === 'organization' && known?.kind === 'place' && isCountry(known.canonical ?? ''))
      kind = 'place';
    // "the Biden administration", "the Netanyahu government": a name the lexicon does not know as a
    // place, before one of these nouns, is the body, not the person or place.
    const after = tokens[t.end]?.text ?? '';
    if (
      (kind === 'person' ||
        ((kind === 'place' || kind === 'other') && !known && demonymOf(text) === undefined)) &&
      !honorific &&
      isTrailingOrgNoun(after) &&
      after === lowerCase(after) &&
      !(kind === 'person' && titleBefore(s, t.start, joined))
    ) {
      s.mentions.push(
        mention(
          s,
          { start: t.start, end: t.end + 1, title: null, honorificOnly: false },
          'organization',
          null,
        ),
      );
      continue;
    }
    if (kind === 'person') {
      if (isCredit(s, t)) continue;
      // "Mr. President, ...", "Thank you, Madam Speaker": an honorific before an office is how one
      // addresses its holder, not a name.
      if (honorific && isAddressedOffice(tokens, t)) continue;
      const title = honorific ? null : titleBefore(s, t.start, joined);
      // "better than Push", "the Pride won": one capitalised word the article also writes in lower
      // case is an ordinary word in a name of something (a horse, a team, a show), not a person;
      // surnames are not written in lower case. Where it is the surname of a full name the article
      // gives a person, `consistency.ts` makes it that person again ("Ashley Young" ... "Young").
      if (!title && t.end - t.start === 1 && isOrdinaryWord(s, tokens[t.start]?.text ?? '')) {
        s.mentions.push(
          mention(s, { start: t.start, end: t.end, title: null, honorificOnly: false }, 'other', null),
        );
        continue;
      }
      const titleSpan = honorific
        ? { start: tokens[t.start - 1]?.text === '.' ? t.start - 2 : t.start - 1, end: t.start }
        : title;
      const span: NameSpan = {
        start: t.start,
        end: t.end,
        title: titleSpan,
        honorificOnly: titleSpan !== null && onlyHonorifics(tokens, titleSpan),
      };
      s.mentions.push(mention(s, span, 'person', null));
      continue;
    }
    const canonical = known && known.kind === kind ? known.canonical : null;
    s.mentions.push(
      mention(s, { start: t.start, end: t.end, title: null, honorificOnly: false }, kind, canonical),
    );
  }
  linkCoordinated(s);
  labelsInLists(s);
  personsInLists(s);
  bodiesInLists(s);
  return s;
}
