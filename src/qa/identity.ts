import { lookupPlace } from '../engine/lexicon/places.js';
import type { NamedEntity, ParsedArticle, Person } from '../engine/schema.js';
import { namesOf } from './facts.js';
import { HOME_TAG, isTitleAbbreviation, roleThroughComplement } from './role-extent.js';
import { roleSetBefore } from './role-before.js';
import { roleWithModifiers } from './role-modifiers.js';
import { endsInTitleAbbreviation } from './titled-role.js';
import { findName, isStopWord } from './text.js';

/**
 * "who is Abram Paley?": the person's role as the article gives it, with the sentence that says
 * so. Without a role, the body news writing puts in the possessive before a name ("the Tribune's
 * Ana Ruiz", "Norland's Ivo Brandt": the outlet, firm or country the person belongs to).
 */
export function identityAnswer(
  parsed: ParsedArticle,
  person: Person | null,
  entity: NamedEntity | null,
  asked?: string,
): { text: string; sentence: number } | null {
  if (person) {
    const role = describingRole(person.roles);
    const names = namesOf(person);
    const mentioning = parsed.sentences.findIndex((s) => names.some((n) => findName(s, n) >= 0));
    if (!role)
      return (
        possessorOf(parsed, names, person.name) ??
        appositionOf(parsed, names, person.name) ??
        setBefore(parsed, names, person.name)
      );
    const withRole = parsed.sentences.findIndex(
      (s) => s.includes(role) && names.some((n) => findName(s, n) >= 0),
    );
    const sentence = withRole >= 0 ? withRole : Math.max(0, mentioning);
    const said = parsed.sentences[withRole] ?? '';
    const through = withRole >= 0 ? roleThroughComplement(said, wholeRole(said, role)) : role;
    // "Harbour Board deputy chair Ana Ruiz": the modifiers before a role standing before the name.
    const whole = isTitleAbbreviation(through) ? through : roleWithModifiers(said, through, names);
    return { text: `${person.name}: ${withDescription(parsed, person, names, whole)}`, sentence };
  }
  if (entity) {
    const names = namesOf(entity);
    const sentence = parsed.sentences.findIndex((s) => names.some((n) => findName(s, n) >= 0));
    if (sentence < 0) return null;
    return { text: parsed.sentences[sentence] ?? '', sentence };
  }
  // A name the engine did not take for a person: the possessive before it, when there is one.
  return asked ? (possessorOf(parsed, [asked], asked) ?? appositionOf(parsed, [asked], asked)) : null;
}

/**
 * A party label read as a role ("Democrats Ana Ruiz, Ivo Kell and ...") says less than the
 * description the article also gives ("the former mayor of Kell"): a later role is preferred.
 * On PolNeAR train articles 200-259, 15 people had a one-word first role and another after it;
 * where the first was a party label (3), the later one was the description.
 */
function describingRole(roles: readonly string[]): string | undefined {
  const first = roles[0];
  if (first && PARTY_LABEL.test(first)) return roles[1] ?? first;
  return first;
}

/**
 * "Sen." or "Rep." alone (or with a state or party before it, titled-role.ts) tells the rank, not
 * the post: news writing gives the post in a later role or an apposition ("Rep. Ana Ruiz (D-Kell),
 * chairman of the Harbour Committee"), which is added after the title (the title stays, since it
 * is still an answer).
 */
function withDescription(
  parsed: ParsedArticle,
  person: Person,
  names: readonly string[],
  role: string,
): string {
  if (!endsInTitleAbbreviation(role)) return role;
  const later = person.roles.slice(1).find((r) => !isTitleAbbreviation(r) && !PARTY_LABEL.test(r));
  const described = later ?? appositionAfter(parsed, names, true)?.text;
  return described ? `${role}, ${described}` : role;
}

const PARTY_LABEL = /^(?:Democrats?|Republicans?|Independents?|Libertarians?|Conservatives?|Liberals?)$/;

/** "the board's new chair, Ida Moss, said": the description set off before the name (role-before.ts). */
function setBefore(
  parsed: ParsedArticle,
  names: readonly string[],
  display: string,
): { text: string; sentence: number } | null {
  const found = roleSetBefore(parsed, names);
  return found ? { ...found, text: `${display}: ${found.text}` } : null;
}

/**
 * "Ida Moss, the town's harbour master, said ...": the noun phrase set off by commas right after
 * the name, opened by a determiner or a possessive, is what news writing says the person is.
 */
function appositionOf(
  parsed: ParsedArticle,
  names: readonly string[],
  display: string,
): { text: string; sentence: number } | null {
  const found = appositionAfter(parsed, names, false);
  return found ? { ...found, text: `${display}: ${found.text}` } : null;
}

/** The apposition itself; `pastHome` first steps over a home state or party tag after the name. */
function appositionAfter(
  parsed: ParsedArticle,
  names: readonly string[],
  pastHome: boolean,
): { text: string; sentence: number } | null {
  return atFullName(parsed, names, (s, at, name) => {
    const rest = s.slice(at + name.length);
    const m = APPOSITION.exec(pastHome ? rest.replace(HOME_TAG, '') : rest);
    return m?.[1] ?? null;
  });
}

/**
 * What `read` finds beside the first mention of one of the person's full names (two words or
 * more: a surname alone is too often someone else's), with the sentence it is in.
 */
function atFullName(
  parsed: ParsedArticle,
  names: readonly string[],
  read: (sentence: string, at: number, name: string) => string | null,
): { text: string; sentence: number } | null {
  for (const [index, s] of parsed.sentences.entries()) {
    for (const name of names) {
      if (!name.includes(' ')) continue;
      const at = findName(s, name);
      if (at < 0) continue;
      const text = read(s, at, name);
      if (text) return { text, sentence: index };
    }
  }
  return null;
}

/**
 * Closed by a comma, or by the sentence's end: "..., said Ida Moss, a pollster at Kell College."
 * On PolNeAR train articles 200-299, 35 of 35 "said <full name>, <a|the|...> ... ." ending a
 * sentence said what the person is.
 */
const APPOSITION =
  /^,\s+((?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.-]*['’]s?)\s+[^,;:.!?"“”]{2,80}?)\s*(?:,|\.\s*$)/u;

/**
 * A role that stops inside a name ("an organiser with the Harbour Trust" of "an organiser with
 * the Harbour Trust for Fair Rents,"): the apposition runs on to its comma, so capitalised words
 * joined by "for", "of", "and", "on" or "the" after it belong to the role.
 */
export function wholeRole(sentence: string, role: string): string {
  const at = sentence.indexOf(role);
  if (at < 0 || !/\p{Lu}[\p{L}'’.&-]*$/u.test(role)) return role;
  const rest = sentence.slice(at + role.length);
  const m =
    /^(?:\s+(?:for|of|and|on|the|&)(?:\s+(?:the|of|and|for|&))*(?:\s+\p{Lu}[\p{L}'’.&-]*)+)+(?=\s*(?:[,.;:)—–]|$))/u.exec(
      rest,
    );
  return m ? role + m[0] : role;
}

/**
 * "the Tribune's Ana Ruiz", "Norland's Ivo Brandt": a capitalised possessive right before the
 * name. In a sample of PolNeAR training text, every such possessive before a person's name was
 * the outlet, firm or country the person belongs to ("CNN's <reporter>", "<state>'s <governor>").
 */
function possessorOf(
  parsed: ParsedArticle,
  names: readonly string[],
  display: string,
): { text: string; sentence: number } | null {
  return atFullName(parsed, names, (s, at) => {
    const m = POSSESSOR_BEFORE.exec(s.slice(Math.max(0, at - 80), at));
    // "As the Tribune's ...": a sentence's opening word is no part of the possessor.
    const words = (m?.[1] ?? '').trim().split(/\s+/);
    while (words.length > 1 && isStopWord(words[0]!) && !/^the$/i.test(words[0]!)) words.shift();
    const owner = words.join(' ');
    return owner && !/^the$/i.test(owner) ? `${display}, of ${owner}` : null;
  });
}

const POSSESSOR_BEFORE =
  /((?:\b[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*)['’]s\s+$/u;

/** Kinds of body a reporter, host or columnist works for: "which newspaper", "what network". */
const OUTLET_NOUNS = new Set(
  'newspaper newspapers paper papers outlet outlets network networks channel channels station stations broadcaster broadcasters publication publications magazine magazines website websites site'.split(
    ' ',
  ),
);

/**
 * "Which network is Ana Ruiz with?", "which publication does Ivo Brandt write for?": the outlet
 * news writing puts beside a journalist's full name, "Ana Ruiz of the Harbour Times" or "the
 * Harbour Times' Ana Ruiz". `asked` is the question's kind noun; `named` the names it mentions.
 * A known place there ("Sen. Ivo Kell of Ohio") is a state, never an outlet.
 */
export function outletOfPerson(
  parsed: ParsedArticle,
  asked: string | null,
  named: readonly string[],
): { text: string; sentence: number } | null {
  if (!asked || !OUTLET_NOUNS.has(asked)) return null;
  const person = parsed.people.find((p) =>
    named.some((n) => n.includes(' ') && namesOf(p).some((m) => sameName(m, n))),
  );
  if (!person) return null;
  const names = namesOf(person).filter((n) => n.includes(' '));
  // The engine's place tags take many an unfamiliar outlet's name for a place: only a place its
  // gazetteer knows is ruled out.
  const usable = (body: string) => !lookupPlace(body.replace(/^the\s+/i, ''));
  for (const [index, s] of parsed.sentences.entries()) {
    for (const name of names) {
      const at = findName(s, name);
      if (at < 0) continue;
      const of = OF_BODY.exec(s.slice(at + name.length));
      const body = of?.[1]?.replace(/\.$/, '');
      if (body && usable(body)) return { text: body, sentence: index };
    }
  }
  const owner = possessorOf(parsed, names, person.name);
  const body = owner?.text.slice(`${person.name}, of `.length);
  return owner && body && usable(body) ? { text: body, sentence: owner.sentence } : null;
}

/** ", of the Harbour Times", " of Norland News": capitalised words right after "<name> of". */
const OF_BODY = /^,?\s+of\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})/u;

/** Names compared with apostrophes folded: a question typed "O'Hara" finds "O’Hara". */
function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.replace(/’/g, "'").toLowerCase();
  return fold(a) === fold(b);
}
