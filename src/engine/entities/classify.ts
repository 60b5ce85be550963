/**
 * What kind of name is a span? Gazetteers first, then cue words inside the span, then the
 * context around it (a title before, a verb of saying after, "in" before), then the shape
 * of the span itself (given name first, several capitalised words).
 */

import { isCommonWord } from '../lexicon/commonWords.js';
import { isFirstName } from '../lexicon/firstNames.js';
import { isRoleModifier, isRoleNoun, isTitle } from '../lexicon/titles.js';
import { isOrgCueWord, isOrgOfHead, lookupOrganization } from '../lexicon/organizations.js';
import { demonymOf, isCountry, lookupPlace } from '../lexicon/places.js';
import { isAllUpper, isParticle, isSayVerb } from './names.js';
import type { Span } from './spans.js';
import type { Token } from './tokenize.js';

export type Kind = 'person' | 'organization' | 'place' | 'other' | 'unknown';

export interface Classified {
  kind: Kind;
  /** Canonical name for gazetteer hits ("United States"), else null. */
  canonical: string | null;
}

/** Last words that make a multi-word name a place ("Rugby Park", "al-Alam palace"). */
const PLACE_TAILS = new Set(
  `Street Road Avenue Lane Boulevard Square Park Bridge River Lake Mountain Mountains Mount Island Islands Valley
  Bay Coast Beach Airport Stadium Palace Castle Tower Camp Province District Region Strait Sea Ocean Peninsula
  Desert Heights Hills Hill Town Village Port Harbour Harbor Canal Forest Falls Springs Creek Crossing Border
  Field Fields Ground Arena Oval Circuit Cathedral Abbey Plaza Gardens Prefecture Governorate Oblast Territory`
    .split(/\s+/)
    .filter(Boolean),
);

/** Place tails no surname shares ("Grace Road", "Changi Prison"): they beat a leading given name. */
const PLACE_ONLY_TAILS = new Set(
  `Street Road Avenue Boulevard Square Airport Stadium Palace Castle Cathedral Abbey Plaza Gardens Prison Jail
  Motel Hotel Arena Oval Circuit Province District Region Strait Sea Ocean Peninsula Desert River Lake Mountains
  Island Islands Valley Canal Prefecture Governorate Oblast Territory Harbour Harbor Coast Beach`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words of names of events, laws, prizes and works: real names, but neither people nor places. */
const OTHER_TAILS = new Set(
  `Cup Championship Championships Open Games Olympics Olympic War Act Bill Award Awards Prize Day Festival Series
  Tour Trophy Prix Summit Plan Agreement Accord Accords Treaty Doctrine Deal Convention Protocol Initiative Week
  Year Index Classic Masters Marathon Derby Rally Show Expo Bowl Medal Revolution Spring Crisis Law Code Report`
    .split(/\s+/)
    .filter(Boolean),
);

function words(tokens: Token[], span: Span): string[] {
  return tokens.slice(span.start, span.end).map((t) => t.text);
}

function titleCase(word: string): string {
  return word.length <= 1 ? word : word[0] + word.slice(1).toLowerCase();
}

/** The span as a name string; shouted words are title-cased so they meet their mixed-case forms. */
export function spanText(tokens: Token[], span: Span, shouting: boolean): string {
  let text = '';
  for (let k = span.start; k < span.end; k++) {
    const w = tokens[k]?.text ?? '';
    const shown = shouting && w.length > 3 && !w.includes('.') ? titleCase(w) : w;
    text = k === span.start ? shown : `${text} ${shown}`;
  }
  // Most spans hold no dot; the regexes that glue initials ("J. R.") only run when one does.
  if (!text.includes('.')) return text;
  return text.replace(/ \./g, '.').replace(/\. (?=\p{Lu}\.)/gu, '.');
}

function lookupOrg(text: string, shouting: boolean): string | undefined {
  // Case carries meaning for short acronyms ("IS", "AP"), which shouting text cannot show.
  if (shouting && !/\s/.test(text) && text.length < 4) return undefined;
  return lookupOrganization(text);
}

export function gazetteer(text: string, shouting: boolean): Classified | null {
  const org = lookupOrg(text, shouting);
  if (org) return { kind: 'organization', canonical: org };
  const place = lookupPlace(text);
  if (place) return { kind: 'place', canonical: place };
  return null;
}

/**
 * Two to four name words with no digits, acronyms, frequent words or title words: the shape of
 * "Vandante Patel" or "Joost van der Westhuizen", not of "Red Star" or "Kevin Brown Lowers ERA".
 */
function looksLikePersonalName(ws: string[]): boolean {
  const named = ws.filter((w) => !isParticle(w) && w !== '.');
  if (named.length < 2 || named.length > 4) return false;
  return named.every(
    (w, i) =>
      !/\d/.test(w) &&
      !(w.length > 1 && isAllUpper(w) && !/\.$/.test(w)) &&
      !(w.length > 1 && isCommonWord(w)) &&
      !(i === 0 && (isTitle(w) || isRoleModifier(w))) &&
      // "Prominent Canadian examples": a nationality closing the run describes what follows, unless
      // a given name leads it ("Dawn French").
      !(i === named.length - 1 && !isFirstName(named[i - 1] ?? '') && demonymOf(w) !== undefined) &&
      // "Real Madrid", "Austria Draw": a known place inside makes a team, firm or headline, unless
      // a given name leads ("Tom Jordan" is settled before this test).
      lookupPlace(w) === undefined,
  );
}

/** Abbreviations that are not bodies: time zones, measures, diseases, job titles. */
const NON_ORG_ACRONYMS = new Set(
  `GMT EDT EST PST CST BST CET UTC GDP GNP CPI PPI AIDS HIV SARS DNA CEO CFO COO CTO MP MPs PM AM TV ID IPO VAT ERA RBI
  ATM SUV GPS USB PC PR HR IT AI OK UK US EU UN VIP MVP NBA`
    .split(/\s+/)
    .filter(Boolean),
);

/** "IRGC", "NATO": two to five capitals, not a Roman numeral, a frequent word or a known non-body. */
function isAcronym(word: string): boolean {
  return (
    /^\p{Lu}{2,5}$/u.test(word) &&
    !/^[IVXL]+$/.test(word) &&
    !isCommonWord(word) &&
    !NON_ORG_ACRONYMS.has(word)
  );
}

/** The longest known place the words start with, short of all of them ("San Francisco" Giants). */
function placePrefix(ws: string[]): { canonical: string; length: number } | null {
  for (let n = Math.min(ws.length - 1, 3); n >= 1; n--) {
    const canonical = lookupPlace(ws.slice(0, n).join(' '));
    if (canonical) return { canonical, length: n };
  }
  return null;
}

export interface Context {
  tokens: Token[];
  shouting: boolean;
  /** A title or honorific stands before the span. */
  titled: boolean;
  /** Words the document writes in lower case ("note", "issue"): shouted, they are no acronyms. */
  lower: ReadonlySet<string>;
}

/** "NOTE", "CALL", "Detroit, MI": capitals the article also writes as a word, or a postal code after a comma. */
function isOrgAcronym(word: string, tokens: Token[], span: Span, lower: ReadonlySet<string>): boolean {
  if (!isAcronym(word)) return false;
  if (word.length >= 4 && lower.has(word.toLowerCase())) return false;
  return !(word.length === 2 && tokens[span.start - 1]?.text === ',');
}

export function classify(span: Span, ctx: Context): Classified {
  const { tokens, shouting } = ctx;
  const ws = words(tokens, span);
  const text = spanText(tokens, span, shouting);
  const first = ws[0] ?? '';
  const last = ws[ws.length - 1] ?? '';
  const known = gazetteer(text, shouting);
  const multi = ws.length > 1;
  // A given name followed by more name words is a person even if the whole reads as a place
  // ("Jordan Henderson", "Georgia Smith"); on its own, the gazetteer wins.
  if (known && !(multi && isFirstName(first) && !lookupPlace(text))) return known;
  if (demonymOf(text) || ws.every((w) => demonymOf(w) || isParticle(w)))
    return { kind: 'other', canonical: null };
  if (isOrgCueWord(last) || (multi && isOrgOfHead(first) && ws.some((w) => w.toLowerCase() === 'of')))
    return { kind: 'organization', canonical: null };
  if (multi && PLACE_ONLY_TAILS.has(last)) return { kind: 'place', canonical: null };
  // "Chris Lane" is a person before "Lane" can make a street of it.
  if (multi && isFirstName(first) && looksLikePersonalName(ws)) return { kind: 'person', canonical: null };
  if (multi && PLACE_TAILS.has(titleCase(last))) return { kind: 'place', canonical: null };
  if (multi && OTHER_TAILS.has(titleCase(last))) return { kind: 'other', canonical: null };
  if (demonymOf(first)) return { kind: 'other', canonical: null };
  if (ctx.titled) return { kind: 'person', canonical: null };
  if (multi && isFirstName(first)) return { kind: 'person', canonical: null };
  // A known place followed by more words is a team, company or body named after it ("Leeds United").
  // Not after a country, though: "Austria Draw" is a headline, not a body.
  const town = placePrefix(ws);
  if (town && !isCountry(town.canonical) && !isFirstName(ws[town.length] ?? ''))
    return { kind: 'organization', canonical: null };
  if (!shouting && !multi && isOrgAcronym(first, tokens, span, ctx.lower))
    return { kind: 'organization', canonical: null };
  const before = tokens[span.start - 1]?.text ?? '';
  const after = tokens[span.end]?.text ?? '';
  // "Arsenal striker Thierry Henry": a name before a lower-case role noun and another name is the
  // body the person works for, not a person.
  const next = tokens[span.end + 1]?.text ?? '';
  if (isRoleNoun(after) && after === after.toLowerCase() && /^\p{Lu}/u.test(next) && !ctx.titled)
    return { kind: 'unknown', canonical: null };
  const speaks = isSayVerb(after) || (isSayVerb(before) && before.toLowerCase() !== 'told');
  // "Eyewitnesses said", "Refugees say": a plural noun opening the sentence. A surname ending in -s
  // ("Jones said") is still found when the article gave the full name first (see resolve.ts).
  const pluralOpener = span.start === 0 && !multi && first.length > 4 && /[^s']s$/.test(first);
  if (speaks && !pluralOpener && (!multi || looksLikePersonalName(ws)))
    return { kind: 'person', canonical: null };
  if (multi && looksLikePersonalName(ws) && !(shouting && !isFirstName(first)))
    return { kind: 'person', canonical: null };
  if (multi) return { kind: 'unknown', canonical: null };
  // A lone given name is a person, except where a place would stand ("in Duncan").
  const placeSlot = /^(?:in|near|at|outside|from)$/.test(tokens[span.start - 1]?.text ?? '');
  if (!multi && !placeSlot && isFirstName(first) && !(shouting && isAllUpper(first) && first.length <= 3))
    return { kind: 'person', canonical: null };
  return { kind: 'unknown', canonical: null };
}
