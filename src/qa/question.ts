import { isPersonNoun } from '../engine/entities/role-nouns.js';
import { lemma } from './lexicon.js';
import { asksForAmount } from './amount-question.js';
import { isAttributionWord } from './attribution.js';
import { asksForDate } from './date-ask.js';
import { asksForSeveral } from './list-ask.js';
import { asksInsideStatement } from './said-clause.js';
import { tagSentence } from './tags.js';
import { isStopWord, words } from './text.js';
import { isContractedAuxiliary, YES_NO_OPENING } from './yesno-form.js';

/**
 * What a question asks for, read from its wording. The type decides what kind of span the
 * answer is (a name, a date, a place...); the focus words decide which sentence holds it; a
 * named article narrows the scope; "who is X?" asks for X's role; "what did X say about Y?"
 * asks for X's words, ranked by Y.
 */
export type QuestionType =
  | 'person'
  | 'organisation'
  | 'date'
  | 'place'
  | 'number'
  | 'quote'
  | 'reason'
  | 'yesno'
  | 'description';

const ORGANISATION_NOUNS =
  'organi[sz]ations?|groups?|agenc(?:y|ies)|compan(?:y|ies)|firms?|part(?:y|ies)|governments?|ministr(?:y|ies)|departments?|bod(?:y|ies)|institutions?|unions?|teams?|outlets?|newspapers?|clubs?|banks?';
const PLACE_NOUNS =
  'country|countries|city|cities|town|place|region|state|province|capital|village|area|venue|location|site|nation|continent|island|airport|hospital|border|county|district|suburb|street|road|stadium|ground|court|prison|neighbou?rhood';
const TIME_NOUNS = 'date|day|time|year|month|week|season|hour|decade|century';

const RULES: Array<[QuestionType, RegExp]> = [
  [
    'quote',
    /\bwhat\s+(?:did|does|do|has|have|had|will|would)\b.+\b(?:say|said|tell|told|add|added|write|wrote|think|claim|argue|warn)\b|\bquotes?\b|\bin (?:his|her|their) (?:own )?words\b/i,
  ],
  ['organisation', new RegExp(`\\b(?:which|what)\\s+(?:\\w+\\s+)?(?:${ORGANISATION_NOUNS})\\b`, 'i')],
  [
    'place',
    new RegExp(
      `^\\s*where\\b|\\b(?:which|what)\\s+(?:\\w+\\s+)?(?:${PLACE_NOUNS})s?\\b|\\bin what\\b(?!\\s+(?:${TIME_NOUNS}|way|manner|form|sense|language|capacity|respect)s?\\b)|\\bwhere\\s+(?:did|does|do|is|was|were|are|will)\\b`,
      'i',
    ),
  ],
  [
    'date',
    new RegExp(
      `^\\s*when\\b|\\b(?:which|what)\\s+(?:${TIME_NOUNS})s?\\b|\\bhow long ago\\b|\\bsince when\\b|\\bwhen\\s+(?:did|does|do|is|was|were|are|will)\\b`,
      'i',
    ),
  ],
  [
    'number',
    /\bhow\s+(?:many|much|old|long|far|big|large|high|fast|tall|deep|wide|heavy|often)\b|\bwhat\s+(?:number|percent(?:age)?|per\s+cent|share|amount|proportion|figure|total)\b/i,
  ],
  [
    'person',
    /^\s*(?:who|whom|whose)\b|\b(?:which|what)\s+(?:person|people|official|officials|leader|leaders|spokes(?:wo)?man|spokesperson|minister|envoy|player|judge|author)\b|\bby whom\b|\bwho\s+(?:did|was|were|is)\b/i,
  ],
  [
    'reason',
    /^\s*why\b|\bwhat (?:was|is|were|are) the (?:reason|cause|motive|purpose)s?\b|\bfor what reason\b|\bwhat (?:caused|led to|prompted|triggered)\b|\bhow come\b/i,
  ],
];

/**
 * "Did Iran confirm the talks?", "Is the port open?": an auxiliary first. A wh-word after it heads
 * a clause inside the claim ("Were any ballots lost when the hall flooded?", "Has she decided who
 * to back?"; 2 of 2 such training news questions are yes/no, no XQuAD question is one) unless the
 * auxiliary's subject is the reader or Herald: "Did you see who mediated the talks?" asks who.
 */
const YES_NO = new RegExp(
  `${YES_NO_OPENING}(?!\\s+(?:you|we|i)\\b.*\\b(?:who|whom|whose|what|which|when|where|why|how)\\b)`,
  'i',
);

export function classifyQuestion(question: string): QuestionType {
  if (YES_NO.test(question)) return 'yesno';
  for (const [type, re] of RULES) {
    // "What did X say he will build?" asks for a part of the statement, not the quote (said-clause.ts).
    if (type === 'quote' && asksInsideStatement(question)) continue;
    if (re.test(question)) return type;
    // "By when would ...?", "On which night of the week ...?", "What is X's deadline?" (date-ask.ts).
    if (type === 'date' && asksForDate(question)) return type;
  }
  return 'description';
}

/** The question word as a feature: "how many", "what", "which", ... or "other". */
export function whOf(question: string): string {
  const m =
    /\b(how\s+(?:many|much|long|old|far|big|large|high|often)|who|whom|whose|what|which|when|where|why|how)\b/i.exec(
      question,
    );
  if (YES_NO.test(question)) return 'yesno';
  return m?.[1] ? m[1].toLowerCase().replace(/\s+/, ' ') : 'other';
}

/**
 * Names the question itself mentions ("What did Vandante Patel say?" → "Vandante Patel"):
 * runs of capitalised words, leaving out the question's first word.
 */
export function namesInQuestion(question: string): string[] {
  const tokens = words(question);
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) names.push(run.join(' '));
    run = [];
  };
  tokens.forEach((token, i) => {
    if (i > 0 && /^\p{Lu}/u.test(token) && token !== 'I') run.push(token);
    else flush();
  });
  flush();
  return names;
}

export interface FocusTerm {
  /** As typed. */
  word: string;
  /** Root for matching (see lexicon.ts). */
  lemma: string;
  /** Part of a name the question mentions: names weigh more, a sentence about someone else is not the answer. */
  name: boolean;
}

/** The roots of the question's own words that are not part of a name: the event it asks about. */
export function eventRoots(focus: readonly FocusTerm[]): Set<string> {
  return new Set(focus.filter((f) => !f.name).map((f) => f.lemma));
}

export interface ParsedQuestion {
  /** The question as asked, with any article reference taken out. */
  text: string;
  type: QuestionType;
  focus: FocusTerm[];
  names: string[];
  /** "who is Abram Paley?": the name whose role or identity is asked for. */
  identity: string | null;
  /** "what did Patel say about the nuclear program?": lemmas of what the words should be about. */
  about: string[];
  /** Lemma of the question's main verb ("who mediated the talks?" → "mediat"), when it has one. */
  verb: string | null;
  /** "how many officials...": the counted noun's lemma. */
  unit: string | null;
  /** "how much did it cost?", "how much was he fined?": an amount of money is asked for. */
  money: boolean;
  /** The question word ("who", "how many", "yesno"...), for the scorer's features. */
  wh: string;
  /** "which team", "what year": the kind asked for, as a lemma. */
  typeNoun: string | null;
  /** "Which Lisbon striker", "what is the name of the nurse": the head noun of the kind asked for, as typed. */
  askedNoun: string | null;
  /** "who were the two officials", "which agencies": more than one is wanted (as the scorer learned it). */
  plural: boolean;
  /** The same, whatever the question word's case, and for plural group names ("Which Republicans"). */
  several: boolean;
  /** "who mediated the talks?" asks for the verb's subject; "who did Hale replace?" for its object. */
  subjectAsked: boolean;
  /** An article id or title words the question names ("in article 3f9a1c2b7e", 'in "Ferry terminal"'). */
  articleRef: string | null;
  /** "and where?": too little of its own, it leans on the previous question in the thread. */
  followUp: boolean;
}

const AUXILIARIES = new Set(
  'is are was were be been being am do does did has have had will would shall should can could may might must'.split(
    ' ',
  ),
);

/** Words that say what kind of answer is wanted rather than what it is about ("which country"). */
const TYPE_NOUNS = new RegExp(
  `\\b(?:which|what)\\s+((?:${ORGANISATION_NOUNS}|${PLACE_NOUNS}|${TIME_NOUNS}|person|people|reason|cause|number|percentage|amount))\\b`,
  'i',
);

const ARTICLE_ID = /\b(?:in|from|about)?\s*(?:the\s+)?(?:article|story|id)\s+#?([0-9a-f]{6,64})\b/i;
const ARTICLE_TITLE = /\b(?:in|from|about)\s+(?:the\s+)?(?:(?:article|story)\s+)?["“]([^"”]{3,120})["”]/i;
const FOLLOW_UP_LEAD = /^\s*(?:and|also|so|ok(?:ay)?|then|what about|how about)\b[\s,]*/i;

function articleReference(question: string): { rest: string; ref: string | null } {
  for (const re of [ARTICLE_ID, ARTICLE_TITLE]) {
    const m = re.exec(question);
    if (m?.[1])
      return { rest: `${question.slice(0, m.index)} ${question.slice(m.index + m[0].length)}`, ref: m[1] };
  }
  return { rest: question, ref: null };
}

/**
 * Where the question's own clause starts: after the wh-word and the kind asked for ("which
 * company | makes the planes?", "which senator | thrilled voters?"), and past a count of answers
 * ("which two networks | called ..."). Before an auxiliary ("what ban | did X propose?") the kind
 * word itself is kept as the verb: the scorer's weights learned that reading, and reading the
 * verb as absent there cost news-dev two answers while changing no answer on training questions.
 */
function afterAskedKind(tokens: string[], at: number, typeNoun: string | null, asked: string | null): number {
  if (ANSWER_COUNT.test(tokens[at + 1] ?? '')) {
    const kindAt = asked ? tokens.findIndex((t, i) => i > at && t.toLowerCase() === asked) : -1;
    return kindAt > at ? kindAt + 1 : at + 2;
  }
  const kind = tokens[at + 1]?.toLowerCase();
  if (kind && kind === typeNoun) return at + 2;
  // Only a lowercase content word after the kind is its verb: "super PAC" is one kind.
  const next = tokens[at + 2];
  return kind === asked && next && /^\p{Ll}/u.test(next) && !AUXILIARIES.has(next) && !isStopWord(next)
    ? at + 2
    : at + 1;
}

/**
 * The question's main verb: the word after the wh-word ("who mediated", "who leads"), or after
 * the kind asked for ("which company makes the planes?").
 */
function mainVerb(tokens: string[], typeNoun: string | null, asked: string | null): string | null {
  const at = tokens.findIndex((t) => /^(?:who|what|which)$/i.test(t));
  if (at < 0) return null;
  const next = tokens[afterAskedKind(tokens, at, typeNoun, asked)];
  if (!next || AUXILIARIES.has(next.toLowerCase()) || isStopWord(next)) return null;
  if (/^\p{Lu}/u.test(next)) return null;
  return lemma(next);
}

/** "which two networks", "what three towns": how many answers are wanted, never the question's verb. */
const ANSWER_COUNT = /^(?:two|three|four|five|six|both)$/i;

/**
 * "who is Abram Paley?", "What is Hezbollah?", "what does Tomas Berg do?": the name asked about.
 * Only the question word's first letter may be either case: the name must be capitalised.
 */
function identityOf(question: string): string | null {
  const m =
    /^\s*(?:[Ww]ho|[Ww]hat)\s+(?:is|was|are|were|'s|’s)\s+((?:\p{Lu}[\p{L}'’.-]*\s*)+)\??\s*$/u.exec(
      question,
    ) ??
    /^\s*[Ww]hat\s+(?:does|did|do)\s+((?:\p{Lu}[\p{L}'’.-]*\s*)+)\s+do\s*\??\s*$/u.exec(question) ??
    /^\s*[Ww]hat\s+(?:is|was)\s+((?:\p{Lu}[\p{L}'’.-]*\s*)+?)['’]s?\s+(?:role|job|position|title)\s*\??\s*$/u.exec(
      question,
    );
  return m?.[1]?.trim() ?? null;
}

/** "what did X say about Y": Y's content lemmas. */
function aboutOf(question: string): string[] {
  const m = /\b(?:about|on|regarding|concerning)\s+(.+?)\s*\??\s*$/i.exec(question);
  return m?.[1]
    ? words(m[1])
        .filter((w) => !isStopWord(w))
        .map(lemma)
    : [];
}

/** "How much did it cost?", "how much is he paid a week?", "how much was he fined?", "how much is it worth?" */
const MONEY_QUESTION =
  /\bhow\s+much\s+(?:money|cash)\b|\bhow\s+much\b.*\b(?:cost|costs|costing|paid|pay|pays|paying|charge|charged|charges|charging|fined|fine|worth|earn|earns|earned|spend|spent|spends|spending|give|gives|gave|given|invest|invests|invested|pour|pours|poured|sell|sold|sells|raise|raised|raises|raising|bid|price|priced|salary|wage|wages|suing|sue|sued|owe|owes|owed|compensation|damages|fee|budget|donate|donated|donates)\b/i;

/** "how many officials" → "official". */
function unitOf(question: string): string | null {
  const m = /\bhow\s+(?:many|much)\s+(\p{L}+)/iu.exec(question);
  // "how much money": an amount is written with its currency ("$19 million"), not the word money.
  if (m?.[1] && /^(?:money|cash)$/i.test(m[1])) return null;
  return m?.[1] && !isStopWord(m[1]) ? lemma(m[1]) : null;
}

/** "which English team", "what year", "which agencies": the first noun after which/what, as a lemma. */
function typeNounOf(question: string): string | null {
  const m = /\b(?:which|what)\s+((?:\p{L}[\p{L}-]*\s+){0,2}?)(\p{Ll}[\p{L}-]*)\b/u.exec(question);
  const noun = m?.[2];
  if (!noun || AUXILIARIES.has(noun) || isStopWord(noun)) return null;
  return lemma(noun);
}

/**
 * The noun a "which/what" question names as the kind of answer, as typed: "Which Lisbon striker
 * scored...", "what kind of rare bird", "What is the name of the 40-year-old nurse": the first
 * noun after the question word (or after "kind of", "name of the"), past its modifiers.
 */
export function askedNoun(question: string): string | null {
  const m =
    /\b(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:full\s+)?names?\s+of\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?(.+)$/i.exec(
      question,
    ) ??
    /\b(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\s+(.+)$/i.exec(question) ??
    /\b(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?(.+)$/i.exec(question);
  if (!m?.[1]) return null;
  // "what was the final score?" names the kind; "what were the tenants complaining about?" names
  // the subject: after "is the", the noun names the kind only when no verb follows it.
  const copular = /^(?:what|which)\s+(?:is|was|are|were)\s+the\s(?!(?:full\s+)?names?\s+of\b)/i.test(m[0]);
  // The head is the last noun of the run: "Lisbon striker", "fire officer", "media site".
  let head: string | null = null;
  const tagged = tagSentence(m[1]).slice(0, 6);
  for (const [i, t] of tagged.slice(0, 5).entries()) {
    const word = t.text.replace(/['’]s?$/, '').toLowerCase();
    // "score", "position", "trainer": the word list takes them as verbs, a kind word here as a noun;
    // so is any word between the question word and an inverted auxiliary ("what fines does ...",
    // "which firm is ..."): only a noun can stand there.
    const beforeAux = !copular && tagged[i + 1]?.cls === 'aux' && (t.cls === 'verb' || t.cls === 'adj');
    // "Which senator thrilled voters?": a participle after the head noun is the question's verb;
    // English sets participles that modify a noun before it ("which retired general").
    if (head && /ed$/.test(word) && (t.cls === 'verb' || t.cls === 'adj')) return head;
    // "which two senior Republicans": a plural group name heads the kind as a noun would.
    const group = t.cls === 'name' && GROUP_NAME.test(t.text);
    if (t.cls === 'noun' || group || beforeAux || ((t.cls === 'verb' || t.cls === 'adj') && kindOfNoun(word)))
      head = word;
    else if (t.cls !== 'name' && t.cls !== 'adj' && t.cls !== 'num' && !(t.cls === 'det' && i === 0)) {
      if (copular && t.cls !== 'prep' && t.cls !== 'wh' && t.cls !== 'punct') return null;
      return head;
    }
  }
  return head;
}

/** Nouns whose answer is an amount or a place in an order: "what score", "which position". */
const NUMBER_NOUNS = new Set(
  'score scoreline result ranking rank position age price fee fine salary wage speed temperature margin'.split(
    ' ',
  ),
);
/** Kinds of organisation the question-word rules above don't list. */
const MORE_ORGANISATION_NOUNS = new Set(
  'channel channels publication publications magazine magazines network networks website websites site sites broadcaster broadcasters airline airlines station stations store stores shop shops retailer retailers brand brands charity charities school schools university universities college colleges side sides'.split(
    ' ',
  ),
);

/**
 * What an open "which/what X" question asks for, read from X: a person noun (WordNet's person
 * nouns and the engine's role lists: "which player", "which fire officer") asks for a person,
 * an amount noun for a number, a kind of organisation for one. Null leaves the question open.
 */
function kindOfAskedNoun(question: string): QuestionType | null {
  const noun = askedNoun(question);
  return noun ? kindOfNoun(noun) : null;
}

function kindOfNoun(noun: string): QuestionType | null {
  if (NUMBER_NOUNS.has(noun)) return 'number';
  // "what is his surname?": a name is the answer.
  if (noun === 'surname' || noun === 'nickname' || noun === 'forename') return 'person';
  if (MORE_ORGANISATION_NOUNS.has(noun)) return 'organisation';
  if (isPersonNoun(noun, true)) return 'person';
  return null;
}

/** Several are wanted: "who were", "which agencies", "the two officials", "name the people". */
function pluralAsked(question: string): boolean {
  return (
    /^\s*who\s+(?:were|are|have)\b/i.test(question) ||
    /\b(?:which|what)\s+(?:\p{L}+\s+)?\p{Ll}+(?<!ss|us|is|news)s\b/u.test(question) ||
    /\b(?:two|three|four|five|both|all)\s+(?:\p{L}+\s+)?\p{Ll}+s\b/u.test(question)
  );
}

/**
 * Several are wanted, whatever the question word's case ("Which agencies ...", "Which
 * Republicans voted ..."). `pluralAsked` only matches a lowercase "which/what" and also reads
 * "which state does ..." as plural; the scorer's weights were learned with it, so the features
 * keep reading it, while answer shaping (pick.ts wholeAnswer, answer.ts namesJoined) reads this.
 */
function severalAsked(question: string): boolean {
  const lowered = question.replace(/\b(Which|What)\b/g, (w) => w.toLowerCase());
  // "which Republicans voted", "which Democrats": a plural group name after the question word,
  // heading its phrase ("which Rovers player" asks for one player). The rest: list-ask.ts.
  return asksForSeveral(question, askedNoun(question), groupNameHead(lowered));
}

/** "Republicans", "Iranians", "Socialists": a plural name for members of a group. */
const GROUP_NAME = /^\p{Lu}\p{Ll}+(?:ans|ians|ists|ats|ers|ites)$/u;

function groupNameHead(question: string): boolean {
  const m = /\b(?:which|what)\s+\p{Lu}\p{Ll}+(?:ans|ians|ists|ats|ers|ites)\b/u.exec(question);
  if (!m) return false;
  const next = tagSentence(question.slice(m.index + m[0].length))[0];
  return !next || next.cls === 'verb' || next.cls === 'aux' || next.cls === 'adv' || next.cls === 'punct';
}

/** The wh-word is the verb's subject when a content verb follows it directly ("who mediated..."). */
function subjectAsked(tokens: string[], typeNoun: string | null, asked: string | null): boolean {
  const at = tokens.findIndex((t) => /^(?:who|what|which)$/i.test(t));
  if (at < 0) return false;
  const next = tokens[afterAskedKind(tokens, at, typeNoun, asked)]?.toLowerCase();
  if (!next) return false;
  // "who did X meet" asks for the object; "who was elected" (passive) for the subject.
  if (/^(?:did|does|do|will|would|can|could|should)$/.test(next)) return false;
  return true;
}

export function parseQuestion(question: string): ParsedQuestion {
  const { rest, ref } = articleReference(question.trim());
  const text = rest.replace(/\s+/g, ' ').trim();
  const identity = identityOf(text);
  const asked = classifyQuestion(text.replace(FOLLOW_UP_LEAD, ''));
  const type: QuestionType = identity
    ? 'description'
    : asked === 'description'
      ? (kindOfAskedNoun(text) ?? (asksForAmount(text) ? 'number' : asked))
      : asked;
  const names = namesInQuestion(text);
  const nameWords = new Set(names.flatMap((n) => words(n)));
  const kindWord = askedNoun(text);
  // "which network interviewed ...": a kind of organisation the question-word rules don't list
  // is the kind asked for too, not a focus word nor the question's verb.
  const typeNoun =
    TYPE_NOUNS.exec(text)?.[1]?.toLowerCase() ??
    (kindWord && MORE_ORGANISATION_NOUNS.has(kindWord) ? kindWord : null);
  const tokens = words(text);
  const degree = /\bhow\s+(old|big|long|far|large|high|fast|tall|deep|wide|heavy|often)\b/i
    .exec(text)?.[1]
    ?.toLowerCase();
  const focus: FocusTerm[] = [];
  const seen = new Set<string>();
  const tookPlace = /\b(?:take|takes|took|taken|taking)\s+place\b/i.test(text);
  for (const [at, word] of tokens.entries()) {
    // "according to <source>" says whose claim it is; the evidence may attribute it by "said" (attribution.ts).
    if (isAttributionWord(tokens, at)) continue;
    // "many"/"much" only say a number is wanted; sentences hold the number, not the word. So do
    // "old", "big", "long"... after "how": "How old is he?" is answered by "55" or "42-year-old".
    if (isStopWord(word) || word.toLowerCase() === typeNoun || /^(?:many|much)$/i.test(word)) continue;
    if (type === 'yesno' && isContractedAuxiliary(word)) continue;
    if (degree && word.toLowerCase() === degree) continue;
    // "Where did the rally take place?": the idiom only says "happened"; the event's own word
    // ("rally") is what the evidence holds, and "take" and "place" would dilute it.
    if (tookPlace && /^(?:take|takes|took|taken|taking|place)$/i.test(word)) continue;
    const root = lemma(word);
    if (seen.has(root)) continue;
    seen.add(root);
    focus.push({ word, lemma: root, name: nameWords.has(word) });
  }
  const followUp =
    FOLLOW_UP_LEAD.test(text) && focus.filter((f) => !f.name).length <= 1 ? true : focus.length === 0;
  const wh = whOf(text);
  return {
    text,
    type,
    wh,
    typeNoun: typeNounOf(text),
    askedNoun: kindWord,
    plural: pluralAsked(text),
    several: severalAsked(text),
    subjectAsked: subjectAsked(tokens, typeNoun, kindWord),
    focus,
    names,
    identity,
    about: type === 'quote' ? aboutOf(text) : [],
    verb: mainVerb(tokens, typeNoun, kindWord),
    unit: type === 'number' ? unitOf(text) : null,
    money: type === 'number' && MONEY_QUESTION.test(text),
    articleRef: ref,
    followUp,
  };
}

/**
 * A follow-up in a thread ("and where?") keeps the previous question's focus and takes its own
 * answer type; words it adds ("and in which city?") join the focus.
 */
export function mergeFollowUp(current: ParsedQuestion, previous: ParsedQuestion): ParsedQuestion {
  const asksAnew = /\b(?:who|whom|whose|when|where|why|how|which|what)\b/i.test(current.text);
  const focus = [...previous.focus];
  for (const f of current.focus) if (!focus.some((p) => p.lemma === f.lemma)) focus.push(f);
  return {
    ...previous,
    text: `${previous.text} / ${current.text}`,
    type: asksAnew ? current.type : previous.type,
    identity: asksAnew ? current.identity : previous.identity,
    unit: asksAnew ? current.unit : previous.unit,
    money: asksAnew ? current.money : previous.money,
    askedNoun: asksAnew ? current.askedNoun : previous.askedNoun,
    focus,
    names: [...new Set([...previous.names, ...current.names])],
    articleRef: current.articleRef ?? previous.articleRef,
    followUp: true,
  };
}
