/**
 * Verbs of saying, shared by the entity stage (a name beside one is a person or a speaking body)
 * and the quote stage (they introduce reported speech).
 *
 * Source: written by hand in this repository (merged into one list in 95d0f6a) from general
 * English: the reporting verbs of news writing.
 */

/**
 * The forms of saying that are hardly ever anything else in news copy: a capitalised word beside
 * one is a name ("Smith said", "said Smith"). The entity stage trusts only these; forms that are
 * also common nouns ("comment", "report", "post", "state") would make names of ordinary words.
 */
const SAYING_FORMS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'noted', 'notes',
  'insisted', 'insists', 'argued', 'argues', 'warned', 'warns', 'claimed', 'claims', 'admitted', 'admits',
  'wrote', 'writes', 'recalled', 'recalls', 'stated', 'states', 'asked', 'asks', 'replied', 'replies',
  'acknowledged', 'acknowledges', 'confirmed', 'confirms', 'denied', 'denies', 'announced', 'announces',
  'tweeted', 'posted', 'urged', 'urges',
];

const SAYING: ReadonlySet<string> = new Set(SAYING_FORMS);

/** True for an unambiguous form of saying (any case): see SAYING_FORMS. */
export function isSayingVerb(word: string): boolean {
  return SAYING.has(word.toLowerCase());
}

/**
 * Verbs that introduce reported speech, in the forms news copy uses: the unambiguous ones and
 * those that are also nouns, which the quote stage reads only in a speech frame.
 */
export const SPEECH_VERB_FORMS: readonly string[] = [
  ...new Set([
    ...SAYING_FORMS,
    'say', 'said', 'says', 'saying', 'add', 'added', 'adds', 'tell', 'told', 'tells', 'note', 'noted',
    'notes', 'ask', 'asked', 'asks', 'warn', 'warned', 'warns', 'insist', 'insisted', 'insists', 'explain',
    'explained', 'explains', 'write', 'wrote', 'writes', 'written', 'tweet', 'tweeted', 'tweets', 'argue',
    'argued', 'argues', 'state', 'stated', 'states', 'continue', 'continued', 'continues', 'reply',
    'replied', 'replies', 'respond', 'responded', 'responds', 'recall', 'recalled', 'recalls',
    'acknowledge', 'acknowledged', 'acknowledges', 'admit', 'admitted', 'admits', 'claim', 'claimed',
    'claims', 'declare', 'declared', 'declares', 'announce', 'announced', 'announces', 'remark',
    'remarked', 'remarks', 'observe', 'observed', 'observes', 'suggest', 'suggested', 'suggests',
    'emphasize', 'emphasized', 'emphasizes', 'emphasise', 'emphasised', 'emphasises', 'stress', 'stressed',
    'stresses', 'concede', 'conceded', 'concedes', 'counter', 'countered', 'counters', 'complain',
    'complained', 'complains', 'joke', 'joked', 'jokes', 'quip', 'quipped', 'quips', 'caution',
    'cautioned', 'cautions', 'predict', 'predicted', 'predicts', 'urge', 'urged', 'urges', 'post',
    'posted', 'posts', 'comment', 'commented', 'comments', 'confirm', 'confirmed', 'confirms', 'conclude',
    'concluded', 'concludes', 'describe', 'described', 'describes', 'recount', 'recounted', 'recounts',
    'testify', 'testified', 'testifies', 'shout', 'shouted', 'shouts', 'yell', 'yelled', 'yells',
    'exclaim', 'exclaimed', 'exclaims', 'whisper', 'whispered', 'whispers', 'mutter', 'muttered',
    'mutters', 'report', 'reported', 'reports', 'wonder', 'wondered', 'wonders', 'boast', 'boasted',
    'boasts', 'vow', 'vowed', 'vows', 'promise', 'promised', 'promises', 'assert', 'asserted', 'asserts',
    'maintain', 'maintained', 'maintains', 'contend', 'contended', 'contends', 'charge', 'charged',
    'charges', 'allege', 'alleged', 'alleges', 'agree', 'agreed', 'agrees', 'point', 'pointed', 'points',
    'repeat', 'repeated', 'repeats', 'reiterate', 'reiterated', 'reiterates', 'elaborate', 'elaborated',
    'retort', 'retorted', 'begin', 'began', 'begins', 'scoff', 'scoffed', 'sigh', 'sighed', 'laugh',
    'laughed', 'lament', 'lamented', 'laments', 'offer', 'offered', 'advise', 'advised', 'proclaim',
    'proclaimed', 'opine', 'opined', 'reason', 'reasoned', 'mention', 'mentioned', 'scold', 'scolded',
    'scolds', 'blurt', 'blurted', 'blurts', 'gush', 'gushed', 'gushes', 'chanted', 'snapped', 'fume',
    'fumed', 'fumes', 'grumble', 'grumbled', 'grumbles', 'murmur', 'murmured', 'murmurs', 'tease',
    'teased', 'teases', 'chime', 'chimed', 'chimes', 'cried', 'scream', 'screamed', 'screams', 'plead',
    'pleaded', 'pleads', 'beg', 'begged', 'begs', 'demanded', 'texted', 'emailed', 'e-mailed', 'muse',
    'mused', 'muses', 'marvel', 'marveled', 'marvelled', 'marvels', 'clarify', 'clarified', 'clarifies',
    'interject', 'interjected', 'query', 'queried', 'enthuse', 'enthused', 'enthuses', 'rave', 'raved',
    'raves', 'railed', 'recommend', 'recommended', 'recommends', 'acknowledge', 'acknowledged',
  ]),
];

/** Lower-case forms only: capitalised, the word is part of a name ("The Huffington Post"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_FORMS);

/**
 * A speech verb as written: any form in the list, in lower case, with punctuation around it ignored
 * ("said," "says."). Capitalised, the word is part of a name ("The Huffington Post"). The entity
 * stage's stricter `isSayingVerb` takes only the unambiguous forms, in any case.
 */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.replace(/^[("'“‘[]+|[)"'”’\],.;:!?]+$/g, ''));
}
