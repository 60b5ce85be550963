/**
 * Word forms for matching a question against article sentences: a lemma-like root that folds
 * inflection and the commonest derivations (mediate, mediated, mediation → "mediat"; held,
 * holding → "hold"), and small synonym groups of everyday news vocabulary so "previous round of
 * talks" can meet "first round of discussions". General English, not fitted to any article.
 */

/** Irregular verb forms news text uses, mapped to their base form. */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'held:hold told:tell said:say met:meet went:go gone:go began:begin begun:begin won:win lost:lose ' +
    'led:lead left:leave made:make took:take taken:take gave:give given:give found:find brought:bring ' +
    'bought:buy sought:seek thought:think caught:catch struck:strike fought:fight spoke:speak ' +
    'spoken:speak wrote:write written:write chose:choose chosen:choose ran:run came:come became:become ' +
    'saw:see seen:see knew:know known:know grew:grow grown:grow threw:throw thrown:throw drew:draw ' +
    'drawn:draw flew:fly flown:fly fell:fall fallen:fall kept:keep sent:send spent:spend built:build ' +
    'felt:feel paid:pay laid:lay sold:sell stood:stand understood:understand shot:shoot rose:rise ' +
    'risen:rise drove:drive driven:drive broke:break broken:break stole:steal stolen:steal froze:freeze ' +
    'hid:hide hidden:hide ate:eat eaten:eat forgot:forget got:get gotten:get shook:shake swore:swear ' +
    'sworn:swear tore:tear torn:tear wore:wear worn:wear woke:wake arose:arise fled:flee fed:feed ' +
    'dealt:deal meant:mean slept:sleep lent:lend bent:bend bound:bind hung:hang stuck:stick sang:sing ' +
    'sung:sing rang:ring sank:sink sunk:sink swam:swim drank:drink withdrew:withdraw withdrawn:withdraw ' +
    'undertook:undertake overtook:overtake beat:beat beaten:beat bit:bite bitten:bite died:die dying:die ' +
    'lying:lie lay:lie was:be were:be been:be is:be are:be am:be has:have had:have does:do did:do done:do ' +
    'men:man women:woman children:child people:person killed:kill dead:die death:die deaths:die'
  )
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Verb prefixes that keep an irregular verb irregular: withheld is with + held, upheld, outspent,
 * overthrew, rebuilt, mistook. Forms that after a prefix make a word of their own are left:
 * "resent", "relay", "outlay", "rebound", "upshot".
 */
const VERB_PREFIX = /^(with|up|out|over|under|mis|fore|re)(\p{Ll}{3,})$/u;
const NOT_PREFIXED = new Set(['sent', 'lay', 'lying', 'bound', 'shot']);

function prefixedIrregular(w: string): string | undefined {
  const m = VERB_PREFIX.exec(w);
  if (!m || NOT_PREFIXED.has(m[2]!)) return undefined;
  const base = Object.hasOwn(IRREGULAR, m[2]!) ? IRREGULAR[m[2]!] : undefined;
  // Only verbs: "people", "children" and the like take no verb prefix.
  return base && !/^(?:be|have|do|person|man|woman|child|die)$/.test(base) ? m[1]! + base : undefined;
}

/** Suffixes stripped, longest first; "ion" keeps the verb root so mediation meets mediate. */
const SUFFIXES = ['ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ies', 'ied', 'ed', 'es', 's'];

/** Roots already worked out: answering takes the roots of the same words over and over. */
const lemmaCache = new Map<string, string>();
const LEMMA_CACHE_SIZE = 100_000;

/** A lemma-like root: lower case, irregular forms folded, one derivational or inflectional suffix off. */
export function lemma(word: string): string {
  let root = lemmaCache.get(word);
  if (root === undefined) {
    root = rootOf(word);
    if (lemmaCache.size >= LEMMA_CACHE_SIZE) lemmaCache.clear();
    lemmaCache.set(word, root);
  }
  return root;
}

function rootOf(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  // Own keys only: "constructor" or "toString" in a sentence must not read Object.prototype.
  const irregular = (Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined) ?? prefixedIrregular(w);
  if (irregular) w = irregular;
  // "-osition" is the noun of an "-ose" verb: opposition, proposition, imposition ("position" is not).
  w = w.replace(/^(\p{L}{2,})ositions?$/u, '$1ose');
  if (w.length <= 3 || /\d/.test(w)) return w;
  for (const suffix of SUFFIXES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 3) continue;
    if (suffix === 's' && /(?:ss|us|is)$/.test(w)) break;
    if (suffix === 'ies' || suffix === 'ied') {
      w = `${w.slice(0, -suffix.length)}i`;
      break;
    }
    // "sion" after a consonant belongs to the root's d/s ("discussion" keeps "discuss").
    w = w.slice(0, -suffix.length);
    break;
  }
  // Doubled final consonants from inflection ("stopped" → "stopp" → "stop"), but not "ss"/"ll".
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}

/**
 * Words news writers use interchangeably for the same event or role. Each group is written as
 * base words; lookups go through `lemma`, so every inflection of a member matches.
 */
const SYNONYM_GROUPS: string[][] = [
  ['talk', 'discussion', 'negotiation', 'negotiate', 'discuss', 'meeting', 'dialogue', 'summit'],
  ['say', 'tell', 'announce', 'add', 'claim', 'declare', 'remark'],
  ['previous', 'last', 'prior', 'earlier', 'first', 'preceding'],
  ['round', 'session'],
  ['deal', 'agreement', 'accord', 'pact', 'settlement'],
  ['hold', 'host', 'stage', 'conduct'],
  ['mediate', 'broker', 'facilitate'],
  ['official', 'representative', 'envoy', 'delegate', 'delegation'],
  ['attack', 'strike', 'assault', 'raid', 'bombing'],
  ['kill', 'die', 'dead', 'death', 'fatality'],
  ['injure', 'wound', 'hurt'],
  ['arrest', 'detain', 'apprehend'],
  ['lead', 'head', 'chair'],
  ['buy', 'acquire', 'purchase'],
  ['begin', 'start', 'launch', 'open'],
  ['end', 'finish', 'conclude', 'close'],
  ['rise', 'increase', 'grow', 'climb', 'jump'],
  ['fall', 'drop', 'decline', 'decrease', 'slide'],
  ['win', 'defeat', 'beat'],
  ['resign', 'quit', 'step'],
  ['appoint', 'name', 'hire', 'nominate'],
  ['approve', 'pass', 'endorse', 'adopt'],
  ['propose', 'plan', 'suggest'],
  ['country', 'nation'],
  ['company', 'firm', 'business'],
  ['cost', 'price'],
  ['build', 'construct', 'construction'],
  ['warn', 'caution'],
  ['accuse', 'allege', 'blame'],
  ['reject', 'refuse', 'deny'],
  ['meet', 'gather'],
  ['sue', 'lawsuit'],
  ['vote', 'ballot'],
  ['travel', 'trip', 'visit', 'tour', 'journey'],
];

const SYNONYMS: Map<string, Set<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    const lemmas = group.map(lemma);
    for (const l of lemmas) {
      const set = map.get(l) ?? new Set<string>();
      for (const other of lemmas) if (other !== l) set.add(other);
      map.set(l, set);
    }
  }
  return map;
})();

/** What a synonym is worth against the word itself when matching a question to a sentence. */
export const SYNONYM_CREDIT = 0.7;

/** How much of one root a set of roots holds: 1 for the root itself, SYNONYM_CREDIT for a synonym. */
export function rootMatch(root: string, roots: ReadonlySet<string>): number {
  if (roots.has(root)) return 1;
  for (const s of synonymsOf(root)) if (roots.has(s)) return SYNONYM_CREDIT;
  return 0;
}

/** Other lemmas that mean the same in news usage (never includes the lemma itself). */
export function synonymsOf(root: string): ReadonlySet<string> {
  return SYNONYMS.get(root) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Currencies as news writes a sum of money: a sign, or a currency word after the figure. One
 * list for every reader of money in answers (pick.ts's money filter, measure-kind.ts).
 */
export const CURRENCY_SIGN = '[$€£¥]';
export const CURRENCY_WORDS = 'pounds?|dollars?|euros?|yen|yuan|rupees?|francs?|pence|cents?';
