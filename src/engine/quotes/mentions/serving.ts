/**
 * "a senior aide to the mayor said", "said an adviser to Vance": "to" after a noun for a person
 * ties that person to whom they serve, as "for" and "of" do ("a spokesman for the governor").
 * The served person or office did not speak; the aide did, and is shown as written. Unlike "for"
 * or "of", "to" also follows things and motions ("a letter to the mayor", "a visit to Leeds"), so
 * it links only after a noun for a person (a role or an agent noun). Issue 11, session 14.
 */

import { isRoleNoun } from '../../lexicon/titles.js';
import { isAgentNoun } from './speakers.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const SMALL_LETTERS_ONLY = /^\p{Ll}+$/u;

/** True when `link` ties the noun `head` before it to a served person or body. */
export function servesThrough(link: string, head: string): boolean {
  return link === 'to' && SMALL_LETTERS_ONLY.test(head) && (isRoleNoun(head) || isAgentNoun(head));
}
