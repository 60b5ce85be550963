import nlp from 'compromise';

/**
 * A coarse word class for each token of a sentence, cheap enough for question time: one look-up
 * in compromise's English lexicon (about 25,000 words with their parts of speech, no tagging
 * pass: running the full tagger costs milliseconds a sentence), then word shape (capitals,
 * digits, suffixes) for words it doesn't know, and a little context (a verb form after "the" is a
 * noun or an adjective: "the meeting", "the injured").
 */

export type WordClass =
  | 'det'
  | 'prep'
  | 'conj'
  | 'pron'
  | 'wh'
  | 'aux'
  | 'verb'
  | 'adv'
  | 'adj'
  | 'noun'
  | 'name'
  | 'num'
  | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  cls: WordClass;
}

/**
 * Dotted initialisms ("U.S."), hashtags, numbers with their signs and units ("$2.5", "13%",
 * "7,687", "6-3", "1.30pm", "12ft"), words (with inner hyphens and apostrophes), other marks.
 */
const TOKEN =
  /(?:\p{Lu}\.){2,}|(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Mt|Ft|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Capt|Rev|Gov|Sen|Rep)\.(?=\s+\p{Lu})|[#@][\p{L}\p{N}_]+|[$€£¥]?\d+(?:[.,:\-–]\d+)*(?:%|[a-z]{1,3}\b)?(?:-[\p{L}]+)*|[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[-.][\p{L}\p{N}]+)*|\S/gu;

/** "seven-minute", "six-year-old", "three-match": a number word leading a hyphenated word counts as a number. */
const NUMBER_COMPOUND =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[\p{L}]+)+$/iu;

let lexicon: Record<string, string | string[]> | null = null;

function lexiconOf(): Record<string, string | string[]> {
  if (!lexicon) {
    const model = nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } };
    lexicon = model.one?.lexicon ?? {};
  }
  return lexicon;
}

const CLOSED: Record<string, WordClass> = {};
for (const [cls, list] of [
  ['det', 'the a an this that these those his her its their our my your some any each every no another'],
  [
    'prep',
    'to of in on at by for from with about into onto over under after before during since until near across ' +
      'through between against among without within along around behind beyond despite toward towards upon via per than like',
  ],
  ['conj', 'and or but nor yet so because while although though whereas if unless whether as'],
  ['pron', 'he she it they we i you him them us me who whom itself himself herself themselves'],
  ['wh', 'which what when where why how whose'],
  ['num', 'once twice thrice dozen dozens hundreds thousands millions'],
  // The word list has no class for "ago", which counts time back from the amount before it.
  ['adv', 'ago'],
  [
    'aux',
    'is are was were be been being am do does did has have had will would shall should can could may might must not',
  ],
] as const) {
  for (const w of list.split(' ')) CLOSED[w] = cls;
}

function fromLexicon(tags: string | string[] | undefined): WordClass | null {
  if (!tags) return null;
  const all = Array.isArray(tags) ? tags : [tags];
  const has = (t: string) => all.includes(t);
  if (has('Determiner')) return 'det';
  if (has('Preposition')) return 'prep';
  if (has('Conjunction')) return 'conj';
  if (has('Pronoun')) return 'pron';
  if (has('QuestionWord')) return 'wh';
  if (has('Copula') || has('Modal') || has('Auxiliary')) return 'aux';
  if (has('Value') || has('Cardinal') || has('TextValue') || has('Ordinal')) return 'num';
  if (
    has('PastTense') ||
    has('PresentTense') ||
    has('Infinitive') ||
    has('Gerund') ||
    has('Participle') ||
    has('Verb') ||
    has('PhrasalVerb')
  )
    return 'verb';
  if (has('Adverb') || has('Negative')) return 'adv';
  if (has('Adjective') || has('Comparative') || has('Superlative') || has('Demonym')) return 'adj';
  return 'noun';
}

function classOf(text: string, index: number, prev: WordClass | null): WordClass {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'punct';
  if (/^[$€£¥]?\d/u.test(text) || NUMBER_COMPOUND.test(text)) return 'num';
  if (/^[#@]/.test(text)) return 'name';
  const lower = text.toLowerCase();
  const closed = CLOSED[lower];
  if (closed) return closed;
  // "isn't", "won't", "didn’t": a negated auxiliary, never a name or a noun.
  if (/n['’]t$/.test(lower)) return 'aux';
  const capitalised = /^\p{Lu}/u.test(text);
  // Mid-sentence capitals are names ("May", "Will", "Bush"); the first word may be either.
  if (capitalised && index > 0) return 'name';
  let cls = fromLexicon(lexiconOf()[lower]);
  if (!cls) {
    if (capitalised) return index === 0 ? 'noun' : 'name';
    if (/ly$/.test(lower)) cls = 'adv';
    else if (/(?:ed|ing)$/.test(lower)) cls = 'verb';
    else if (/(?:ous|ful|ive|able|ible|al|ic|ian|ese|ish)$/.test(lower)) cls = 'adj';
    else cls = 'noun';
  }
  return afterModifier(cls, text, prev);
}

/**
 * Word classes already worked out, by word and first-or-not: answering re-tags the same words all
 * day. The class before matters only to a verb form (see afterModifier), so it stays out of the
 * key: one entry a word instead of one per preceding class, and no key string built per token.
 */
const classCache: [Map<string, WordClass>, Map<string, WordClass>] = [new Map(), new Map()];
const CLASS_CACHE_SIZE = 50_000;

/** After a determiner or an adjective a verb form is a noun or a modifier ("the meeting", "the injured man"). */
function afterModifier(cls: WordClass, text: string, prev: WordClass | null): WordClass {
  if (cls === 'verb' && (prev === 'det' || prev === 'adj' || prev === 'num'))
    return /ing$/.test(text.toLowerCase()) ? 'noun' : 'adj';
  return cls;
}

function cachedClassOf(text: string, index: number, prev: WordClass | null): WordClass {
  const cache = classCache[index === 0 ? 0 : 1];
  let cls = cache.get(text);
  if (cls === undefined) {
    // Read without the class before: classOf turns a verb form by it only at its very end.
    cls = classOf(text, index, null);
    if (cache.size >= CLASS_CACHE_SIZE) cache.clear();
    cache.set(text, cls);
  }
  return afterModifier(cls, text, prev);
}

export function tagSentence(sentence: string): Token[] {
  const out: Token[] = [];
  let prev: WordClass | null = null;
  for (const m of sentence.matchAll(TOKEN)) {
    const cls = cachedClassOf(m[0], out.length, prev);
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, cls });
    prev = cls;
  }
  return out;
}
