import { SUBORDINATOR_ALTERNATION } from './lexicon.js';
import { isSpeechVerb } from '../lexicon/speech.js';
import { isRoleNoun } from '../lexicon/titles.js';
import { type Mention, isSpeechVerbAt, mentionAfter, mentionBefore } from './mentions/index.js';
import { tagBeforeParticiple } from './tag-then-adding.js';
import { quotedAsSaying } from './quoted-as-saying.js';
import { describedSubjectOpening } from './participle-subject.js';
import { isReadVerb, opensWithDocument, readsDocument } from './document-reads.js';
import { sinceSentenceStart, untilSentenceEnd } from './text.js';

// Module level: tsx's esbuild (target node20) rewrites a literal holding \p{...} as `new RegExp`,
// which inside a function is built again on every call.
// Global, but only given to `replace`, which starts from and leaves `lastIndex` at 0.
const ABBREVIATED_TITLE = /(^|\s)\p{Lu}[\p{L}.]{0,4}\.(?=\s|$)/gu;
const DASH_THEN_NAME = /^\s*[―—–-]+\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})[\s.,]*$/u;
const SMALL_ING_WORD = /^\p{Ll}+ing$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const HIS_HER_THEN_SMALL = /^\s*(His|Her)\s+\p{Ll}/u;

/** A speaker cue found in the narration around a quote. */
export interface Attribution {
  mention: Mention;
  basis: 'said-X' | 'X-said' | 'according-to';
}

/** What the frame before a quote tells: the attribution, and whether the quote opens a full clause. */
export interface Lead {
  attribution: Attribution | null;
  /** The quote starts its sentence, follows a colon or comma, or follows a speech verb ("said that"). */
  clauseStart: boolean;
}

const ACCORDING_TO = /\baccording to\s+/i;
/** A conjunction straight after the closing mark, no comma or stop between: the sentence runs on. */
const CONTINUED_CLAUSE =
  /^['’"”]*\s+(?:(?:only|just|even)\s+)?(?:and|but|or|nor|because|after|before|when|whenever|while|if|since|although|though|unless|until|whereas)\s/i;
/** "According to X, the plan ...": the phrase opens a clause that goes on after its comma. */
const OPENING_ACCORDING_TO = /^according\s+to\s[^,;:!?]*,\s*\S/i;
/** The words before a verb end inside a relative clause a comma opened: ", who asked". */
const OPEN_RELATIVE = /,\s+(?:who|whose)(?:\s[^,;:.!?]*)?$/;
/** Words a speech verb may take before the quote: "told reporters", "said in a statement", "wrote on Twitter". */
const MAX_WORDS_AFTER_VERB = 8;

/**
 * Words that may follow the verb of an attribution standing as its own sentence after a quote
 * ('"We won." Smith said in an interview.'): a preposition, a participle or nothing. A clause after
 * the verb ('"We won." But he said it was close.') makes the sentence a new statement, not a tag.
 */
const TAG_TAIL =
  /^(?:in|on|at|during|after|before|while|when|to|from|via|through|with|of|about|last|this|on|earlier|later|adding|noting|saying|citing|referring|speaking|according|[,.;:!?—–-])/i;

/**
 * A signature on the line after a quote that closes its paragraph, as fact checks, pull quotes and
 * "quotable" boxes set them: '"We will cut the fare."' then '- Mayor Ada Pell, at the vote.' The
 * line opens with a dash and a name closed by a stop or a comma; anything else is narration.
 */
export function signatureBelow(paragraph: string | undefined): Attribution | null {
  const signed = SIGNATURE_LINE.exec(paragraph ?? '');
  const name = signed?.[1]?.replace(/\.+$/, '');
  return name ? { mention: { kind: 'name', text: name, appositive: null }, basis: 'X-said' } : null;
}
const SIGNATURE_LINE = /^\s*[―—–-]+\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:[,;]|$)/u;

/**
 * 'He called the show "Harbour Lights" only because Vane agreed', 'a "disgrace" and Vane said': a
 * quote ending on no punctuation of its own, with a conjunction straight after the closing mark, is
 * part of the clause the sentence runs on from; the clause the conjunction opens has its own
 * subject, who is not the quote's speaker, so the frame after it holds no tag.
 */
export function runsOnAfter(quoted: string, frame: string): boolean {
  return !/[,;:.!?…—–-]['’"”]*$/.test(quoted.trimEnd()) && CONTINUED_CLAUSE.test(frame);
}

/**
 * Reads `," Smith said`, `," said Smith`, `," Smith, the mayor, said`, `," according to Smith`.
 * `newSentence` says the quote closed its own sentence and the frame starts another one.
 */
export function attributionAfter(frame: string, newSentence = false): Attribution | null {
  // A signature after a dash closes testimonials and letters: “...” — Jane Doe
  const signed = DASH_THEN_NAME.exec(frame);
  if (signed?.[1]) return { mention: { kind: 'name', text: signed[1], appositive: null }, basis: 'X-said' };
  const text = normaliseFrame(untilSentenceEnd(frame)).replace(/^[\s,;:—–-]+/, '');
  if (!text) return null;
  // "..., the Gazette quoted Ada Pell as saying.": the words are Pell's, not the paper's.
  const passedOn = newSentence ? null : quotedAsSaying(text);
  if (passedOn) return { mention: passedOn, basis: 'X-said' };
  const words = text.split(/\s+/);
  const first = words[0] ?? '';
  // '"... that much." According to flight records, the jet ...': after a quote that closed its
  // sentence, an "According to X," opening the next one sources that sentence, not the quote.
  const opensOwnStatement = newSentence && OPENING_ACCORDING_TO.test(text);
  if (/^according$/i.test(first) && /^to$/i.test(words[1] ?? '') && !opensOwnStatement) {
    const mention = mentionAfter(words.slice(2).join(' '));
    return mention ? { mention, basis: 'according-to' } : null;
  }
  if (isSpeechVerb(first)) {
    const mention = mentionAfter(words.slice(1).join(' '));
    if (mention) return { mention, basis: 'said-X' };
  }
  // '"...," reads a letter from the council.': "reads" is a tag only with a document after it.
  if (isReadVerb(first) && opensWithDocument(words.slice(1))) {
    const mention = mentionAfter(words.slice(1).join(' '));
    if (mention) return { mention, basis: 'said-X' };
  }
  // The subject comes first: find the first speech verb within a short reach and read what precedes it.
  for (let k = 1; k < Math.min(words.length, 22); k++) {
    // '"...," the statement read.': "read" is a tag only with a document before it.
    if (isReadVerb(words[k]!) && !/[.!?]$/.test(words[k - 1] ?? '')) {
      const document = mentionBefore(words.slice(0, k).join(' '));
      if (readsDocument(document) && words.slice(0, k).join(' ').endsWith(document!.text))
        return { mention: document!, basis: 'X-said' };
    }
    if (!isSpeechVerbAt(words, k)) continue;
    if (/[.!?]$/.test(words[k - 1] ?? '')) break;
    // '"Who knows?" Oake remarked, smiling.': a participle after the verb's comma still closes a tag.
    const participle = /,$/.test(words[k]!) && SMALL_ING_WORD.test(words[k + 1] ?? '');
    if (newSentence && !/[.!?]$/.test(words[k]!) && !TAG_TAIL.test(words[k + 1] ?? '.') && !participle) break;
    const subject = words.slice(0, k).join(' ');
    const mention = mentionBefore(subject);
    // "a resident, who asked not to be named, said": a verb inside a relative clause set off by
    // commas is not the tag's; the tag's verb comes after the clause closes.
    if (!mention && OPEN_RELATIVE.test(subject)) continue;
    if (!mention) break;
    // The subject may carry its role in front ("Carolina coach Rod Smith said") but no clause.
    // Abbreviated titles ("Rep.", "Lt. Gov.", "St. Albans Police Lt.") keep their dots but end no clause.
    // The mention as written where it stands; its first word alone may also occur later ("a" in "named").
    const whole = subject.lastIndexOf(mention.text);
    const lead = subject
      .slice(0, Math.max(0, whole >= 0 ? whole : subject.lastIndexOf(mention.text.split(/\s+/)[0] ?? '')))
      .replace(ABBREVIATED_TITLE, '$1');
    if (mention.kind === 'name' && mention.appositive !== null) return { mention, basis: 'X-said' };
    if (k <= 10 && !/[,;:.!?]/.test(lead)) return { mention, basis: 'X-said' };
    // "A clerk who 'takes a few coins' loses her job, Tillman said.": a sentence-final "X said"
    // attributes the whole sentence, quoted words included.
    if (/[.!?]$/.test(words[k]!) && /,$/.test(lead.trimEnd()) && mention.kind !== 'nominal')
      return { mention, basis: 'X-said' };
    break;
  }
  const according = opensOwnStatement ? null : ACCORDING_TO.exec(text);
  if (according) {
    const mention = mentionAfter(text.slice(according.index + according[0].length));
    if (mention) return { mention, basis: 'according-to' };
  }
  return null;
}

/**
 * Reads `Smith said: "`, `Smith told reporters "`, `Smith said that "`, `According to Smith, "`.
 * `opensQuote`: the frame runs up to a quote's opening mark (not a whole sentence of narration
 * read for the speech it reports), so a naming verb's object there may be followed by the quote.
 */
export function leadBefore(frame: string, opensQuote = true): Lead {
  const text = normaliseFrame(sinceSentenceStart(frame)).trimEnd();
  const clauseStart = text === '' || /[:,—–-]$/.test(text);
  if (text === '') return { attribution: null, clauseStart: true };
  const according = ACCORDING_TO.exec(text);
  if (according) {
    const mention = mentionAfter(text.slice(according.index + according[0].length));
    if (mention) return { attribution: { mention, basis: 'according-to' }, clauseStart };
  }
  // "Radio Dunloe quoted a port official as saying: '...": the official's words.
  const passedOn = /\bas\s+(?:saying|telling\s+\S+(?:\s+\S+)?|writing)[,:]?$/i.test(text)
    ? quotedAsSaying(text)
    : null;
  if (passedOn) return { attribution: { mention: passedOn, basis: 'X-said' }, clauseStart: true };
  const own = ownWordsOf(text);
  if (own) return { attribution: { mention: own, basis: 'according-to' }, clauseStart };
  const tagged = tagBeforeParticiple(text);
  if (tagged) return { attribution: { mention: tagged, basis: 'X-said' }, clauseStart: true };
  const signed = nameAfterDash(text);
  if (signed) return { attribution: { mention: signed, basis: 'X-said' }, clauseStart };
  const words = text.split(/\s+/);
  for (let k = words.length - 1; k >= 0 && k >= words.length - 30; k--) {
    const w = words[k]!;
    // "The letter reads: '...'": a text's words are read, a verb that introduces a quote only before the colon.
    const reads = k === words.length - 1 && /^reads?:$/.test(w);
    // "..., writing '...'": a participle after a comma introduces what its subject wrote or posted
    // (only there: "writing" is as often a noun or a plain verb).
    const participle = /,$/.test(words[k - 1] ?? '') && /^(?:writing|tweeting|posting)$/.test(w);
    const naming = opensQuote && namesInOwnWords(words, k);
    if (!isSpeechVerbAt(words, k) && !reads && !participle && !naming) continue;
    const verbClean = !/[,;:]$/.test(w) || k === words.length - 1;
    if (!verbClean) continue;
    const between = words.length - 1 - k;
    const nearVerb = between <= MAX_WORDS_AFTER_VERB && !/[.!?]$/.test(w);
    // "Smith said: '..." / "said Smith: '..." — the name may also follow the verb, but not after
    // "told"/"asked", whose object follows them.
    // "A city official reacted by saying": the subject is the one before the verb "by" follows.
    const byGerund = /ing$/i.test(w) && words[k - 1] === 'by' && k >= 2;
    // "At a rally in Dunloe, Ore., on Monday, Ada Pell backed the plan, saying": a participle after a
    // comma takes the main clause's subject first, not a place or name the words before it end on.
    const participleAfterComma = !byGerund && /ing$/i.test(w) && /,$/.test(words[k - 1] ?? '');
    const mainSubject = participleAfterComma ? colonSubject(words.slice(0, k).join(' '), true) : null;
    const before = mainSubject ?? mentionBefore(words.slice(0, byGerund ? k - 2 : k).join(' '));
    // A participle ("..., saying Varga should '...'") takes its subject from the main clause.
    // After a fronted clause ("Rather than ..., asks editor Jane Doe, '...'") the order is inverted
    // and the name after "asks" is its subject.
    const inverted =
      /,$/.test(words[k - 1] ?? '') && /[,:]$/.test(text) && !/ing$/i.test(w.replace(/[,;:]$/, ''));
    const objectVerb =
      naming ||
      (!inverted &&
        /^(?:told|tells|tell|asked|asks|ask|urged|warned|advised)$|ing$/i.test(w.replace(/[,;:]$/, '')));
    // A participle after a comma ("He voiced his anger on Instagram, writing '...'") whose own
    // subject slot holds no speaker (a name there is a preposition's object) has the main
    // clause's subject.
    const after =
      between > 0 && between <= 6 && !objectVerb ? mentionAfter(words.slice(k + 1).join(' ')) : null;
    const mention =
      before ??
      (after && !opensReportedClause(words.slice(k + 1), after) ? after : null) ??
      (/ing$/.test(w) && /,$/.test(words[k - 1] ?? '') ? colonSubject(words.slice(0, k).join(' ')) : null);
    if (!mention) continue;
    const basis = before || objectVerb ? 'X-said' : 'said-X';
    return { attribution: { mention, basis }, clauseStart: clauseStart || (nearVerb && between <= 3) };
  }
  // "Lund, the engineer, is more direct: '..." — a colon hands the quote to the sentence's subject.
  if (text.endsWith(':')) {
    const subject = colonSubject(text);
    if (subject) return { attribution: { mention: subject, basis: 'X-said' }, clauseStart };
  }
  return { attribution: null, clauseStart };
}

/**
 * Auxiliaries and modals: a closed class (the English finite auxiliaries, "be", "have", "do" and
 * the central modals) that only a clause's verb phrase opens with.
 */
const FINITE_AUXILIARY =
  /^(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|shall|should|may|might|must)$/;

/**
 * "but now said Voss had “lost the trust ...”": a name after the speech verb that a finite
 * auxiliary follows is the subject of the reported clause, not an inverted tag's speaker
 * ("said Voss." / "said Voss, the mayor:"); the speaker is the verb's own subject. A pronoun there
 * ("pledged that he would be ...") is most often the speaker again, so it is left as it was.
 */
function opensReportedClause(afterVerb: string[], mention: Mention): boolean {
  if (mention.kind !== 'name') return false;
  const last = mention.text.split(/\s+/).pop() ?? '';
  const at = afterVerb.indexOf(last);
  return at >= 0 && FINITE_AUXILIARY.test(afterVerb[at + 1] ?? '');
}

/** "As Vance put it,", "how the mayor has put it:" closing the frame before a quote. */
const AS_X_PUT_IT = /\b(?:as|how)\s+([^,;:.!?]{1,80}?)\s+(?:has\s+|had\s+)?puts?\s+it[,:]?$/i;
/** "in Vance's words,", "in her own words:" closing the frame before a quote. */
const IN_X_WORDS = /\bin\s+([^,;:.!?\s]+(?:\s+[^,;:.!?\s]+){0,3}?)\s+(?:own\s+)?words[,:]?$/i;
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/**
 * "As the prosecutor Jo Vance put it, “...”", "because, in Vance's words, “...”": idioms that hand
 * the quote to the one whose words they are, as "according to" does; the name they hold is the
 * speaker, not the subject of the clause around them.
 */
function ownWordsOf(text: string): Mention | null {
  const put = AS_X_PUT_IT.exec(text);
  if (put) return mentionBefore(put[1]!);
  const owner = IN_X_WORDS.exec(text)?.[1];
  if (!owner) return null;
  const pronoun = POSSESSIVE_PRONOUN[owner.toLowerCase()];
  if (pronoun) return { kind: 'pronoun', text: pronoun };
  return /['’]s?$/.test(owner) ? mentionBefore(owner.replace(/['’]s?$/, '')) : null;
}

/**
 * Verbs that name or label something in the subject's own words: "called the plan", "described
 * him as". Closed lists here and below written by hand from English usage, no corpus mined.
 */
const NAMING_VERB = /^(?:called|described|describes|dubbed|labelled|labeled|branded|termed)$/;
/**
 * Lower-case words a naming verb's subject may end in: pronouns ("whom he called"), auxiliaries
 * ("has called") and adverbs ("later called"). After any other lower-case noun the verb is a
 * participle naming a thing ("a website called “...”", "items labeled “...”"), unless the noun is
 * a person's role ("one lawmaker called Trump “...”").
 */
const NAMING_SUBJECT_END =
  /^(?:he|she|they|we|i|you|who|has|have|had|also|later|once|then|repeatedly|publicly|previously|often|famously|recently|memorably)$/;
/** Most words a naming verb's object takes before the quote ("called the storm that closed every ferry"). */
const MAX_NAMED_OBJECT_WORDS = 8;

/**
 * "Podesta called the governor “the most extreme pick”", "what aide Jo Vance called “a new era”",
 * "Ada described Vell as a “showman”": a quote right after a naming verb's object holds the
 * subject's words, and the object (a name often stands there) is who they are about, not who said
 * them. Not a passive ("was called"), a participle after a thing (see `NAMING_SUBJECT_END`) or a
 * phrasal verb ("called for", "called on"); the quote must follow the object closely, with nothing
 * between (a stop, a dash or a colon there ends the naming: "called a vote — “...”"); and a subject
 * closed by an appositive's comma is left to the clause-subject reading, which finds the name the
 * appositive hangs on.
 */
function namesInOwnWords(words: string[], k: number): boolean {
  const last = words[words.length - 1] ?? '';
  const before = words[k - 1] ?? '';
  return (
    k > 0 &&
    words.length - 1 - k <= MAX_NAMED_OBJECT_WORDS &&
    /[\p{L}\d]$/u.test(last) &&
    NAMING_VERB.test(words[k]!) &&
    (OPENS_CAPITAL.test(before) || NAMING_SUBJECT_END.test(before) || isRoleNoun(before)) &&
    !before.endsWith(',') &&
    !/^(?:for|on|up|off|out|back|in)$/.test(words[k + 1] ?? '')
  );
}

/** A dash, then nothing but a name and a colon, closing the frame before a quote. */
const DASH_NAME_COLON = /\s[-–—]\s+(\p{Lu}[^-–—:;,!?]{1,60}?)\s*:$/u;

/**
 * "Turnout rose in the north - Ada Pell: “...”": in digests and round-ups a dash after the
 * item's heading and a name alone before the colon sign the quote, like a byline, whatever the
 * heading's own words are. Only a name that is the whole stretch after the dash.
 */
function nameAfterDash(text: string): Mention | null {
  const stretch = DASH_NAME_COLON.exec(text)?.[1]?.trim();
  if (!stretch) return null;
  const mention = mentionAfter(stretch);
  return mention?.kind === 'name' && mention.text === stretch ? mention : null;
}

/** Where a new clause may start inside a sentence: a comma, a semicolon, a conjunction. */
const CLAUSE_OPENER = new RegExp(`^(?:as|and|but|${SUBORDINATOR_ALTERNATION})\\s+`);
const CLAUSE_BREAK = new RegExp(`,\\s+|;\\s+|\\s+(?=(?:as|and|but|${SUBORDINATOR_ALTERNATION})\\s)`);

/**
 * The subject of the clause a colon closes: the name opening the last clause that opens with one
 * ("Discipline was lacking when Varga took to social media with this:", "On March 3, 2021, Okafor made
 * the following remark:", "Lund, the engineer, is more direct:").
 */
function colonSubject(text: string, participle = false): Mention | null {
  const clauses = text.split(CLAUSE_BREAK);
  for (let k = clauses.length - 1; k >= 0; k--) {
    const clause = (clauses[k] ?? '').replace(CLAUSE_OPENER, '');
    // "Her answer is short:", "His reply:": the owner of what is said is the speaker.
    const owner = HIS_HER_THEN_SMALL.exec(clause)?.[1];
    if (owner) return { kind: 'pronoun', text: owner === 'His' ? 'he' : 'she' };
    const subject = mentionAfter(clause);
    if (subject && subject.kind !== 'nominal' && OPENS_CAPITAL.test(clause.trimStart())) return subject;
    // "The Ohio senator sought to calm the crowd, saying": the sentence's own subject, a description.
    const described = participle && k === 0 ? describedSubjectOpening(clause) : null;
    if (described) return described;
  }
  return null;
}

/** Rewrites speech frames that hide the verb ("was quoted as saying") to the plain form. */
function normaliseFrame(text: string): string {
  // Most text has neither: each pattern is only run where its literal part occurs.
  let framed = QUOTED.test(text) ? text.replace(QUOTED_AS_SAYING, 'said') : text;
  // "X had this to say:", "X has the following to say about it:": X says it.
  if (TO_SAY.test(framed))
    framed = framed.replace(HAD_THIS_TO_SAY, (_m, have: string) => SAID_FOR[have.toLowerCase()] ?? 'said');
  return framed.includes('(') ? framed.replace(/\s*\([^)]{1,30}\)/g, '') : framed;
}
const QUOTED = /quoted/i;
const TO_SAY = /\bto say\b/i;
const HAD_THIS_TO_SAY =
  /\b(had|has|have)\s+(?:this|that|the following|these words|plenty|much|a lot)\s+to\s+say\b/gi;
const SAID_FOR: Record<string, string> = { had: 'said', has: 'says', have: 'say' };
const QUOTED_AS_SAYING = /\b(?:was|were|is|are)\s+quoted\s+as\s+saying\b/gi;

/**
 * The speaker of a narration sentence's reported speech: "Okafor said unemployment ...",
 * "According to the agency, ... but Holm says that is not so" (the last such subject wins).
 */
export function speechSubject(sentence: string): Mention | null {
  const words = normaliseFrame(sentence).split(/\s+/).filter(Boolean);
  let found: Mention | null = null;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    // "saying", "to say": the subject is elsewhere; "said," closes an inserted tag read by the quote itself.
    if (!isSpeechVerbAt(words, k) || /ing$/i.test(w) || /^to$/i.test(words[k - 1] ?? '')) continue;
    // The subject sits just before its verb; a short window keeps this linear in sentence length.
    const mention = mentionBefore(words.slice(Math.max(0, k - 24), k).join(' '));
    if (mention) found = mention;
  }
  return found;
}
