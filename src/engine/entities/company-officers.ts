/**
 * "Velmar CEO Ada Vell", "a Velmar board member", "Velmar executives admitted ...": a name right
 * before the officers or owners only a company has is that company. A person's name is followed by
 * the people who work for that person ("Vell spokesman", "Vell aides", "Vell employees" of a
 * campaign or an office), never by a chief executive, a board or shareholders of their own.
 * A full name opening on a given name and a titled name stay people.
 */

import { isFirstName } from '../lexicon/first-names.js';
import { isListedGivenName } from '../ner/features.js';
import type { Mention } from './mentions/index.js';
import type { Token } from './tokenize.js';

/** Officers and owners of a company, one word, written right after its name. */
const COMPANY_OFFICERS = new Set(['CEO', 'C.E.O.', 'CFO', 'executives', 'shareholders', 'stockholders']);

/** The same, two words: "Velmar chief executive", "a Velmar board member". */
const COMPANY_OFFICER_PAIRS = new Set(['chief executive', 'board member', 'board members']);

export function isBeforeCompanyOfficer(tokens: readonly Token[], m: Mention): boolean {
  if (m.span.title || m.shouting) return false;
  const next = tokens[m.span.end]?.text ?? '';
  const pair = `${next} ${tokens[m.span.end + 1]?.text ?? ''}`;
  if (!COMPANY_OFFICERS.has(next) && !COMPANY_OFFICER_PAIRS.has(pair)) return false;
  const first = m.text.split(' ')[0] ?? '';
  return !(m.text.includes(' ') && (isFirstName(first) || isListedGivenName(first)));
}
