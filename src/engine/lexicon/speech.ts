/**
 * Verbs of saying, shared by the entity stage (a name beside one is a person or a speaking body)
 * and the quote stage (they introduce reported speech).
 *
 * Source: written by hand in this repository (merged into one list in 95d0f6a) from general
 * English: the reporting verbs of news writing.
 */

import { lowerCase } from './lower-case.js';

/**
 * The forms of saying that are hardly ever anything else in news copy: a capitalised word beside
 * one is a name ("Smith said", "said Smith"). The entity stage trusts only these; forms that are
 * also common nouns ("comment", "report", "post", "state") would make names of ordinary words.
 */
const SAYING_FORMS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'explained',
  'explains',
  'noted',
  'notes',
  'insisted',
  'insists',
  'argued',
  'argues',
  'warned',
  'warns',
  'claimed',
  'claims',
  'admitted',
  'admits',
  'wrote',
  'writes',
  'recalled',
  'recalls',
  'stated',
  'states',
  'asked',
  'asks',
  'replied',
  'replies',
  'acknowledged',
  'acknowledges',
  'confirmed',
  'confirms',
  'denied',
  'denies',
  'announced',
  'announces',
  'tweeted',
  'posted',
  'urged',
  'urges',
];

const SAYING: ReadonlySet<string> = new Set(SAYING_FORMS);

/** True for an unambiguous form of saying (any case): see SAYING_FORMS. */
export function isSayingVerb(word: string): boolean {
  return SAYING.has(lowerCase(word));
}

/**
 * Verbs that introduce reported speech, in the forms news copy uses: the unambiguous ones and
 * those that are also nouns, which the quote stage reads only in a speech frame.
 */
export const SPEECH_VERB_FORMS: readonly string[] = [
  ...new Set([
    ...SAYING_FORMS,
    'say',
    'said',
    'says',
    'saying',
    'add',
    'added',
    'adds',
    'tell',
    'told',
    'tells',
    'note',
    'noted',
    'notes',
    'ask',
    'asked',
    'asks',
    'warn',
    'warned',
    'warns',
    'insist',
    'insisted',
    'insists',
    'explain',
    'explained',
    'explains',
    'write',
    'wrote',
    'writes',
    'written',
    'tweet',
    'tweeted',
    'tweets',
    'argue',
    'argued',
    'argues',
    'state',
    'stated',
    'states',
    'continue',
    'continued',
    'continues',
    'reply',
    'replied',
    'replies',
    'respond',
    'responded',
    'responds',
    'recall',
    'recalled',
    'recalls',
    'acknowledge',
    'acknowledged',
    'acknowledges',
    'admit',
    'admitted',
    'admits',
    'claim',
    'claimed',
    'claims',
    'declare',
    'declared',
    'declares',
    'announce',
    'announced',
    'announces',
    'remark',
    'remarked',
    'remarks',
    'observe',
    'observed',
    'observes',
    'suggest',
    'suggested',
    'suggests',
    'emphasize',
    'emphasized',
    'emphasizes',
    'emphasise',
    'emphasised',
    'emphasises',
    'stress',
    'stressed',
    'stresses',
    'concede',
    'conceded',
    'concedes',
    'counter',
    'countered',
    'counters',
    'complain',
    'complained',
    'complains',
    'joke',
    'joked',
    'jokes',
    'quip',
    'quipped',
    'quips',
    'caution',
    'cautioned',
    'cautions',
    'predict',
    'predicted',
    'predicts',
    'urge',
    'urged',
    'urges',
    'post',
    'posted',
    'posts',
    'comment',
    'commented',
    'comments',
    'confirm',
    'confirmed',
    'confirms',
    'conclude',
    'concluded',
    'concludes',
    'describe',
    'described',
    'describes',
    'recount',
    'recounted',
    'recounts',
    'testify',
    'testified',
    'testifies',
    'shout',
    'shouted',
    'shouts',
    // "with the mayor shouting: '...'": the participle introduces the words like "saying".
    'shouting',
    'yell',
    'yelled',
    'yells',
    'yelling',
    'exclaim',
    'exclaimed',
    'exclaims',
    'whisper',
    'whispered',
    'whispers',
    'mutter',
    'muttered',
    'mutters',
    'report',
    'reported',
    'reports',
    'wonder',
    'wondered',
    'wonders',
    'boast',
    'boasted',
    'boasts',
    'vow',
    'vowed',
    'vows',
    'promise',
    'promised',
    'promises',
    'assert',
    'asserted',
    'asserts',
    'maintain',
    'maintained',
    'maintains',
    'contend',
    'contended',
    'contends',
    'charge',
    'charged',
    'charges',
    'allege',
    'alleged',
    'alleges',
    'agree',
    'agreed',
    'agrees',
    'point',
    'pointed',
    'points',
    'repeat',
    'repeated',
    'repeats',
    'reiterate',
    'reiterated',
    'reiterates',
    'elaborate',
    'elaborated',
    'retort',
    'retorted',
    'begin',
    'began',
    'begins',
    'scoff',
    'scoffed',
    'sigh',
    'sighed',
    'laugh',
    'laughed',
    'lament',
    'lamented',
    'laments',
    'offer',
    'offered',
    'advise',
    'advised',
    'proclaim',
    'proclaimed',
    'opine',
    'opined',
    'reason',
    'reasoned',
    'mention',
    'mentioned',
    'scold',
    'scolded',
    'scolds',
    'blurt',
    'blurted',
    'blurts',
    'gush',
    'gushed',
    'gushes',
    'chanted',
    'snapped',
    'fume',
    'fumed',
    'fumes',
    'grumble',
    'grumbled',
    'grumbles',
    'murmur',
    'murmured',
    'murmurs',
    'tease',
    'teased',
    'teases',
    'chime',
    'chimed',
    'chimes',
    'cried',
    'scream',
    'screamed',
    'screams',
    'plead',
    'pleaded',
    'pleads',
    'beg',
    'begged',
    'begs',
    'demanded',
    'texted',
    'emailed',
    'e-mailed',
    'muse',
    'mused',
    'muses',
    'marvel',
    'marveled',
    'marvelled',
    'marvels',
    'clarify',
    'clarified',
    'clarifies',
    'interject',
    'interjected',
    'query',
    'queried',
    'enthuse',
    'enthused',
    'enthuses',
    'rave',
    'raved',
    'raves',
    'railed',
    'recommend',
    'recommended',
    'recommends',
    // The tag of a reply: '"...," Vane answered.' The past form only: "answer" and "answers" are
    // as often nouns ("her answer").
    'answered',
    'acknowledge',
    'acknowledged',
  ]),
];

/** Lower-case forms only: capitalised, the word is part of a name ("The Daily Post"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_FORMS);

/**
 * A speech verb as written: any form in the list, in lower case, with punctuation around it ignored
 * ("said," "says."). Capitalised, the word is part of a name ("The Daily Post"). The entity
 * stage's stricter `isSayingVerb` takes only the unambiguous forms, in any case.
 */
export function isSpeechVerb(word: string): boolean {
  const first = word.charCodeAt(0);
  // The set is asked only about a word whose first unit opens some form in it: hashing every word
  // read (most are capitalised or start with another letter) was most of this test's cost.
  if (SPEECH_VERB_FIRST_UNITS[first] === 1 && SPEECH_VERBS.has(word)) return true;
  // Most words carry no punctuation: only those that start or end with it are stripped and looked up again.
  if (!isLeadingMark(first) && !isTrailingMark(word.charCodeAt(word.length - 1))) return false;
  return SPEECH_VERBS.has(word.replace(/^[("'“‘[]+|[)"'”’\],.;:!?]+$/g, ''));
}

/** By UTF-16 code unit: 1 when some speech verb form starts with it. */
const SPEECH_VERB_FIRST_UNITS = new Uint8Array(0x10000);
for (const form of SPEECH_VERBS) SPEECH_VERB_FIRST_UNITS[form.charCodeAt(0)] = 1;

/** One of ( " ' “ ‘ [ : a mark that may open a speech verb as written. NaN (an empty word) is none. */
function isLeadingMark(c: number): boolean {
  return c === 0x28 || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x5b;
}

/** One of ) " ' ” ’ ] , . ; : ! ? : a mark that may close a speech verb as written. */
function isTrailingMark(c: number): boolean {
  switch (c) {
    case 0x29: // )
    case 0x22: // "
    case 0x27: // '
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x5d: // ]
    case 0x2c: // ,
    case 0x2e: // .
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
      return true;
    default:
      return false;
  }
}
