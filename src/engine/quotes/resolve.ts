import type { Mention } from './mentions.js';
import { wordCount } from './text.js';
import { DOCUMENT_NOUNS, ORG_HEADS, ORG_NOUNS, PERSON_ROLE_NOUNS } from './lexicon.js';
import { type NameIndex, rolesOf, type Speaker, type SpeakerBook, splitTitles } from './names.js';

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'this', 'that']);

/** Where a quote sits, for looking back from it. */
export interface Place {
  sentence: number;
  /** Offset of the quote's opening in its paragraph. */
  offset: number;
}

/** How far back a pronoun or a role noun may reach for its person. */
const LOOKBACK_SENTENCES = 6;

export class SpeakerResolver {
  /** Speakers credited with quotes, per sentence, in order; they are the most salient antecedents. */
  private readonly quoted: Speaker[][];

  constructor(
    private readonly book: SpeakerBook,
    private readonly index: NameIndex,
  ) {
    this.quoted = index.bySentence.map(() => []);
  }

  /** Records a resolved quote so later pronouns can reach back to its speaker. */
  credit(sentence: number, speaker: Speaker): void {
    this.quoted[sentence]?.push(speaker);
  }

  resolve(mention: Mention, at: Place): Speaker | null {
    if (mention.kind === 'name') return this.byName(mention.text, mention.appositive);
    if (mention.kind === 'pronoun') return this.byPronoun(mention.text, at);
    return this.byNominal(mention.text, mention.head, mention.definite, at);
  }

  private byName(text: string, appositive: string | null): Speaker | null {
    const tokens = text.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
    const { titles, name } = splitTitles(tokens);
    if (name.length === 0) {
      const orgName = tokens.join(' ');
      if (!tokens.some((w) => ORG_HEADS.has(w.toLowerCase().replace(/\.$/, '')))) return null;
      return this.book.find(orgName, 'org') ?? this.book.add({ name: orgName, kind: 'org', gender: null, role: null, forms: new Set([orgName.toLowerCase()]), confirmed: true });
    }
    const fullName = name.join(' ');
    const known = this.book.find(fullName, 'person') ?? this.book.find(tokens.join(' '), 'org');
    if (known) {
      if (!known.role && appositive && hasRoleNoun(appositive)) known.role = appositive;
      return known;
    }
    const role = titles.length > 0 ? titles.join(' ') : appositive && hasRoleNoun(appositive) ? appositive : null;
    return this.book.add({ name: fullName, kind: 'person', gender: null, role, forms: new Set([fullName.toLowerCase()]), confirmed: true });
  }

  /**
   * Nearest preceding compatible person. A person whose gender is known to match, or who was already
   * credited with a quote, is a strong antecedent; a person of unknown gender only wins when no strong
   * one is in reach. Names elsewhere in the pronoun's own sentence are not its antecedent ("he said
   * the visit by President Xi ..."), so there only speakers already credited count.
   */
  private byPronoun(pronoun: string, at: Place): Speaker | null {
    if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'it') return null;
    const wanted = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
    const fits = (s: Speaker): boolean =>
      pronoun === 'it' ? s.kind === 'org' : s.kind === 'person' && s.confirmed && (s.gender === null || s.gender === wanted);
    const gendered = (s: Speaker) => s.gender !== null || pronoun === 'it';
    let weak: Speaker | null = null;
    let object: Speaker | null = null;
    for (let s = at.sentence; s >= 0 && s >= at.sentence - LOOKBACK_SENTENCES; s--) {
      const credited = (this.quoted[s] ?? []).filter(fits);
      const mentions = s === at.sentence ? [] : (this.index.bySentence[s] ?? []).filter((m) => fits(m.speaker));
      // A clause's subject outranks names in its object or its prepositions ("Smith criticised Jones ... he said").
      const subjects = mentions.filter((m) => m.subject).map((m) => m.speaker);
      const named = mentions.map((m) => m.speaker);
      // Other names count as strongly only in the sentence just before the pronoun.
      const near = s >= at.sentence - 1 ? named.filter(gendered) : [];
      const strong = [...credited, ...subjects.filter(gendered), ...near];
      if (strong[0]) return this.learn(strong[0], wanted);
      if (!object) object = named.find(gendered) ?? null;
      if (!weak) weak = subjects[0] ?? named[0] ?? null;
    }
    const found = object ?? weak;
    return found ? this.learn(found, wanted) : null;
  }

  /**
   * "Gingrich dismissed Estonia as the 'suburbs of St. Petersburg'": a quote set inside narration
   * with no speech cue belongs to the name that opens its clause, when one does.
   */
  /** "Durning did not need much coaxing. 'I'm thankful ...'": the subject of the sentence just before, in the same paragraph. */
  previousSubject(at: Place, sameParagraph: boolean): Speaker | null {
    if (!sameParagraph) return null;
    const opening = (this.index.bySentence[at.sentence - 1] ?? [])[0];
    return opening?.subject && opening.speaker.kind === 'person' && opening.speaker.confirmed ? opening.speaker : null;
  }

  clauseSubject(at: Place): Speaker | null {
    const opening = (this.index.bySentence[at.sentence] ?? []).find((m) => m.offset < at.offset);
    return opening?.subject && (opening.speaker.kind === 'org' || opening.speaker.confirmed) ? opening.speaker : null;
  }

  private learn(speaker: Speaker, gender: 'male' | 'female' | null): Speaker {
    if (speaker.kind === 'person' && !speaker.gender && gender) speaker.gender = gender;
    return speaker;
  }

  /**
   * "the mayor" → the person whose role holds "mayor"; "the ministry" → the organisation named with
   * it, else the organisation last mentioned; "her statement", "the RCMP statement" → their author.
   */
  private byNominal(text: string, head: string, definite: boolean, at: Place): Speaker | null {
    if (DOCUMENT_NOUNS.has(head)) return this.byAuthor(text, at);
    if (!definite) return null;
    const headRe = new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, '')}\\b`, 'iu');
    const isOrgNoun = ORG_NOUNS.has(head) || ORG_HEADS.has(head);
    if (!isOrgNoun) {
      const match = (s: Speaker) => s.kind === 'person' && rolesOf(s).some((r) => headRe.test(r));
      const byRole = this.recentlyMentioned(at, match) ?? only(this.book.speakers.filter(match));
      // "the lanky professor said", "said the rookie defenceman": a definite description of a
      // person refers back to the person the passage is about, the subject of a sentence just before.
      return byRole ?? (wordCount(text) <= 8 ? this.recentSubject(at) : null);
    }
    const named = (s: Speaker) => s.kind === 'org' && headRe.test(s.name);
    const found = this.recentlyMentioned(at, named) ?? only(this.book.speakers.filter(named));
    // "the company said" after "Suncor ...": a common noun for an organisation points back to the last one named.
    return found ?? (ORG_NOUNS.has(head) ? this.recentlyMentioned(at, (s) => s.kind === 'org', LOOKBACK_SENTENCES) : null);
  }

  /** Who wrote a statement, an office's reply or a post: its owner ("her", "its", "the RCMP", "Smith's"), else the last speaker. */
  private byAuthor(text: string, at: Place): Speaker | null {
    const words = text.split(/\s+/);
    const owner = (words[0] ?? '').toLowerCase();
    if (owner === 'his' || owner === 'her' || owner === 'its') return this.byPronoun(owner === 'his' ? 'he' : owner === 'her' ? 'she' : 'it', at);
    const modifier = words
      .slice(DETERMINER_WORDS.has(owner) ? 1 : 0, -1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .join(' ')
      .replace(/['’]s$/, '');
    if (modifier) return this.byName(modifier, null);
    if (owner !== 'the' && owner !== 'this' && owner !== 'that') return null;
    for (let s = at.sentence; s >= 0 && s >= at.sentence - 2; s--) {
      const credited = this.quoted[s] ?? [];
      if (credited.length > 0) return credited[credited.length - 1]!;
    }
    return null;
  }

  /** The person opening one of the few sentences before `at` (nearest first), or credited with a quote there. */
  private recentSubject(at: Place): Speaker | null {
    for (let s = at.sentence - 1; s >= 0 && s >= at.sentence - 2; s--) {
      const credited = (this.quoted[s] ?? []).filter((p) => p.kind === 'person');
      const subject = (this.index.bySentence[s] ?? []).find((m) => m.subject && m.speaker.kind === 'person' && m.speaker.confirmed);
      const found = subject?.speaker ?? credited[credited.length - 1];
      if (found) return found;
    }
    return null;
  }

  private recentlyMentioned(at: Place, match: (s: Speaker) => boolean, reach = LOOKBACK_SENTENCES * 2): Speaker | null {
    for (let s = at.sentence; s >= 0 && s >= at.sentence - reach; s--) {
      const mentions = (this.index.bySentence[s] ?? []).filter((m) => s !== at.sentence || m.offset < at.offset);
      const found = [...(this.quoted[s] ?? []), ...mentions.map((m) => m.speaker).reverse()].find(match);
      if (found) return found;
    }
    return null;
  }
}

function only(list: Speaker[]): Speaker | null {
  return list.length === 1 ? list[0]! : null;
}

function hasRoleNoun(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[\s']+/)
    .some((w) => PERSON_ROLE_NOUNS.has(w));
}
