/**
 * Tidying the tagger's spans: an honorific or a title run is not the name, a closed-class word or
 * contraction at a span's edge belongs to the sentence, a span of title words only names no one,
 * and a name coordinated with a plurally titled one is a person too.
 */

import type { EntitySpan } from '../../ner/labels.js';
import { startsUpper, isDottedAbbreviation, type LowerVocabulary } from '../names.js';
import {
  isHonorific,
  isTitle,
  isNobleTitle,
  isRoleNoun,
  isRankAbbreviation,
  isRoleModifier,
} from '../../lexicon/titles.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { isFirstName } from '../../lexicon/first-names.js';
import { isOrgCueWord } from '../../lexicon/organizations.js';
import type { Token } from '../tokenize.js';
import { isPersonNoun } from '../role-nouns.js';
import { isListedGivenName } from '../../ner/features.js';
import { isCommonWord } from '../../lexicon/common-words.js';
import type { SentenceMentions } from './types.js';
import { isCapitalThenLower, CLOSED_CLASS, opensSentence, isTitleWord } from './words.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_LETTER = /^\p{L}/u;
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;

/** "D.C", "U.S": letters with dots between them and none after the last. */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** "Jr.", "Sr.": the generational suffix keeps its dot, as the name is written ("Tom Vane Jr."). */
const GENERATIONAL = /^(?:Jr|Sr)$/;

/** Does a name start at token `at`: a person's span there, or (in mixed case) a capitalised word? */
function nameFollows(s: SentenceMentions, spans: readonly EntitySpan[], at: number): boolean {
  return (
    spans.some((o) => o.start === at && o.type === 'PER') ||
    (!s.caseless && isCapitalThenLower(s.tokens[at]?.text ?? ''))
  );
}

/**
 * The tagger's spans tidied at their edges: an honorific it took into a name ("Mr Ashcombe") is the
 * name's honorific, not part of it, and makes the rest a person; a closed-class word at the end of a
 * name is the next sentence's; "Jr." keeps its dot; a span of title words only ("Sgt" before a name
 * the tagger started one word late) names no one.
 */
export function tidySpans(s: SentenceMentions, spans: readonly EntitySpan[]): EntitySpan[] {
  const { tokens } = s;
  const out: EntitySpan[] = [];
  const pluralTitled: number[] = [];
  for (const t of spans) {
    let { start, end, type } = t;
    const first = tokens[start]?.text ?? '';
    if (end - start > 1 && (s.caseless || startsUpper(first)) && isHonorific(first)) {
      const name = tokens[start + 1]?.text === '.' ? start + 2 : start + 1;
      // "Lord's" (the ground) is no honorific: a name must follow.
      if (name < end && OPENS_LETTER.test(tokens[name]?.text ?? '')) {
        start = name;
        type = 'PER';
      }
    }
    while (end - start > 1 && !s.caseless && CLOSED_CLASS.has(lowerCase(tokens[end - 1]?.text ?? ''))) end--;
    // "D.C Helen Marsh": a dotted acronym without its last dot (a place or body glued to a caption's
    // name) opens no one's name; an initial keeps its dot ("J.R. Marsh").
    if (end - start > 1 && DOTTED_ACRONYM.test(tokens[start]?.text ?? '')) {
      out.push({ type: 'MISC', start, end: start + 1 });
      start++;
    }
    if (GENERATIONAL.test(tokens[end - 1]?.text ?? '') && tokens[end]?.text === '.') end++;
    // "Don't Look Back", "I'm A Celeb": a contraction is no word of anyone's name, so a name
    // holding one is a title (a film, a show, a horse), not a person.
    if (type === 'PER' && hasContraction(tokens, start, end)) type = 'MISC';
    // "Vane & Okafor", "Holt & Co": an ampersand joins the names of a firm, a show or a pair of
    // products; news writes two people with "and" (in eng.train's gold every "&" between
    // capitalised words is inside a body's or a place's name: 23 of 23, none beside a person).
    if (type === 'PER' && hasAmpersand(tokens, start, end)) type = 'ORG';
    if (type === 'PER' && !s.shouting) {
      // "Vane Had Quit", "Mocking His Record": a headline's capitals run a name into a pronoun or an
      // auxiliary, which no name holds (eng.train gold: 5 names hold one, 1 of them a person's, in
      // a shouted headline); the name ends before it.
      for (let k = start + 1; k < end; k++)
        if (NAME_STOPPERS.has(lowerCase(tokens[k]?.text ?? ''))) {
          end = k;
          break;
        }
      // "Tarvik Mayor Ada Vale", "Party Chairman Ben Okafor": a title inside the span before a given
      // name opens the person's name there (eng.train gold: no name of any kind holds a title word
      // followed by a given name); the title run before it is the person's title.
      // At the span's start too ("Mayor | Ada Vale"), bar a royal's or a pope's title, which stays with the name.
      for (let k = end - 2; k >= start; k--) {
        const w = tokens[k]?.text ?? '';
        if (
          startsUpper(w) &&
          isTitle(w) &&
          !isHonorific(w) &&
          !(k === start && (isNobleTitle(w) || NAME_TITLES.has(w))) &&
          isFirstName(tokens[k + 1]?.text ?? '')
        ) {
          start = k + 1;
          break;
        }
      }
    }
    // "Sorry Mick, ...", "Thanks Jo": an interjection or ordinary word opening the sentence before
    // a name addresses that person and is no part of the name.
    if (
      type === 'PER' &&
      !s.caseless &&
      end - start > 1 &&
      opensSentence(tokens, start) &&
      isOrdinaryOpener(s, first)
    )
      start++;
    // "Jockey Ryan Moore won": a role noun opening the sentence is the person's role, not a name,
    // whether the tagger took it into the name or tagged it alone before the name.
    else if (type === 'PER' && opensWithRoleNoun(s, start)) {
      if (end - start > 1) start++;
      else if (spans.some((o) => o.start === end && o.type === 'PER')) continue;
    }
    // "Harold Pennock | Foundation": a capitalised organisation word right after a name the
    // tagger stopped short of (as a person's or a body's) ends a body's name.
    const next = tokens[end]?.text ?? '';
    if (
      (type === 'ORG' || type === 'PER') &&
      !s.caseless &&
      startsUpper(next) &&
      isOrgCueWord(next) &&
      !spans.some((o) => o.start === end)
    )
      end++;
    // "Detective | Sergeant Fiona Marsh": the tagger began the name inside a title run; the run's
    // title words belong to the title, the name is what follows them. Only for a person with a
    // cased title word right before the span, so a noble title opening a name ("Prince Edmund")
    // and names like "Major" alone stay as they are. A given name that is also a title word
    // ("Cpl. Dean Roper") is the name's first word.
    if (type === 'PER' && !s.caseless && isTitleRunBefore(tokens, start)) {
      let name = start;
      while (name < end - 1 && isRunTitleWord(tokens[name]?.text ?? '')) name++;
      if (tokens[name]?.text === '.') name++;
      if (name < end) start = name;
    }
    if (type === 'PER' && !s.caseless && isTitlePhrase(tokens, start, end, s.lower)) continue;
    // Only when a name follows at once, so "Sgt" is read as that name's title; a lone "King" stays.
    // An honorific alone ("Ms" typed a body before "Quayle") is never a name.
    // Read only for a span of title words (most spans are not).
    let titlesOnly = true;
    let honorificsOnly = true;
    for (let k = start; k < end && (titlesOnly || honorificsOnly); k++) {
      const w = tokens[k]?.text ?? '';
      titlesOnly &&= w === '.' || isTitle(w);
      honorificsOnly &&= w === '.' || ((s.caseless || startsUpper(w)) && isHonorific(w));
    }
    // "Rep. Jo Ray": the title's dot may stand between it and the name.
    const nameAt =
      tokens[end]?.text === '.' && isDottedAbbreviation(tokens[end - 1]?.text ?? '') ? end + 1 : end;
    if (honorificsOnly || (titlesOnly && nameFollows(s, spans, nameAt))) continue;
    // A closed-class word alone ("In" glued to a caption) is no name in mixed case.
    if (!s.caseless && end - start === 1 && CLOSED_CLASS.has(lowerCase(first))) continue;
    // "Hello, it's me", "Well, we will see", "Hi Americans!": an interjection alone is no one's
    // name (eng.train gold: none of these words is ever a person).
    if (type === 'PER' && end - start === 1 && INTERJECTIONS.has(lowerCase(tokens[start]?.text ?? '')))
      continue;
    // "Princes Edmund and Rupert", "Senators Ray and Okafor": a plural title before names makes
    // each of them a person holding it; the tagger, which saw few such titles, often calls the
    // run a place.
    // A given name of the lexicon must follow: "Queens Park Rangers" is a club (and the model's
    // broad given-name lists hold "Park").
    const afterTitle = tokens[start + 1]?.text ?? '';
    if (end - start > 1 && isPluralTitle(tokens[start]?.text ?? '', s.caseless) && isFirstName(afterTitle)) {
      start++;
      type = 'PER';
      pluralTitled.push(end);
    }
    out.push(start === t.start && end === t.end && type === t.type ? t : { type, start, end });
  }
  for (const end of pluralTitled) coordinateAfter(s, out, end);
  return out;
}

/** Religious titles that news writes as part of the name ("Pope Leo", "Mother Teresa"), like a royal's. */
export const NAME_TITLES: ReadonlySet<string> = new Set(['Pope', 'Saint', 'Mother']);

/** Pronouns and auxiliaries: no word of a name ("Vane Had Quit" is a headline's run-on). */
const NAME_STOPPERS = new Set(
  'his her its their our my your he she we they was is are were has had have'.split(' '),
);

/** "Don't", "I'm", "We'll": English contractions ("O'Neill" and possessives are not). */
const CONTRACTION = /(?:n['’]t|['’](?:ve|ll|re|m))$/i;

function hasContraction(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (CONTRACTION.test(tokens[k]?.text ?? '')) return true;
  return false;
}

function hasAmpersand(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) if (tokens[k]?.text === '&') return true;
  return false;
}

/** A capitalised role noun ("Jockey", "Trainer"), no given name, opening a mixed-case sentence. */
function opensWithRoleNoun(s: SentenceMentions, start: number): boolean {
  const first = s.tokens[start]?.text ?? '';
  return (
    !s.caseless &&
    opensSentence(s.tokens, start) &&
    // WordNet's person nouns are broad ("tiger"): one counts when the article also writes it in
    // lower case, as a role ("the jockey").
    (isRoleNoun(first) || (s.lower.has(lowerCase(first)) && isPersonNoun(lowerCase(first)))) &&
    !isFirstName(first) &&
    !isListedGivenName(first)
  );
}

/** Words that open a sentence addressing someone ("Sorry Mick", "Thanks Jo", "Hello Mrs Ray"). */
const INTERJECTIONS = new Set(
  'sorry thanks thank hello hi hey congratulations congrats well oh yes no please goodbye bye cheers welcome'.split(
    ' ',
  ),
);

/**
 * A capitalised word opening a sentence that is an interjection, a frequent word or a word the
 * article writes in lower case, and no given name or title: not the first word of a name.
 */
function isOrdinaryOpener(s: SentenceMentions, word: string): boolean {
  const lower = lowerCase(word);
  if (isFirstName(word) || isListedGivenName(word) || isTitleWord(word)) return false;
  return INTERJECTIONS.has(lower) || isCommonWord(word) || s.lower.has(lower);
}

/** A capitalised word of a title run before a name ("Detective", "Insp"), not a given name. */
function isRunTitleWord(w: string): boolean {
  return startsUpper(w) && (isTitle(w) || isRankAbbreviation(w)) && !isHonorific(w) && !isFirstName(w);
}

/** Is the word before `start` a capitalised title word (its dot aside: "Det. Sergeant X")? */
function isTitleRunBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.text === '.' ? start - 2 : start - 1;
  return isRunTitleWord(tokens[before]?.text ?? '');
}

/**
 * "the Shadow Chancellor", "Shadow Home Secretary": a capitalised office named without its holder.
 * It ends in a title word and holds no given name; after "the", or made only of title words and
 * words the article also writes in lower case (ordinary vocabulary), it is the office, not
 * someone's name ("John Major" has a given name; a surname is not written in lower case).
 */
function isTitlePhrase(
  tokens: readonly Token[],
  start: number,
  end: number,
  lower: LowerVocabulary,
): boolean {
  // "Shadow Home | Secretary": the tagger may stop before the office's last title words.
  while (
    startsUpper(tokens[end]?.text ?? '') &&
    isTitle(tokens[end]?.text ?? '') &&
    !isHonorific(tokens[end]?.text ?? '')
  )
    end++;
  const last = tokens[end - 1]?.text ?? '';
  if (end - start < 2 || !isTitle(last) || isHonorific(last)) return false;
  const words = tokens.slice(start, end).map((t) => t.text);
  if (words.some((w) => isFirstName(w))) return false;
  if (/^the$/i.test(tokens[start - 1]?.text ?? '')) return true;
  return words.every((w) => isTitle(w) || isRoleModifier(w) || isCommonWord(w) || lower.has(lowerCase(w)));
}

/** "Princes", "Senators": the plural of a capitalised title word. */
function isPluralTitle(word: string, caseless: boolean): boolean {
  if (!(caseless || startsUpper(word)) || word.length < 4) return false;
  if (word.endsWith('esses') && isTitle(word.slice(0, -2))) return true;
  return word.endsWith('s') && !word.endsWith('ss') && isTitle(word.slice(0, -1));
}

/**
 * The name joined by "and" after a plurally titled name is a person as well: the tagger's span
 * there is retyped, or the capitalised words it passed over become one.
 */
function coordinateAfter(s: SentenceMentions, spans: EntitySpan[], end: number): void {
  const { tokens } = s;
  if (tokens[end]?.text !== 'and') return;
  const at = end + 1;
  const i = spans.findIndex((o) => o.start === at);
  if (i >= 0) {
    spans[i] = { ...spans[i]!, type: 'PER' };
    return;
  }
  if (spans.some((o) => o.start < at && o.end > at)) return;
  let stop = at;
  while (stop < tokens.length && stop - at < 3 && CAPITAL_THEN_SMALL.test(tokens[stop]?.text ?? '')) stop++;
  if (stop > at && !spans.some((o) => o.start < stop && o.end > at)) {
    spans.push({ type: 'PER', start: at, end: stop });
    spans.sort((a, b) => a.start - b.start);
  }
}
