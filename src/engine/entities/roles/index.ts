/**
 * Roles of people, read from the sentences with the grammar news writing uses to say who someone
 * is. It takes people (names and aliases) and sentence text in, and gives roles out, so it does
 * not depend on how names were found:
 *
 * - a title or description before the name: "Prime Minister Rishi Sunak", "Dunmore chairman
 *   Tom Vane", "former astronaut Ada Brill", "Arts Council president and CEO X";
 * - a list after a plural role: "first-team players A, B and C", "suspects A and B";
 * - a world ranking before the name: "world No 1 X";
 * - a squad implied by plural team-mates: "X and his Riverton team-mates" → "Riverton player";
 * - an appositive before the name: "Reid's lawyer, Sam Perrow," / "her sister, Princess Adela,";
 * - an appositive after it: "X, the US envoy for Iran," / "X, 45, landlord of the pub,";
 * - a relative clause: "X, who is the chief executive of Y";
 * - a predicate: "X was deputy head to Y", "X will be named as the school's head";
 * - a later definite description that refers back: "... under Carr when the manager resigned"
 *   gives Carr "manager" when nothing else gave him a role, and an office before a speech verb
 *   does too ("The Prime Minister said"); a bare "the manager said" never (as often someone the
 *   article does not name);
 * - the lead's description of someone the next sentence names ("A midwife has admitted ... .
 *   Jane X refused ...").
 * - roles stated with a verb (../role-agents.ts): an office held ("who heads Y" → head of Y,
 *   "Riverton, coached by X" → coach of Riverton), "his role as Y", counsel in a court report
 *   ("X, prosecuting,"), marriage ("A is married to B" → husband of A), a shared "co-" role.
 *
 * The title and photo captions are read too: they give roles to the people the body names.
 * Design notes: docs/decisions/013-roles-by-news-grammar.md.
 *
 * Roles are short and as written: an appositive keeps its article ("the US envoy for Iran"); a
 * title before the name has none, and a description that refers back drops its "the".
 *
 * This is the grammar's entry, the only module the rest of the engine imports: it assembles each
 * person's roles from the parts in this folder, one job to a module.
 */

import { isStateAbbreviation } from './town-state.js';
import type { Person, Gender } from '../../schema.js';
import type { Token } from '../tokenize.js';
import { genderedKin, spouseNoun } from '../role-agents.js';
import { lowerCase } from '../../lexicon/lower-case.js';
import { singular } from '../role-nouns.js';
import { isTitleAbbreviation } from '../../lexicon/titles.js';
import { OFFICE_REACH } from './words.js';
import type { Sentence, Occurrence, NameList } from './types.js';
import { roleTokens, tokenize, isTitleCased, containsWord } from './tokens.js';
import { unowned, cuesOf, findOccurrences, antecedent, CUE } from './occurrences.js';
import { listsOf, listRole, listAppositive, otherOfKind, sharedRoles } from './lists.js';
import { titlesBefore, titleSpan, rankingBefore, pluralAbbreviationBefore } from './titles.js';
import { appositionBefore, appositionAfter, affiliation } from './appositions.js';
import { predicate, appointedAs, namedAs } from './predicates.js';
import { officeBy } from './offices.js';
import {
  pronounPredicate,
  capacities,
  isPrepositionObject,
  possessedPosts,
  pronounOffices,
  pronounClauseOffices,
  teamOfMates,
} from './pronouns.js';
import { descriptions, properWords } from './descriptions.js';
import { ledeReferent } from './lede.js';
import {
  roleHeadNoun,
  kindOf,
  mentions,
  holderOf,
  heldBy,
  modifierWords,
  indefiniteHeads,
} from './referents.js';
import { marriages } from './marriages.js';
import { withoutTrailingVerb } from './trim.js';
import { ofPhraseTitleBefore } from './of-phrase-titles.js';
import { frontedAppositive } from './fronted-appositive.js';
import { namedDescription } from './named-description.js';
import { preposedDescription } from './set-before.js';
import { oneOfAfter } from './one-of-after.js';
import { predicatePastAppositive } from './predicate-past-appositive.js';
import { preposedAs } from './preposed-as.js';
import { namedPost } from './named-posts.js';
import { continuedSubject, subjectOfKind } from './sentence-subject.js';
import { insideRelativeOf } from './relative-subject.js';
import { descriptionSpeaks } from './reported-speaker.js';
import { sameOffice } from './office-kinds.js';
import { subjectDescribedAgain } from './description-referent.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

function lastWordOf(form: string): string {
  const at = form.lastIndexOf(' ');
  return at < 0 ? form : form.slice(at + 1);
}

/**
 * Roles for each person, from every sentence that names them; the people come back in the same
 * order with `roles` replaced. `sentences` are the clean body sentences the people were found in;
 * `asides` are the article's title and photo captions, which name the people of the story with
 * their roles ("former Dunmore manager Piet Vos") more often than the body does. Asides give
 * roles to the people they name, never people of their own, and no description in them refers back.
 * `sentenceTokens`, when given, are the entity stage's tokens of each body sentence (offsets into
 * that sentence), so the text is not tokenised a second time; a sentence without them is.
 */
export function readRoles(
  people: readonly Person[],
  sentences: readonly string[],
  asides: readonly string[] = [],
  sentenceTokens: readonly (readonly Token[] | undefined)[] = [],
): Person[] {
  // Only sentences that may name someone, and the few sentences after each (a description there
  // can refer back), are tokenised: a plain substring test on each name's last word decides.
  const lastWords = new Set<string>();
  for (const p of people) {
    lastWords.add(lastWordOf(p.name));
    for (const a of p.aliases) lastWords.add(lastWordOf(a));
  }
  const words = [...lastWords].filter((w) => w.length > 1);
  const body = sentences.length;
  // A title cut from the first sentence ("Jo Carden will be confirmed as…") says nothing new.
  const first = sentences[0] ?? '';
  const news = asides.filter((a) => {
    const cut = a.endsWith('…') ? a.slice(0, -1).trimEnd() : a;
    return cut !== '' && !first.startsWith(cut);
  });
  const texts = [...sentences, ...news];
  const hasName = texts.map((text) => words.some((w) => text.includes(w)));
  // A description may refer back to a name up to OFFICE_REACH sentences before it.
  const namedShortlyBefore = (i: number) => {
    for (let back = 1; back <= OFFICE_REACH && i - back >= 0; back++) if (hasName[i - back]) return true;
    return false;
  };
  // A headline run into the text as its first sentence may describe the person the lead names,
  // else the lead after it describes someone the sentence after names (lede.ts).
  const afterHeadline = body > 2 && sentences[0] === asides[0];
  const parsed: Sentence[] = texts.map((text, i) => {
    // The lead is read whatever it names: it may describe someone the next sentence names.
    const read = i === 0 || (i === 1 && afterHeadline) || hasName[i] || (i < body && namedShortlyBefore(i));
    const known = i < body ? sentenceTokens[i] : undefined;
    const tokens = !read ? [] : known ? roleTokens(text, known) : tokenize(text);
    const titleCase = i >= body && isTitleCased(tokens);
    return { text, tokens, owner: unowned(tokens.length), cues: cuesOf(tokens), titleCase };
  });
  const occ = findOccurrences(people, parsed);
  const bySentence = new Map<number, Occurrence[]>();
  for (const o of occ) {
    const list = bySentence.get(o.sentence);
    if (list) list.push(o);
    else bySentence.set(o.sentence, [o]);
  }
  const lists = new Map<Occurrence, NameList>();
  for (const [si, list] of bySentence) {
    const s = parsed[si];
    if (s) for (const [o, l] of listsOf(s, list)) lists.set(o, l);
  }
  const roles: string[][] = people.map(() => []);
  const add = (person: number, role: string | null) => {
    const cut = role && keepAbbreviationDot(role.trim(), role.replace(/[\s,.;:]+$/, '').trim());
    const trimmed = cut && withoutTrailingVerb(cut);
    const r = trimmed && genderedKin(trimmed, people[person]?.gender ?? null);
    if (!r || r.length < 2) return;
    const list = roles[person];
    if (list && !list.some((x) => lowerCase(x) === lowerCase(r))) list.push(r);
  };
  const shared: Array<{ person: number; role: string | null }> = [];
  for (const o of occ) {
    const s = parsed[o.sentence];
    if (!s) continue;
    const titles = titlesBefore(s, o);
    for (const title of titles) add(o.person, title);
    // "Vale's chief rival, Sen. X,": an appositive before the title.
    if (titles.length > 0) {
      const span = titleSpan(s, o, false);
      if (span && s.tokens[span.start - 1]?.text === ',')
        add(
          o.person,
          appositionBefore(s, { ...o, start: span.start }) ??
            preposedDescription(s, o) ??
            frontedAppositive(s, o),
        );
    }
    if (titles.length === 0)
      add(
        o.person,
        rankingBefore(s, o) ??
          listRole(s, o, lists.get(o)) ??
          pluralAbbreviationBefore(s, o) ??
          appositionBefore(s, o) ??
          preposedDescription(s, o) ??
          ofPhraseTitleBefore(s, o) ??
          namedDescription(s, o) ??
          frontedAppositive(s, o),
      );
    add(
      o.person,
      appositionAfter(s, o) ?? oneOfAfter(s, o) ?? predicate(s, o) ?? affiliation(s, o) ?? appointedAs(s, o),
    );
    add(o.person, predicatePastAppositive(s, o));
    // "As governor of Norland, X signed ...": the capacity the subject acts in.
    add(o.person, preposedAs(s, o));
    const list = lists.get(o);
    const named = namedAs(s, list?.start ?? o.start);
    if (named) add(o.person, named);
    else if (list) shared.push({ person: o.person, role: listAppositive(s, list) });
    add(o.person, officeBy(s, o));
    // "during Vale's tenure as foreign secretary": the post the name's possessive holds.
    add(o.person, namedPost(s, o));
    add(o.person, otherOfKind(s, o));
  }
  // A description the person shares with the rest of a list ("A and B, two senior officials,")
  // says less than one given to them alone ("A, the deputy secretary,"): it comes after those.
  for (const { person, role } of shared) add(person, role);
  // "X warned fans. He is the club's chairman.": a pronoun's predicate, for the person it stands for.
  parsed.forEach((s, si) => {
    if (si === 0 || si >= body) return;
    const pronoun = pronounPredicate(s);
    if (!pronoun) return;
    const person = antecedent(people, bySentence.get(si - 1) ?? [], pronoun.gender);
    if (person === undefined) return;
    // A role never names its holder: "He was deputy to Saddam" is not Saddam's.
    const holder = people[person];
    const forms = holder ? [holder.name, ...holder.aliases] : [];
    if (!forms.some((f) => f !== '' && pronoun.role.includes(f))) add(person, pronoun.role);
  });
  // "In his role as chairman, X said": the office a person speaks or acts in.
  parsed.forEach((s, si) => {
    if (si >= body) return;
    if (!(s.cues & CUE.possessivePronoun)) return;
    for (const { at, role } of capacities(s)) {
      const here = bySentence.get(si) ?? [];
      // The person the clause is about: named after a phrase that opens the sentence, else before it.
      const person = (at === 0 ? here[0] : here.filter((o) => o.end <= at).at(-1))?.person;
      if (person !== undefined) add(person, role);
    }
  });
  // The lead's description of someone the next sentence names.
  const described =
    ledeReferent(parsed, bySentence, body, 0) ??
    (afterHeadline ? ledeReferent(parsed, bySentence, body, 1) : null);
  if (described && (roles[described.person]?.length ?? 0) === 0) add(described.person, described.role);
  // Definite descriptions last: only for people nothing else gave a role, and only when the
  // description's head is no other person's role (then it refers to that person instead). A
  // description qualified by a proper noun ("the Dunmore captain", "the Westport forward") is
  // specific enough to add to a person who has roles: the one whose roles name that club or
  // body, or else the person named last before it.
  const heads = new Map<string, number>();
  roles.forEach((list, p) => {
    for (const r of list) {
      const h = roleHeadNoun(r);
      if (h) heads.set(h, p);
    }
  });
  // "The only person it can refer to": of the people named in the sentence before the
  // description or, when it names no one before it, in the nearest sentence back (within
  // `reach`) that names someone, the one with no role yet. A person given a role already is seldom
  // the one a later description introduces ("Ann Vale met Mayor Ivo Lind. The Norland senator
  // said" is Vale's); two or more without one leave it open ("X said Y ... . The senator said",
  // "X believes that the nominee ..."), and so does no one.
  const soleUnroled = (si: number, at: number, reach = 1): number | undefined => {
    let found = false;
    let only = -2;
    const take = (o: Occurrence) => {
      found = true;
      if ((roles[o.person]?.length ?? 0) > 0) return;
      only = only === -2 || only === o.person ? o.person : -1;
    };
    for (const o of bySentence.get(si) ?? []) if (o.end <= at) take(o);
    let from = si;
    for (let back = 1; !found && back <= reach && si - back >= 0; back++) {
      from = si - back;
      for (const o of bySentence.get(from) ?? []) take(o);
    }
    if (only < 0) return undefined;
    // A name the occurrences leave out (a possessive: "after Vale's win, the senator said") is
    // someone with no role it may refer to as well.
    const cut = parsed[si]?.tokens[at]?.start ?? 0;
    let window = (parsed[si]?.text ?? '').slice(0, cut);
    if (from < si) window = `${parsed[from]?.text ?? ''} ${window}`;
    const own = lastWordOf(people[only]?.name ?? '');
    const other = people.some((p, k) => {
      if (k === only || (roles[k]?.length ?? 0) > 0) return false;
      const last = lastWordOf(p.name);
      return last.length > 2 && last !== own && OPENS_CAPITAL.test(last) && containsWord(window, last);
    });
    return other ? undefined : only;
  };
  // The subject of the sentence before a description (sentence-subject.ts).
  const before = { parsed, bySentence, roles };
  // Does someone else hold a role of the description's kind with nothing that tells it apart
  // ("Sen." before "the Norland senator"), or that very role ("Norland senator")? Then it may be theirs.
  const kindHeldElsewhere = (head: string, proper: readonly string[], not: number) =>
    roles.some(
      (list, p) =>
        p !== not &&
        list.some(
          (r) => sameOffice(kindOf(r), head) && (!r.includes(' ') || proper.every((w) => mentions([r], w))),
        ),
    );
  // The body sentence each person is first named in (the asides after the body never refer back).
  const firstSeen: number[] = people.map(() => body);
  for (const o of occ) if (o.sentence < (firstSeen[o.person] ?? body)) firstSeen[o.person] = o.sentence;
  // Heads of indefinite noun phrases read so far ("an employee of a car wash"): a later "the
  // employee" refers to that unnamed person, not to whoever was named last.
  const introduced = new Set<string>();
  const genders = people.map((p) => p.gender ?? null);
  parsed.forEach((s, si) => {
    if (si >= body) return;
    for (const d of s.cues & CUE.the ? descriptions(s) : []) {
      const head = singular(s.tokens[d.head]?.lower ?? '');
      if (d.reports && (bySentence.get(si) ?? []).some((o) => o.end <= d.start)) continue;
      const proper = properWords(s, d.start + 1, d.end);
      if (proper.length > 0) {
        const holder = heads.get(head);
        // Someone already holds this very role ("Dunmore captain" and "the Dunmore captain"): it is them.
        if (holder !== undefined && proper.every((w) => mentions(roles[holder] ?? [], w))) continue;
        // The person just named, when nothing gave them a role ("Voss ... the Westport
        // defender" beside the Westport manager); else the one whose role names the club.
        // The one person it can refer to, unless another holds a role naming that place or body
        // or a bare role of its kind; else the one whose role of that kind names the club.
        const last = soleUnroled(si, d.start);
        // Only someone named by now: a description refers back, never ahead.
        const byOrg = holderOf(
          roles.map((list, p) => ((firstSeen[p] ?? body) <= si ? list : [])),
          head,
          proper,
        );
        const person =
          last !== undefined && !kindHeldElsewhere(head, proper, last)
            ? last
            : byOrg >= 0
              ? byOrg
              : last === undefined
                ? (subjectOfKind(before, si, d.start, head, (p) => (firstSeen[p] ?? body) <= si) ??
                  // A description that acts (not speaks) continues the unroled subject before it.
                  (descriptionSpeaks(s, d.end) ? undefined : continuedSubject(before, si, d.start)))
                : undefined;
        // Else the subject the sentence before is about, roles or not (description-referent.ts).
        // Not past one person without a role named before it ("Mayor X met Y. The <nation> mayor"):
        // then it may be theirs, which the older readers weigh.
        const chosen =
          person ??
          (last !== undefined
            ? undefined
            : subjectDescribedAgain(
                before,
                { si, start: d.start, end: d.end, head, proper },
                (p) => (firstSeen[p] ?? body) <= si,
                genders,
              ));
        if (chosen === undefined) continue;
        add(chosen, d.text);
        heads.set(head, chosen);
        continue;
      }
      // A description refers back: only someone named by now can be the holder it means.
      const namedBy = (p: number) => (firstSeen[p] ?? body) <= si;
      if (d.bareSpeaker || heldBy(roles, namedBy, head, modifierWords(s, d.start + 1, d.head))) continue;
      if (introduced.has(head)) continue;
      const reach = d.office ? OFFICE_REACH : 1;
      const last =
        soleUnroled(si, d.start, reach) ??
        continuedSubject(before, si, d.start) ??
        subjectDescribedAgain(before, { si, start: d.start, end: d.end, head, proper }, namedBy, genders);
      if (last === undefined) continue;
      // "X, who called Y after the winner ...": the clause's "who" is X, its description someone else.
      if ((bySentence.get(si) ?? []).some((o) => o.person === last && insideRelativeOf(s, o, d.start)))
        continue;
      add(last, d.text);
      heads.set(head, last);
    }
    if (s.cues & CUE.indefinite) for (const head of indefiniteHeads(s)) introduced.add(head);
  });
  // Roles stated with a verb or a possessive come last: they add to what the grammar above read
  // and never stop a description from referring back.
  // The person a pronoun of that gender stands for, at token `at` of sentence `si`: the last one
  // named before it in the sentence with that gender, else the last whose gender is unknown, else
  // (in the body) the sentence before's; never one of `not` (a marriage's partners are not its
  // subject). A caption stands alone: its pronoun refers within it.
  const referent = (si: number, at: number, gender: Gender, not: ReadonlySet<number> = new Set()) => {
    const before = (bySentence.get(si) ?? [])
      .filter((o) => o.end <= at && !not.has(o.person) && !isPrepositionObject(parsed[si], o))
      .reverse();
    const genderOf = (o: Occurrence) => people[o.person]?.gender ?? null;
    const found =
      before.find((o) => gender !== null && genderOf(o) === gender) ??
      before.find((o) => gender === null || genderOf(o) === null);
    if (found) return found.person;
    const inBody = si > 0 && si < body;
    return inBody && gender !== null ? antecedent(people, bySentence.get(si - 1) ?? [], gender) : undefined;
  };
  // The body, the title and the captions: a caption states roles as the body does.
  parsed.forEach((s, si) => {
    // "X is giving up his role as Riverton coach"; "... because he still manages Y".
    const posts = s.cues & CUE.possessivePronoun ? possessedPosts(s) : [];
    const offices = s.cues & CUE.subjectPronoun ? [...pronounOffices(s), ...pronounClauseOffices(s)] : [];
    for (const { at, gender, role } of [...posts, ...offices]) {
      const person = referent(si, at, gender);
      if (person !== undefined) add(person, role);
    }
    // A role implied by one's team-mates is the weakest statement: only for someone with none.
    const mates = s.cues & CUE.teamMates && s.cues & CUE.possessivePronoun ? teamOfMates(s) : [];
    for (const { at, gender, role } of mates) {
      const person = referent(si, at, gender);
      if (person !== undefined && (roles[person]?.length ?? 0) === 0) add(person, role);
    }
    // "X is married to Y", "her marriage to Y": each partner is the subject's husband or wife.
    if (s.cues & CUE.co)
      for (const { role, partners } of sharedRoles(s, bySentence.get(si) ?? [], lists))
        for (const o of partners) add(o.person, role);
    if (!(s.cues & CUE.marriage)) return;
    const found = marriages(s, bySentence.get(si) ?? [], lists);
    const partners = new Set(found.flatMap((m) => m.partners.map((o) => o.person)));
    for (const m of found) {
      const subject = m.person >= 0 ? m.person : referent(si, m.subject, m.gender, partners);
      const married = subject === undefined ? undefined : people[subject];
      if (subject === undefined || !married) continue;
      const gender = married.gender ?? m.gender;
      for (const o of m.partners) {
        const partner = people[o.person];
        if (!partner || o.person === subject) continue;
        const noun = spouseNoun(partner.gender, gender);
        if (noun) add(o.person, `${noun} of ${married.name}`);
        const own = spouseNoun(gender, partner.gender);
        if (m.stated && m.partners.length === 1 && own) add(subject, `${own} of ${partner.name}`);
      }
    }
  });
  return people.map((p, i) => ({ ...p, roles: roles[i] ?? [] }));
}

/**
 * A role trimmed of the punctuation after it keeps a dot that belongs to its last word: an
 * abbreviated title ("Norland Gov.", "Army Capt.") or an initialism ("envoy to the U.N.").
 */
function keepAbbreviationDot(role: string, trimmed: string): string {
  if (role.charCodeAt(trimmed.length) !== 46) return trimmed;
  // "then-Sen.": the title after the prefix is the abbreviation.
  const last = trimmed.slice(trimmed.lastIndexOf(' ') + 1).replace(/^then-/i, '');
  const dotted =
    isTitleAbbreviation(last) ||
    /(?:^|[^\p{L}])(?:\p{Lu}\.)+\p{Lu}$/u.test(trimmed) ||
    // "a nurse from Larkin, Tex.": a state's abbreviation after its town (town-state.ts).
    (trimmed.endsWith(`, ${last}`) && isStateAbbreviation(last));
  return dotted ? `${trimmed}.` : trimmed;
}

export { personForDescription, roleHeadNoun } from './referents.js';
