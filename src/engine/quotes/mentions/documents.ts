/**
 * A document as the speaker's voice: a document opening the clause ("The report for ward
 * councillors warns") and the body or person named as its source ("a statement from the Glen
 * Rescue Team", "a report by Acme Bank"), including a body named only by a common noun.
 */

import { lowerCase } from '../../lexicon/lower-case.js';
import { DOCUMENT_NOUNS, ORG_NOUNS, ORG_HEADS } from '../lexicon.js';
import type { Mention } from './types.js';
import { DETERMINERS, bare, isOnlyTitles } from './words.js';
import { nameRunAt } from './names.js';

/** A document noun opening the words before a verb, with at most three modifiers: "The memo", "A new police report". */
const DOCUMENT_OPENING =
  /^[\s"“”‘’'(—–-]*((?:the|a|an|this|that|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+))(?=[\s,–—]|$)/iu;
/** Verbs that make their agent the author of a document: "prepared by", "issued by", "drawn up by". */
const AUTHORING = String.raw`(?:prepared|issued|published|released|written|compiled|produced|sent|signed|authored|put\s+out|drawn\s+up)`;
const AUTHOR_AFTER_DOCUMENT = new RegExp(
  String.raw`^(?:\s+from|\s+by|[\s,–—]+${AUTHORING}\s+by)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:of|for|and|on|\p{Lu}[\p{L}\p{M}'’.&-]*))*)`,
  'u',
);
/**
 * What may stand between a document and its verb without being a clause of its own: a preposition's
 * phrase ("The report for ward councillors warns") or a participle's set off by commas or dashes
 * ("The study, funded by Jane Doe, a retired banker, says").
 */
const DOCUMENT_MODIFIER =
  /^(?:\s+(?:for|to|on|about|of|from|by|into|with|in)\s+[^,;:–—]*|\s*[,–—]\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|seen|written|sent|given|drawn(?:\s+up)?|shown|taken|signed|obtained)\s+[^;:]*|\s+(?:\p{Ll}{2,}ed|seen|written|sent|given|shown|taken|signed|obtained)\s+(?:by|on|in|to|at|from|for|with|last|this|earlier)\s+[^,;:–—]*)$/u;

/**
 * "The report for ward councillors warns", "The study, funded by Jane Doe, says": a document
 * that opens the clause is the verb's subject, and a name in the phrase after it is not, unless
 * that phrase names who issued it ("a statement from the Acme Group", "the report, published by
 * the Widget Institute,"). Bare "the statement said" is left to the nominal reading.
 */
export function documentSubject(text: string): Mention | null {
  const opening = DOCUMENT_OPENING.exec(text);
  if (!opening) return null;
  const head = lowerCase(opening[2]!);
  if (!DOCUMENT_NOUNS.has(head)) return null;
  const rest = text.slice(opening[0].length).replace(/[,–—\s]+$/, '');
  if (rest === '') return null;
  const author = AUTHOR_AFTER_DOCUMENT.exec(rest);
  if (author) {
    const name = author[1]!.replace(/\s+(?:of|for|and|on)$/, '').replace(/[.,]$/, '');
    return { kind: 'name', text: name, appositive: null };
  }
  const body = unnamedBodyAfterDocument(rest);
  if (body) return body;
  if (!DOCUMENT_MODIFIER.test(rest)) return null;
  const phrase = opening[1]!;
  return {
    kind: 'nominal',
    text: phrase,
    head,
    definite: /^(?:the|this|that|its|his|her|their)\s/i.test(phrase),
  };
}

/**
 * "from the defence ministry", "issued by the regional health authority": a body named only by a
 * common noun, opening what follows a document ("a statement from ..."), or null.
 */
const UNNAMED_BODY_AFTER_DOCUMENT = new RegExp(
  String.raw`^(?:\s+from|\s+by|[\s,–—]+${AUTHORING}\s+by)\s+((?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+))(?=[,;:.!?–—]|\s*$)`,
  'u',
);

/**
 * A statement issued by a body the article names only by a common noun ("a statement from the
 * defence ministry said") speaks for that body as written, as "the defence ministry said in a
 * statement" would: official statements are issued by bodies, and news copy often names the body
 * only by what it is. The head must be a noun for a body, so "a statement from the weekend" is not one.
 */
function unnamedBodyAfterDocument(rest: string): Mention | null {
  const m = UNNAMED_BODY_AFTER_DOCUMENT.exec(rest);
  const head = m?.[2];
  if (!m?.[1] || !head || !(ORG_NOUNS.has(head) || ORG_HEADS.has(head))) return null;
  return { kind: 'nominal', text: m[1], head, definite: true };
}

/**
 * "according to a statement from the Glen Rescue Team", "said a report by Acme Bank": a document
 * speaks for the body or person named as its source, as "X said in a statement" would.
 */
export function documentIssuedBy(words: string[]): Mention | null {
  if (!DETERMINERS.has(lowerCase(bare(words[0] ?? '')))) return null;
  const noun = words[1] ?? '';
  if (noun !== bare(noun) || !DOCUMENT_NOUNS.has(lowerCase(noun))) return null;
  if (!/^(?:from|by)$/i.test(words[2] ?? '')) return null;
  const at = /^the$/i.test(words[3] ?? '') ? 4 : 3;
  const run = nameRunAt(words, at);
  if (run.tokens.length === 0 || isOnlyTitles(run.tokens))
    return unnamedBodyAfterDocument(` ${words.slice(2, 9).join(' ')}`);
  return { kind: 'name', text: run.tokens.join(' '), appositive: null };
}
