import { SPEECH_VERB_FORMS } from '../lexicon/speech.js';

/**
 * Word lists the quote attributor leans on. They are closed-class or near-closed-class English
 * vocabulary (speech verbs, honorifics, role nouns, organisation heads), not names from any corpus.
 */

/** Verbs that only count as speech verbs in some frames ("point out", "go on"). Kept out of the regex. */
export const SPEECH_VERB_ALTERNATION = SPEECH_VERB_FORMS.filter((v) => !['point', 'pointed', 'points'].includes(v))
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Conjunctions that open a subordinate clause ("when Jones scored", "As the school reopened, ...").
 * "as" and "if" also open other things ("as well", "as a result"), so callers that scan mid-sentence
 * leave them out.
 */
export const SUBORDINATORS = ['when', 'while', 'after', 'before', 'because', 'since', 'until', 'although', 'though', 'once', 'whereas'];
export const SUBORDINATOR_ALTERNATION = SUBORDINATORS.join('|');

/** Adverbs that sit between a speaker and the verb ("Smith later said", "she also told"). */
export const ADVERB_ALTERNATION = [
  'also', 'later', 'then', 'earlier', 'previously', 'recently', 'once', 'further', 'simply', 'repeatedly',
  'again', 'quickly', 'firmly', 'flatly', 'bluntly', 'candidly', 'frankly', 'publicly', 'privately',
  'separately', 'subsequently', 'has', 'had', 'have', 'would', 'will', 'did', 'does', 'was', 'is', 'has also',
  'had also', 'has previously', 'has long', 'had previously', 'often', 'frequently', 'famously', 'reportedly',
  'allegedly', 'angrily', 'calmly', 'proudly', 'quietly', 'softly', 'tearfully', 'emotionally',
  'jokingly', 'sarcastically', 'recalls', 'once again', 'even', 'still', 'finally', 'first',
].sort((a, b) => b.length - a.length).join('|');

/** Honorifics and titles that precede a name; they are stripped when the name is returned. */
export const TITLE_WORDS = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord', 'madam',
    'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'sen',
    'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'lt', 'mayor', 'councillor',
    'councilor', 'councilman', 'councilwoman', 'alderman', 'judge', 'justice', 'chief', 'gen', 'general',
    'col', 'colonel', 'capt', 'captain', 'maj', 'major', 'sgt', 'sergeant', 'cpl', 'corporal', 'pte',
    'private', 'lieut', 'lieutenant', 'adm', 'admiral', 'cmdr', 'commander', 'officer', 'const', 'constable',
    'insp', 'inspector', 'supt', 'superintendent', 'det', 'detective', 'rev', 'reverend', 'father', 'sister',
    'brother', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'sultan', 'emir', 'ayatollah',
    'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'deputy', 'acting', 'interim', 'former', 'spokesman',
    'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'cto',
    'founder', 'co-founder', 'executive', 'head', 'leader', 'coach', 'manager', 'ambassador', 'envoy',
    'adviser', 'advisor', 'commissioner', 'attorney', 'prosecutor', 'lawyer', 'mp', 'mpp', 'mla', 'mep',
    'speaker', 'house', 'majority', 'minority', 'whip', 'dean', 'superintendent', 'chef', 'auditor',
    'treasurer', 'solicitor', 'assistant', 'associate', 'senior', 'junior', 'special', 'sr', 'jr', 'st',
    'state', 'foreign', 'defence', 'defense', 'finance', 'health', 'interior', 'justice', 'premier',
    'economist', 'analyst', 'author', 'reporter', 'correspondent', 'editor', 'columnist', 'publisher',
    'artist', 'singer', 'actor', 'actress', 'star', 'rapper', 'comedian', 'host', 'anchor', 'pastor',
    'candidate', 'nominee', 'hopeful', 'activist', 'organizer', 'organiser', 'presidential', 'republican',
    'democratic', 'democrat', 'liberal', 'conservative', 'ndp', 'gop', 'u.s.', 'us', 'uk', 'un', 'eu',
    'department', 'ministry', 'office', 'official', 'officials', 'agency', 'white', 'national', 'federal',
    'provincial', 'city', 'county', 'general', 'attorney-general', 'secretary-general', 'director-general',
    'vice-president', 'vice-chair', 'premier-designate', 'president-elect', 'senator-elect', 'police',
  ],
);

/**
 * Head nouns that make a capitalised span an organisation rather than a person
 * ("the Foreign Ministry", "Toronto Police Service", "Acme Inc.").
 */
export const ORG_HEADS = new Set(
  [
    'ministry', 'department', 'dept', 'police', 'service', 'services', 'agency', 'council', 'company', 'co',
    'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'group', 'party', 'government', 'commission',
    'university', 'college', 'school', 'office', 'association', 'bank', 'board', 'committee', 'court', 'union',
    'post', 'times', 'news', 'journal', 'tribune', 'herald', 'press', 'institute', 'foundation', 'authority',
    'administration', 'force', 'forces', 'army', 'navy', 'network', 'federation', 'assembly', 'organization',
    'organisation', 'society', 'hospital', 'church', 'senate', 'parliament', 'congress', 'club', 'league',
    'team', 'centre', 'center', 'campaign', 'coalition', 'alliance', 'fund', 'trust', 'airlines', 'airways',
    'motors', 'industries', 'holdings', 'partners', 'capital', 'media', 'magazine', 'broadcasting', 'radio',
    'tv', 'television', 'channel', 'reuters', 'cbc', 'bbc', 'cnn', 'nbc', 'abc', 'cbs', 'ap', 'afp',
    'kremlin', 'pentagon', 'whitehouse', 'cabinet', 'secretariat', 'directorate', 'bureau', 'watchdog',
    'regulator', 'tribunal', 'embassy', 'consulate', 'mission', 'council', 'caucus', 'lab', 'laboratory',
    'program', 'programme', 'project', 'initiative', 'network', 'website', 'newspaper', 'daily', 'weekly',
    'guardian', 'telegraph', 'independent', 'observer', 'globe', 'mail', 'star', 'sun', 'gazette', 'examiner',
    'chronicle', 'inquirer', 'axios', 'politico', 'bloomberg', 'xinhua', 'tass', 'kcna', 'yonhap',
    'hydro', 'energy', 'utility', 'utilities', 'railway', 'railways', 'telecom', 'airport',
  ],
);


/** A party member or supporter named by party ("the Kentucky Republican"): a person, never an office. */
export const PARTY_MEMBER = /^(?:republican|democrat|liberal|conservative|tory|socialist|independent|progressive|libertarian|separatist|nationalist)$/;

/** Nouns for organisations when used as a common noun ("the ministry said", "the company added"). */
export const ORG_NOUNS = new Set(
  [
    'ministry', 'department', 'police', 'agency', 'council', 'company', 'firm', 'corporation', 'group',
    'party', 'government', 'commission', 'university', 'college', 'school', 'office', 'association', 'bank',
    'board', 'committee', 'court', 'union', 'institute', 'foundation', 'authority', 'administration', 'army',
    'military', 'navy', 'network', 'federation', 'organization', 'organisation', 'society', 'hospital',
    'church', 'senate', 'parliament', 'club', 'league', 'team', 'centre', 'center', 'campaign', 'coalition',
    'alliance', 'airline', 'carrier', 'retailer', 'automaker', 'bureau', 'regulator', 'watchdog', 'embassy',
    'service', 'force', 'city', 'province', 'state', 'county', 'town', 'municipality', 'district', 'cabinet',
    'newspaper', 'broadcaster', 'network', 'station', 'magazine', 'publisher', 'studio', 'label', 'charity',
    'nonprofit', 'non-profit', 'startup', 'insurer', 'utility', 'operator', 'manufacturer', 'developer',
  ],
);

/**
 * Things that speak for their author ("her statement said", "the RCMP statement said", "his office
 * told"): the quote is credited to whoever owns them.
 */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'statements', 'release', 'office', 'website', 'post', 'letter', 'memo', 'email', 'e-mail',
  'tweet', 'tweets', 'filing', 'submission', 'brief', 'blog', 'account', 'message', 'note', 'news release',
]);

/** Capitalised words that begin sentences or dates and are never names on their own. */
export const NON_NAME_CAPITALS = new Set(
  [
    'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'by', 'to', 'of',
    'from', 'with', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'although', 'though',
    'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this',
    'that', 'these', 'those', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'where',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
    'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday',
    'tomorrow', 'tonight', 'last', 'next', 'earlier', 'later', 'then', 'now', 'also', 'still', 'however',
    'meanwhile', 'instead', 'indeed', 'yes', 'no', 'not', 'all', 'some', 'many', 'most', 'more', 'one',
    'two', 'three', 'both', 'each', 'every', 'other', 'another', 'such', 'only', 'just', 'even', 'asked',
    'said', 'says', 'according', 'speaking', 'writing', 'in', 'during', 'under', 'over', 'about', 'after',
    'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
    'can', 'could', 'should', 'must', 'might', 'let', 'oh', 'well', 'please', 'thank', 'thanks', 'dear',
    'us', 'me', 'him', 'them', 'mine', 'ours', 'don\'t', 'it\'s', 'i\'m', 'we\'re', 'that\'s', 'o',
    // Prepositions and conjunctions that open a sentence ("Unlike Al Mnajer, ...").
    'unlike', 'like', 'despite', 'amid', 'among', 'until', 'unless', 'without', 'following', 'whether', 'once',
    'upon', 'within', 'through', 'throughout', 'against', 'toward', 'towards', 'beyond', 'besides', 'except',
    'across', 'behind', 'between', 'into', 'onto', 'near', 'outside', 'inside', 'given', 'thanks',
  ],
);

