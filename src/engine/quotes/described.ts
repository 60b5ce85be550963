import type { Doc } from '../doc.js';
import { isRoleNoun } from '../lexicon/titles.js';
import type { Layout } from './layout.js';
import { canSpeak, isAgentNoun } from './mentions/index.js';
import type { Mentioned, NameIndex } from './names.js';

/** Sentences back an unnamed person may be introduced before "he said"/"she said" refers to them. */
const REACH = 2;

/** A determiner opening a clause, after an optional conjunction: where a description starts. */
const DETERMINER_OPENING = /^[\s"“”‘’'(—–-]*(?:(?:but|and|yet)\s+)?(the|a|an)\s+/i;
/** Words a description may hold before its head ("local", "45-year-old", "retired"). */
const MAX_MODIFIERS = 3;

/** A clause opening with no determiner, after an optional conjunction: where a bare plural starts ("Residents said"). */
const BARE_OPENING = /^[\s"“”‘’'(—–-]*(?:(?:but|and|yet)\s+)?/i;

/**
 * "The minister", "A local shopkeeper", "the 45-year-old driver" opening the text, or null. With
 * `plural`, a group instead: "The parents", "Local residents", "Police" (a plural needs no determiner).
 */
function descriptionOpening(text: string, plural: boolean): string | null {
  const opening = DETERMINER_OPENING.exec(text) ?? (plural ? BARE_OPENING.exec(text) : null);
  if (!opening) return null;
  const determiner = opening[1] ? `${opening[1]} ` : '';
  const words = text.slice(opening[0].length).split(/\s+/, MAX_MODIFIERS + 1);
  if (!determiner && words[0]) words[0] = words[0].toLowerCase();
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!.replace(/[,;:]$/, '');
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(word)) return null;
    // A group, for "they": a plural noun for people ("the parents", "residents", "police").
    if (plural) {
      if ((word.endsWith('s') || word === 'police' || word === 'people') && canSpeak(word))
        return `${determiner}${[...words.slice(0, k), word].join(' ')}`;
      if (words[k]!.endsWith(',')) return null;
      continue;
    }
    // One person, for "he"/"she": a singular head for a person, a role or an agent noun.
    if (!word.endsWith('s') && (isRoleNoun(word) || isAgentNoun(word)))
      return `${determiner}${[...words.slice(0, k), word].join(' ')}`;
    if (words[k]!.endsWith(',')) return null;
  }
  return null;
}

/** People joined by "and" opening a clause: "Tomasz and Ilse Brenner", "Ann Lowe and Piet Mol". */
const JOINT_OPENING =
  /^[\s"“”‘’'(—–-]*((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}and\s+(?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}\p{Lu}[\p{Ll}'’-]+)(?=[\s,;:.])/u;

/**
 * "Tomasz and Ilse Brenner lost their home. '...,' they said.": people joined as a sentence's
 * subject are what a "they" just after refers to, both as written. A plural pronoun takes the
 * plural subject before it; news writes a couple or a pair this way. At least one of them must
 * be a person the entity stage found there, so "Smith and Sons" or "Police and Fire" are not.
 */
function jointOpening(narration: string, sentenceStart: number, named: readonly Mentioned[]): string | null {
  const m = JOINT_OPENING.exec(narration);
  if (!m?.[1]) return null;
  // Mentions are placed by paragraph offset; the opening ends this far into the paragraph.
  const end = sentenceStart + m.index + m[0].length;
  const person = named.some((n) => n.speaker.kind === 'person' && n.offset < end);
  const body = named.some((n) => n.speaker.kind === 'org' && n.offset < end);
  return person && !body ? m[1] : null;
}

/**
 * The unnamed person a "he"/"she" with no named antecedent refers to: the description that
 * opens one of the sentences just before ("The minister spoke to reporters. ... she said"), as
 * written. Only where no person is named in between (a named one would be the antecedent), and
 * only a singular noun for a person (a role noun or an agent noun: "the driver", "a spokeswoman").
 * With `plural`, the group a "they" refers to ("The parents of the boy appealed ... they said"):
 * a plural noun for people, and no person or organisation named in between.
 */
export function describedSubjectBefore(
  doc: Doc,
  layout: Layout,
  index: NameIndex,
  sentence: number,
  plural = false,
): string | null {
  const paragraph = doc.sentenceParagraph[sentence] ?? 0;
  for (let s = sentence; s >= 0 && s >= sentence - REACH; s--) {
    if ((doc.sentenceParagraph[s] ?? 0) < paragraph - 1) return null;
    const named = index.bySentence[s] ?? [];
    const p = doc.sentenceParagraph[s] ?? 0;
    const start = layout.sentenceStart[s] ?? 0;
    const narration = (layout.narration[p] ?? '').slice(start, start + (doc.sentences[s]?.length ?? 0));
    const joint = plural && s < sentence ? jointOpening(narration, start, named) : null;
    if (joint) return joint;
    if (named.some((m) => m.speaker.kind === 'person' || (plural && m.speaker.kind === 'org'))) return null;
    if (s === sentence) continue;
    const described = descriptionOpening(narration, plural);
    if (described) return described;
  }
  return null;
}
