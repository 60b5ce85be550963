/**
 * Datelines ("KESTON (Wire) -") and credits ("By Jane Doe", "Photo: Jane Doe"): names there are
 * places or the story's makers, not someone in the story.
 */

import type { Span } from '../spans.js';
import { isAllUpper, startsUpper } from '../names.js';
import type { Token } from '../tokenize.js';
import { lookupOrganization } from '../../lexicon/organizations.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import type { SentenceMentions } from './types.js';

/** "LONDON (Reuters) -", "SEOUL 1996-08-30": a shouted first word before a dash, bracket or date. */
export function isDateline(s: SentenceMentions, span: Span): boolean {
  if (span.start !== 0) return false;
  const w = s.tokens[0]?.text ?? '';
  const next = s.tokens[span.end]?.text ?? '';
  return isAllUpper(w) && (next === '(' || next === '-' || next === '—' || /^\d{4}-\d\d-\d\d$/.test(next));
}

/** The word before "by" in a credit: "Reporting by", "Photos by". */
const CREDIT_VERB =
  /^(?:reporting|writing|editing|words|photos?|photographs?|pictures?|images?|video|footage|illustrations?|graphics?|additional)$/i;

/**
 * Is the word at `k` a picture source a credit names beside a photographer: an acronym in capitals
 * ("AFP", "EPA", "REUTERS"), a known body ("Reuters", "Facebook") or Getty?
 */
function isAgencyAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (w.length >= 2 && isAllUpper(w)) return true;
  return w === 'Getty' || (startsUpper(w) && lookupOrganization(w) !== undefined);
}

/**
 * "By Jane Doe", "Photo: Jane Doe", "Reporting by Jane Doe", "Image courtesy of Jane Doe": a credit
 * line, not someone in the story.
 */
export function isCredit(s: SentenceMentions, span: Span): boolean {
  const { tokens } = s;
  const before = lowerCase(tokens[span.start - 1]?.text ?? '');
  const short = tokens.length - span.end <= 3;
  // The credit verb is only read after "by" (most names have none before them).
  if (
    before === 'by' &&
    ((span.start === 1 && short) || CREDIT_VERB.test(tokens[span.start - 2]?.text ?? ''))
  )
    return true;
  // "Jane Doe/Getty Images", "AFP/Jane Doe", "Jane Doe / Reuters": a slash joins a photographer and
  // an agency. Only where the other side is one: results tables pair partners ("X (Italy) / Y
  // (Peru)") and prose pairs rivals ("the Vale/Okafor ticket") with a slash too.
  if (tokens[span.end]?.text === '/' && isAgencyAt(tokens, span.end + 1)) return true;
  if (before === '/' && isAgencyAt(tokens, span.start - 2)) return true;
  // "Image courtesy of Jane Doe", "Photo courtesy Jane Doe": who lent the picture.
  const courtesy = before === 'of' ? span.start - 2 : span.start - 1;
  if (
    lowerCase(tokens[courtesy]?.text ?? '') === 'courtesy' &&
    /^(?:photos?|photographs?|pictures?|images?|video|footage)$/i.test(tokens[courtesy - 1]?.text ?? '')
  )
    return true;
  const mark = tokens[span.start - 1]?.text ?? '';
  const label = lowerCase(tokens[span.start - 2]?.text ?? '');
  return (
    (mark === ':' || mark === '/') &&
    /^(?:photo|photos|photograph|picture|pictures|image|credit|illustration|video)$/.test(label)
  );
}
