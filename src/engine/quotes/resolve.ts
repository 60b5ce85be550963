import { countLetteredWords } from '../text/tokens.js';
import { AGE_NOUN, canSpeak, type Mention, namesSeveralPeople } from './mentions/index.js';
import { isFirstName } from '../lexicon/first-names.js';
import { isRoleNoun } from '../lexicon/titles.js';
import { isOpinionPiece, pieceInPaper } from './opinion-pieces.js';
import {
  DOCUMENT_NOUNS,
  speaksAsWritten,
  ORG_HEADS,
  MASTHEAD_WORDS,
  ORG_NOUNS,
  OUTLET_NOUNS,
  PARTY_MEMBER,
  SUBORDINATOR_ALTERNATION,
  TITLE_WORDS,
} from './lexicon.js';
import {
  type Mentioned,
  type NameIndex,
  rolesOf,
  type Speaker,
  type SpeakerBook,
  splitTitles,
} from './names.js';
import { lowerCase } from '../lexicon/lower-case.js';
import { describesOnlyUnnamed } from './anonymous.js';
import { isOnePersonDescription } from './described-speaker.js';
import { personOwner, personOwnsBody } from './owned-description.js';
import { tagsWithHead } from './repeated-description.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
const OPENS_CAPITAL = /^\p{Lu}/u;
const TWO_OR_MORE_CAPITALS = /^\p{Lu}{2,}$/u;
const SHORT_ACRONYM = /^\p{Lu}{2,6}$/u;

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'this', 'that']);

/** Where a quote sits, for looking back from it. */
export interface Place {
  sentence: number;
  /** Offset of the quote's opening in its paragraph. */
  offset: number;
}

/** How far back a pronoun or a role noun may reach for its person. */
const LOOKBACK_SENTENCES = 6;
const SUBORDINATE_OPENING = new RegExp(`^\\W*(?:as|if|${SUBORDINATOR_ALTERNATION})\\s`, 'i');
const ADJECTIVE_ENDING = /(?:al|ic|ous|ive|ful|less|able|ible|ary|ish)$/;
/** Sentences back a description ("the lanky professor") may look for the person the passage is about. */
const DESCRIPTION_REACH = 3;
/** However long a run of same-pronoun sentences, a pronoun never reaches further back than this. */
const MAX_CHAIN_SENTENCES = 30;

// Module functions, not closures in `byPronoun` (called for every pronoun cue): under tsx each
// closure made is named at run time, and the pattern, holding \p{...}, was built on every call.
/** A person "he" or "she" may stand for: confirmed, of the pronoun's gender or of none known. */
function fitsPronoun(s: Speaker, wanted: 'male' | 'female'): boolean {
  return s.kind === 'person' && s.confirmed && (s.gender === null || s.gender === wanted);
}

/** "Hale, he said, 'knows ...'": a tag set after the name is someone else speaking about him. */
const TAG_AFTER_NAME = /^[\p{L}\p{M}'’. -]+,\s*(?:he|she)\s+\p{Ll}+,/u;
function taggedAfterName(paragraph: string, m: Mentioned): boolean {
  return TAG_AFTER_NAME.test(paragraph.slice(m.offset, m.offset + 80));
}
/** Sentences a pronoun may always reach back over, whatever paragraphs lie between. */
const PRONOUN_NEAR_SENTENCES = 3;

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

  /** Is the description a body a person owns ("Koval's campaign", "her team"), which speaks as written? */
  ownedBody(text: string, head: string): boolean {
    return personOwnsBody(text, head, (name) => this.book.find(name, 'person') !== null);
  }

  resolve(mention: Mention, at: Place): Speaker | null {
    if (mention.kind === 'name') return this.byName(mention.text, mention.appositive, at);
    if (mention.kind === 'pronoun') return this.byPronoun(mention.text, at);
    return this.byNominal(mention.text, mention.head, mention.definite, at);
  }

  private byName(text: string, appositive: string | null, at?: Place): Speaker | null {
    const tokens = text.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
    const { titles, name } = splitTitles(tokens);
    // "says House": a surname that is also a title word, once the article has named its bearer.
    const bearer = name.length === 0 && tokens.length === 1 ? this.book.find(tokens[0]!, 'person') : null;
    if (bearer) return bearer;
    if (name.length === 0) {
      const orgName = tokens.join(' ');
      // "A statement from the UN said": an acronym standing alone names a body.
      if (!isBodyAcronym(orgName) && !tokens.some((w) => ORG_HEADS.has(lowerCase(w).replace(/\.$/, ''))))
        return null;
      return this.book.organisation(orgName, true);
    }
    // "the Daily Ledger reported": a run led by an organisation word that is no personal title
    // ("Daily", "Bank") names a body, unless a given name follows it.
    const orgLed = titles.length > 0 && titles.every((t) => isOrgWordOnly(t)) && !isFirstName(name[0] ?? '');
    if (orgLed) return this.book.organisation(tokens.join(' '), true);
    const fullName = name.join(' ');
    const known =
      (at && name.length === 1 ? this.latestOfSurname(fullName, at) : null) ??
      this.book.find(fullName, 'person') ??
      this.book.find(tokens.join(' '), 'org');
    if (known) {
      if (!known.role && appositive && hasRoleNoun(appositive)) known.role = appositive;
      return known;
    }
    // "Edmonton responded", "China said": a place the entity stage found, with no title before
    // it, speaks as the body it stands for (its team, its government), never as a new person.
    if (titles.length === 0 && this.book.places.has(lowerCase(fullName)))
      return this.book.organisation(fullName, true);
    const role =
      titles.length > 0 ? titles.join(' ') : appositive && hasRoleNoun(appositive) ? appositive : null;
    return this.book.add({
      name: fullName,
      kind: 'person',
      gender: null,
      role,
      forms: new Set([lowerCase(fullName)]),
      confirmed: true,
    });
  }

  /**
   * "says Thibault" when the article has named Marc Olivier Thibault and, later, his brother Luc
   * Thibault: the one named most recently.
   */
  private latestOfSurname(surname: string, at: Place): Speaker | null {
    const namesakes = this.book.namesakes(surname);
    if (namesakes.length < 2) return null;
    return this.recentlyMentioned(at, (s) => namesakes.includes(s));
  }

  /**
   * Nearest preceding compatible person, sentence by sentence: a speaker already credited with a
   * quote, then the subject of a clause (gender known to match first, then gender unknown), then, in
   * the sentence just before, another name of matching gender. Names that own something ("Parker's
   * plea") or follow a preposition are only a last resort. Names elsewhere in the pronoun's own
   * sentence are not its antecedent ("he said the visit by President Xi ..."), so there only
   * speakers already credited count. "it" and "they" speak for organisations.
   */
  private byPronoun(pronoun: string, at: Place): Speaker | null {
    if (pronoun === 'it' || pronoun === 'they') return this.byCollectivePronoun(pronoun, at);
    if (pronoun !== 'he' && pronoun !== 'she') return null;
    const wanted = pronoun === 'he' ? 'male' : 'female';
    let fallback: Speaker | null = null;
    let distracted = false;
    // Sentences led by the same pronoun ("He has a son. He plans to ...") carry the person along
    // and cost no reach: a profile may run many of them past the name.
    let reach = LOOKBACK_SENTENCES;
    for (let s = at.sentence; s >= 0 && reach >= 0 && s >= at.sentence - MAX_CHAIN_SENTENCES; s--) {
      if (distracted && !this.withinReach(at, s)) break;
      if (!(s < at.sentence && this.index.pronounSubject[s] === pronoun)) reach--;
      const credited = (this.quoted[s] ?? []).filter((q) => fitsPronoun(q, wanted));
      // "“...,” the candidate said. “...,” he continued.": the unnamed person of the quote just before.
      const described = s === at.sentence - 1 && credited.length === 0 ? this.quoted[s]?.at(-1) : undefined;
      if (described && isOnePersonDescription(described)) return described;
      // In the pronoun's own sentence only the subject opening it may be its antecedent
      // ("Zielny said she agreed ... 'more luck than judgement'"); other names there are not ("he said
      // the visit by Governor Hale ...").
      if (s === at.sentence) {
        const paragraph = this.index.paragraphs[this.index.paragraphOf[s] ?? 0] ?? '';
        // "Hale, he said, 'knows ...'": a tag set after the name is someone else speaking about him.
        const opener = (this.index.bySentence[s] ?? []).find(
          (m) =>
            m.offset < at.offset &&
            m.subject &&
            !m.oblique &&
            fitsPronoun(m.speaker, wanted) &&
            m.speaker.gender === wanted &&
            !taggedAfterName(paragraph, m),
        );
        if (opener && this.index.pronounSubject[s] !== pronoun) return opener.speaker;
      }
      const all = s === at.sentence ? [] : (this.index.bySentence[s] ?? []);
      const mentions = all.filter((m) => fitsPronoun(m.speaker, wanted));
      const direct = mentions.filter((m) => !m.oblique);
      const subjects = direct.filter((m) => m.subject).map((m) => m.speaker);
      // "He said the mill, run by Felix Aubert, ...": a sentence whose subject is the same pronoun
      // continues the same person, so the other names in it are not candidates.
      const continues = s < at.sentence && this.index.pronounSubject[s] === pronoun;
      const near = s >= at.sentence - 1 ? direct.map((m) => m.speaker).filter((p) => p.gender !== null) : [];
      const named = continues
        ? []
        : [...subjects.filter((p) => p.gender !== null), ...subjects.filter(looksLikeFullName), ...near];
      const strong = [...credited, ...named];
      if (strong[0]) return this.learn(strong[0], wanted);
      if (!fallback && !distracted && !continues)
        fallback = direct[0]?.speaker ?? mentions[0]?.speaker ?? null;
      // A clause about someone or something else in between: the passage has moved on.
      if (
        all.some(
          (m) =>
            m.subject &&
            !m.oblique &&
            !fitsPronoun(m.speaker, wanted) &&
            (m.speaker.kind === 'org' || m.speaker.confirmed),
        )
      )
        distracted = true;
    }
    // A last-resort guess teaches nothing about gender: a wrong one would mislead every later pronoun.
    return fallback;
  }

  /**
   * A pronoun reaches freely over the few sentences before it and the paragraph before its own;
   * beyond that only when nothing else has taken the stage.
   */
  private withinReach(at: Place, s: number): boolean {
    const here = this.index.paragraphOf[at.sentence] ?? 0;
    return at.sentence - s <= PRONOUN_NEAR_SENTENCES || (this.index.paragraphOf[s] ?? 0) >= here - 1;
  }

  /**
   * "it said", "they said": the organisation credited or named most recently, never a person (only
   * a body speaks as "it", so this reaches over paragraphs that name no organisation); but
   * "they" after "owners Anya Berg and Tomas Reil said ..." are the two people together.
   */
  private byCollectivePronoun(pronoun: string, at: Place): Speaker | null {
    if (pronoun === 'they') {
      const pair = this.coordinatedSubject(at.sentence - 1);
      if (pair) return pair;
    }
    for (let s = at.sentence; s >= 0 && s >= at.sentence - LOOKBACK_SENTENCES; s--) {
      const credited = (this.quoted[s] ?? []).filter((p) => p.kind === 'org');
      const mentions =
        s === at.sentence
          ? []
          : (this.index.bySentence[s] ?? []).filter((m) => m.speaker.kind === 'org' && !m.oblique);
      const found =
        credited[credited.length - 1] ?? mentions.find((m) => m.subject)?.speaker ?? mentions[0]?.speaker;
      if (found) return found;
    }
    return null;
  }

  /**
   * The people the article gives an age before `at`, each once with the first age read: "Ada Pell,
   * 46,", "Ada Pell (46)", "the 46-year-old Ada Pell", "46-year-old farmer Ada Pell". Read beside
   * each mention, so the scan is linear in them.
   */
  private agesGiven(at: Place): Array<{ speaker: Speaker; age: string }> {
    const found: Array<{ speaker: Speaker; age: string }> = [];
    for (let s = 0; s <= at.sentence; s++) {
      const paragraph = this.index.paragraphs[this.index.paragraphOf[s] ?? 0] ?? '';
      for (const m of this.index.bySentence[s] ?? []) {
        if (m.speaker.kind !== 'person' || found.some((a) => a.speaker === m.speaker)) continue;
        const age =
          AGE_AFTER_NAME.exec(paragraph.slice(m.offset, m.offset + AGE_WINDOW))?.[1] ??
          AGE_BEFORE_NAME.exec(paragraph.slice(Math.max(0, m.offset - AGE_WINDOW), m.offset))?.[1];
        if (age) found.push({ speaker: m.speaker, age });
      }
    }
    return found;
  }

  /** The pair joined as the subject of one of the few sentences before `at`, nearest first, or null. */
  private pairBefore(at: Place): Speaker | null {
    for (let s = at.sentence - 1; s >= 0 && s >= at.sentence - DESCRIPTION_REACH; s--) {
      const pair = this.coordinatedSubject(s);
      if (pair) return pair;
    }
    return null;
  }

  /** Two people joined by "and" as the subject of sentence `s`, as one speaker ("Anya Berg and Tomas Reil"). */
  private coordinatedSubject(s: number): Speaker | null {
    const mentions = this.index.bySentence[s] ?? [];
    const paragraph = this.index.paragraphs[this.index.paragraphOf[s] ?? 0] ?? '';
    for (let k = 0; k + 1 < mentions.length; k++) {
      const [first, second] = [mentions[k]!, mentions[k + 1]!];
      if (
        !first.subject ||
        first.speaker.kind !== 'person' ||
        second.speaker.kind !== 'person' ||
        first.speaker === second.speaker
      )
        continue;
      if (
        !/^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*\s+and\s+$/u.test(
          paragraph.slice(first.offset, second.offset),
        )
      )
        continue;
      const name = `${first.speaker.name} and ${second.speaker.name}`;
      return {
        name,
        kind: 'description',
        gender: null,
        role: null,
        forms: new Set([lowerCase(name)]),
        confirmed: true,
      };
    }
    return null;
  }

  /**
   * "Calder dismissed the plan as 'a gift to the richest families'": a quote set inside narration
   * with no speech cue belongs to the name that opens its clause, when one does.
   */
  /** "Dorsey needed no persuading. 'I am glad to be asked ...'": the subject of the sentence just before, in the same paragraph. */
  previousSubject(at: Place, sameParagraph: boolean): Speaker | null {
    if (!sameParagraph) return null;
    const opening = (this.index.bySentence[at.sentence - 1] ?? [])[0];
    return opening?.subject &&
      !opening.oblique &&
      opening.speaker.kind === 'person' &&
      opening.speaker.confirmed
      ? opening.speaker
      : null;
  }

  clauseSubject(at: Place): Speaker | null {
    const opening = (this.index.bySentence[at.sentence] ?? []).find((m) => m.offset < at.offset);
    if (opening?.subject && (opening.speaker.kind === 'org' || opening.speaker.confirmed))
      return opening.speaker;
    // "He voiced his 'anger' on Instagram, writing '...'": a sentence led by he or she.
    // The splitter may start a new sentence at the quote's capital ("..., writing" | "“It is ...”"):
    // a sentence that ends without a stop in the same paragraph is the quote's own clause.
    const s = at.sentence;
    const runOn =
      !opening &&
      this.index.paragraphOf[s - 1] === this.index.paragraphOf[s] &&
      /[\p{L},:]$/u.test((this.index.sentences[s - 1] ?? '').trimEnd());
    const pronoun = this.index.pronounClause[runOn ? s - 1 : s];
    return pronoun && !opening?.subject ? this.byPronoun(pronoun, at) : null;
  }

  private learn(speaker: Speaker, gender: 'male' | 'female' | null): Speaker {
    if (speaker.kind === 'person' && !speaker.gender && gender) speaker.gender = gender;
    return speaker;
  }

  /**
   * "the mayor" → the person whose role holds "mayor"; "the ministry" → the organisation named with
   * it, else the organisation last mentioned; "her statement", "the police statement" → their author.
   */
  private byNominal(text: string, head: string, definite: boolean, at: Place): Speaker | null {
    if (speaksAsWritten(text, head) || describesOnlyUnnamed(text, head) || this.ownedBody(text, head))
      return null;
    if (DOCUMENT_NOUNS.has(head)) return this.byAuthor(text, at);
    // "the EU said", "the RCMP said": an acronym after "the" names the body itself.
    const last = text.split(/\s+/).pop() ?? '';
    if (isBodyAcronym(last)) return this.book.organisation(last, true);
    if (!definite) return null;
    const headWord = head.replace(/[^\p{L}-]/gu, '').toLowerCase();
    if (OUTLET_NOUNS.has(headWord)) return this.outletNamed(headWord, at);
    const isOrgNoun = ORG_NOUNS.has(head) || ORG_HEADS.has(head);
    if (!isOrgNoun) {
      // "the two write", "the authors said": several people, never one of them alone.
      if (namesSeveralPeople(headWord)) return this.pairBefore(at);
      // "said the 46-year-old": the one person the article gave that age; as written when it gave
      // ages but not this one. With no age read at all, a description like any other.
      if (AGE_NOUN.test(head)) {
        const aged = this.agesGiven(at);
        const age = head.slice(0, head.indexOf('-'));
        if (aged.length > 0) return only(aged.filter((a) => a.age === age).map((a) => a.speaker));
      }
      const match = (s: Speaker) => s.kind === 'person' && rolesOf(s).some((r) => hasWord(r, headWord));
      const byRole = this.recentlyMentioned(at, match) ?? only(this.book.speakers.filter(match));
      // "Koval's spokesman said": someone other than the owner, whom the passage is about.
      if (personOwner(text, head, (name) => this.book.find(name, 'person') !== null)) return byRole;
      // "the tall engineer said", "said the rookie forward": a definite description of a
      // person refers back to the person the passage is about, the subject of a sentence just before.
      // A capitalised title ("the Health Minister") names an office: only its holder may speak for it.
      // "the Oregon Democrat", though, is a person described by party and state.
      const namesOffice =
        TITLE_WORDS.has(head) &&
        !PARTY_MEMBER.test(head) &&
        text
          .split(/\s+/)
          .slice(1)
          .some((w) => OPENS_CAPITAL.test(w));
      // A phrase ending in an adjective ("Ruiz's mental state is" read as "Ruiz's mental" + verb) is no description.
      const describes = canSpeak(head) || !ADJECTIVE_ENDING.test(head);
      return (
        byRole ??
        (countLetteredWords(text) <= 8 && !namesOffice && describes ? this.recentSubject(at, headWord) : null)
      );
    }
    const named = (s: Speaker) => s.kind === 'org' && hasWord(s.name, headWord);
    const found = this.recentlyMentioned(at, named) ?? only(this.book.speakers.filter(named));
    // "the company said" after "Brightwell ...": a common noun for an organisation points back to the last one named.
    return (
      found ??
      (ORG_NOUNS.has(head) ? this.recentlyMentioned(at, (s) => s.kind === 'org', LOOKBACK_SENTENCES) : null)
    );
  }

  /**
   * "The Daily Courier obtained the plan ... the paper said": the outlet the passage names, by its
   * masthead ("Courier", "Gazette", "Radio"), by the noun itself ("Metro Newspaper"), or by call
   * letters ("the broadcaster" after an acronym). No other body: "the newspaper" is never a
   * company or council named just before. Null leaves the description as written ("the paper").
   */
  private outletNamed(headWord: string, at: Place): Speaker | null {
    const outlet = (s: Speaker) => s.kind === 'org' && isOutletName(s.name, headWord);
    return this.recentlyMentioned(at, outlet) ?? only(this.book.speakers.filter(outlet));
  }

  /** Who wrote a statement, an office's reply or a post: its owner ("her", "its", "the RCMP", "Smith's"), else the last speaker. */
  private byAuthor(text: string, at: Place): Speaker | null {
    const words = text.split(/\s+/);
    const owner = lowerCase(words[0] ?? '');
    if (owner === 'his' || owner === 'her' || owner === 'its')
      return this.byPronoun(owner === 'his' ? 'he' : owner === 'her' ? 'she' : 'it', at);
    const modifier = words
      .slice(DETERMINER_WORDS.has(owner) ? 1 : 0, -1)
      .filter((w) => OPENS_CAPITAL.test(w))
      .join(' ')
      .replace(/['’]s$/, '');
    if (modifier) return this.byName(modifier, null);
    // "“...,” a commentary in the weekly Marnock Herald argued": an opinion piece introduced with the paper
    // that prints it speaks for that paper.
    if ((owner === 'a' || owner === 'an') && isOpinionPiece(lowerCase(words[words.length - 1] ?? ''))) {
      const paper = PIECE_IN_PAPER.exec(this.index.sentences[at.sentence] ?? '');
      return paper ? this.byName(trimIssuer(paper[1]!), null) : null;
    }
    if (owner !== 'the' && owner !== 'this' && owner !== 'that') return null;
    const issuer = this.documentIssuer(at, lowerCase(words[words.length - 1] ?? ''));
    if (issuer) return issuer;
    for (let s = at.sentence; s >= 0 && s >= at.sentence - 2; s--) {
      const credited = this.quoted[s] ?? [];
      if (credited.length > 0) return credited[credited.length - 1]!;
    }
    // "Acme Corp apologised on Monday. The statement said: ...": with no one quoted just before,
    // the document is the previous sentence's subject's.
    const subject = this.mainClauseFirst(at.sentence - 1).find(
      (m) => m.subject && !m.oblique && (m.speaker.kind === 'org' || m.speaker.confirmed),
    );
    return subject?.speaker ?? null;
  }

  /**
   * "The document – prepared by the Widget Institute – ...", "a report from the Widget Institute",
   * "the Widget Institute released a statement": the article says who issued the document it goes
   * on to quote. The nearest such tie counts, before the quote first, then after it.
   */
  private documentIssuer(at: Place, head: string): Speaker | null {
    const sentences = this.index.sentences;
    const order: number[] = [];
    for (let s = at.sentence; s >= 0 && s >= at.sentence - ISSUER_REACH; s--) order.push(s);
    for (let s = at.sentence + 1; s < sentences.length && s <= at.sentence + ISSUER_REACH; s++) order.push(s);
    for (const s of order) {
      const name = issuerNamedIn(sentences[s] ?? '', head);
      if (!name) continue;
      const speaker = this.byName(name, null);
      if (speaker) return speaker;
    }
    return null;
  }

  /** The person opening one of the few sentences before `at` (nearest first), or credited with a quote there. */
  private recentSubject(at: Place, head?: string): Speaker | null {
    for (let s = at.sentence - 1; s >= 0 && s >= at.sentence - DESCRIPTION_REACH; s--) {
      // "The council official told reporters ... 'the official said'": the same unnamed person again.
      if (head !== undefined && opensWithHead(this.index.sentences[s] ?? '', head)) return null;
      // "..., the minister's spokesman said. ..., the spokesman added.": that unnamed speaker again.
      if (head !== undefined && tagsWithHead(this.index.sentences[s] ?? '', head)) return null;
      const credited = (this.quoted[s] ?? []).filter((p) => p.kind === 'person');
      const subject = this.mainClauseFirst(s).find(
        (m) => m.subject && m.speaker.kind === 'person' && m.speaker.confirmed,
      );
      const found = subject?.speaker ?? credited[credited.length - 1];
      if (found) return found;
    }
    return null;
  }

  /**
   * Sentence `s`'s mentions with the main clause's first: in "As the school reopened ...,
   * Senate Minority Leader Ruth Calder blamed ..." the sentence is about Calder.
   */
  private mainClauseFirst(s: number): Mentioned[] {
    const mentions = this.index.bySentence[s] ?? [];
    const sentence = this.index.sentences[s] ?? '';
    const at = sentence.indexOf(',');
    if (at < 0 || !SUBORDINATE_OPENING.test(sentence)) return mentions;
    const comma = (this.index.sentenceStart[s] ?? 0) + at;
    return [...mentions.filter((m) => m.offset > comma), ...mentions.filter((m) => m.offset <= comma)];
  }

  private recentlyMentioned(
    at: Place,
    match: (s: Speaker) => boolean,
    reach = LOOKBACK_SENTENCES * 2,
  ): Speaker | null {
    for (let s = at.sentence; s >= 0 && s >= at.sentence - reach; s--) {
      const mentions = (this.index.bySentence[s] ?? []).filter(
        (m) => s !== at.sentence || m.offset < at.offset,
      );
      const found = [...(this.quoted[s] ?? []), ...mentions.map((m) => m.speaker).reverse()].find(match);
      if (found) return found;
    }
    return null;
  }
}

/** Sentences either side of a quoted document searched for the one naming who issued it: an article ties a document to its issuer once, often well before it quotes it again. */
const ISSUER_REACH = 40;
const ISSUER_NAME = String.raw`(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}\p{M}'’.&-]*))*)`;
const DOCUMENT_ALTERNATION = [...DOCUMENT_NOUNS]
  .filter((n) => !n.includes(' ') && n !== 'office' && n !== 'account')
  .join('|');
const ISSUING = String.raw`(?:prepared|issued|published|released|written|compiled|produced|sent|authored|put\s+out|drawn\s+up)`;
/**
 * "a memo prepared by X", "the report, published by X,", "a statement from X", "the memo,
 * which was attributed to X" (session 19: words attributed to someone are theirs).
 */
const DOCUMENT_THEN_ISSUER = new RegExp(
  String.raw`\b(?:${DOCUMENT_ALTERNATION})\b[\s,–—]+(?:${ISSUING}\s+by|from|(?:which\s+(?:was|is)\s+)?attributed\s+to)\s+(?:the\s+)?${ISSUER_NAME}`,
  'iu',
);
/**
 * "X released a statement", "X has issued a report", "the X campaign sent an email": a name, or a
 * name with a lower-case noun for a body after it (`ORG_HEADS`: "campaign", "committee"), issues
 * the document (session 19: a body, not a person, sends a campaign's emails and statements).
 */
const BODY_AFTER_NAME = [...ORG_HEADS].filter((n) => /^[a-z]+$/.test(n)).join('|');
const ISSUER_THEN_DOCUMENT = new RegExp(
  String.raw`${ISSUER_NAME}(?:\s+(${BODY_AFTER_NAME}))?\s+(?:(?:has|have|had)\s+)?(?:issued|released|published|put\s+out|sent|wrote|written)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_ALTERNATION})\b`,
  'u',
);

/** "X has written to its customers": the writer of the letter or message the article then quotes. */
const WROTE_TO = new RegExp(String.raw`${ISSUER_NAME}\s+(?:has|have|had)\s+(?:also\s+)?written\s+to\b`, 'u');
const CORRESPONDENCE = new Set(['letter', 'email', 'e-mail', 'message', 'note']);

/** "a column in the Tolland Post": the paper printing an opinion piece (`opinion-pieces.ts`). */
const PIECE_IN_PAPER = pieceInPaper(ISSUER_NAME);

/** An issuer's name as captured, without trailing connectors or punctuation and a leading "The". */
function trimIssuer(captured: string): string {
  return captured
    .replace(/(?:\s+(?:of|for|and|on|the))+$/, '')
    .replace(/[.,]$/, '')
    .replace(/^The\s+/, '');
}

/** The name a sentence gives as a document's issuer, if it ties one to a document (`head`: the quoted one). */
function issuerNamedIn(sentence: string, head: string): string | null {
  const from =
    DOCUMENT_THEN_ISSUER.exec(sentence) ?? (isOpinionPiece(head) ? PIECE_IN_PAPER.exec(sentence) : null);
  const issues = from ? null : ISSUER_THEN_DOCUMENT.exec(sentence);
  const found = from ?? issues ?? (CORRESPONDENCE.has(head) ? WROTE_TO.exec(sentence) : null);
  if (!found) return null;
  const body = issues?.[2] ?? '';
  const name = trimIssuer(found[1]!);
  // A lone sentence-opening capital ("The", "It", "His") is no name.
  if (/^\p{Lu}[\p{Ll}]*$/u.test(name) && NON_NAME_OPENERS.has(lowerCase(name))) return null;
  return body ? `${name} ${body}` : name;
}

const NON_NAME_OPENERS = new Set([
  'the',
  'his',
  'her',
  'it',
  'this',
  'that',
  'a',
  'an',
  'he',
  'she',
  'they',
  'we',
  'its',
  'their',
]);

const OPENING_DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one']);
/** Words of a description before its head ("the lanky professor"): at most three, letters and hyphens only. */
const MODIFIER = /^[\p{L}-]+$/u;
const WORD_CHAR = /\w/;

/**
 * True when `word` (lower case) stands in `text` as a whole word, in any case. A plain search
 * with its boundaries checked: a regex built per head noun cost more to compile than every
 * other step of the quote stage ran.
 */
function hasWord(text: string, word: string): boolean {
  const lowered = lowerCase(text);
  for (let at = lowered.indexOf(word); at >= 0; at = lowered.indexOf(word, at + 1)) {
    const before = lowered[at - 1];
    const after = lowered[at + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after)))
      return true;
  }
  return false;
}

/** "The lanky professor ..." for head "professor": a sentence opening with a description of that head. */
function opensWithHead(sentence: string, head: string): boolean {
  const words = sentence.replace(/^\W+/, '').split(/\s+/, 5);
  if (!OPENING_DETERMINERS.has(lowerCase(words[0] ?? ''))) return false;
  for (let k = 1; k < words.length; k++) {
    const w = lowerCase(words[k] ?? '');
    if (w.startsWith(head) && (w.length === head.length || !WORD_CHAR.test(w[head.length]!))) return true;
    if (!MODIFIER.test(w)) return false;
  }
  return false;
}

/**
 * A subject of unknown gender is trusted as an antecedent only when it reads as a full personal
 * name: a lone capitalised word at a sentence start ("Prosecutors", "Greens") or a caption in
 * capitals ("FILE PHOTO") is as likely a common noun.
 */
function looksLikeFullName(speaker: Speaker): boolean {
  const tokens = speaker.name.split(/\s+/);
  return tokens.length >= 2 && !tokens.some((t) => TWO_OR_MORE_CAPITALS.test(t));
}

/** "EU", "RCMP": capitals that name a body, not a title written in capitals ("CEO", "MP"), which is a person's office. */
function isBodyAcronym(word: string): boolean {
  return SHORT_ACRONYM.test(word) && !isRoleNoun(word);
}

function isOrgWordOnly(word: string): boolean {
  const w = lowerCase(word).replace(/\.$/, '');
  return ORG_HEADS.has(w) && !TITLE_WORDS.has(w) && !isRoleNoun(w);
}

/** A body's name that reads as a news outlet's: a masthead word, the outlet noun itself, or call letters ("KXRW"). */
function isOutletName(name: string, headWord: string): boolean {
  const words = name.split(/\s+/);
  return (
    hasWord(name, headWord) ||
    words.some((w) => MASTHEAD_WORDS.has(lowerCase(w).replace(/[.,'’]+$/, ''))) ||
    (words.length === 1 && /^\p{Lu}[\p{Lu}\d&-]{1,5}$/u.test(words[0]!))
  );
}

/** Characters read beside a mention for an age given with it. */
const AGE_WINDOW = 60;
/** "Ada Pell, 46,", "Ada Pell (46)": capitalised words, then the age set off. */
const AGE_AFTER_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:,\s*|\s*\()(\d{1,3})(?=[,)])/u;
/** "the 46-year-old Ada Pell", "46-year-old farmer Ada Pell": the age and at most two words before the name. */
const AGE_BEFORE_NAME = /\b(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

function only(list: Speaker[]): Speaker | null {
  return list.length === 1 ? list[0]! : null;
}

function hasRoleNoun(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[\s']+/)
    .some((w) => isRoleNoun(w));
}
