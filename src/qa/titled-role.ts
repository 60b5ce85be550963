import { isTitleAbbreviation } from './role-extent.js';

/**
 * "Montana Sen.", "Republican Rep.", "former Arkansas Gov.": a role ending in a rank's
 * abbreviation still tells only the rank, with the state, party or "former" before it; news
 * writing gives the post or what the person is in an apposition or a later role, which
 * `identity.ts` adds after it as it does after a bare "Sen.".
 */
export function endsInTitleAbbreviation(role: string): boolean {
  const last = role.trim().split(/\s+/).pop() ?? '';
  return isTitleAbbreviation(last);
}
