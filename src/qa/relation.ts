import { isPersonNoun } from '../engine/entities/role-nouns.js';
import type { ParsedArticle } from '../engine/schema.js';
import { type Candidate, sentenceCandidates } from './candidates.js';
import type { Token } from './tags.js';
import { words } from './text.js';
import type { ReadAnswer } from './read-answer.js';

/**
 * "Who is X's father?", "who is the coach of X?", "who trains X?": a person asked for through
 * their tie to someone or something the question names. News writing states such a tie as a
 * title or an apposition beside the name ("her father, Prince Leo,", "trainer Ada Brook",
 * "Ada Brook, the club's manager,"), and names the doer of an ongoing role by the verb's agent
 * noun ("who trains the horse?" is answered by "trainer Ada Brook"). So the answer is the name
 * written beside the role noun in a sentence that is about X (it names X, or its possessive
 * pronoun points back to X named in the sentence before).
 */

export interface RelationQuestion {
  /** The role nouns that tie the answer to X, singular as typed ("father"; "trainer" for "trains"). */
  nouns: string[];
  /** X, as typed: the one the answer is tied to. */
  about: string;
}

const COPULA = '(?:is|was|are|were)';
const NOUN_RUN = String.raw`((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)`;
const NAMED = String.raw`((?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*)`;

/** "Who is X's father?" */
const POSSESSIVE = new RegExp(String.raw`^\s*who\s+${COPULA}\s+${NAMED}['’]s?\s+${NOUN_RUN}\s*\??\s*$`, 'iu');
/** "Who is the coach of X?", "who was the owner at X?" */
const OF_PHRASE = new RegExp(
  String.raw`^\s*who\s+${COPULA}\s+the\s+${NOUN_RUN}\s+(?:of|at|for)\s+${NAMED}\s*\??\s*$`,
  'iu',
);
/**
 * "Who trains X?", "who founded X?", "who rode X in the race?": a verb in the present or past right
 * after "who", then X, then perhaps where or when.
 */
const AGENT = new RegExp(
  String.raw`^\s*[Ww]ho\s+(\p{Ll}+)\s+${NAMED}(?:\s+(?:in|at|on|for|during|to)\s+[^?]*)?\s*\??\s*$`,
  'u',
);

/** Past forms that don't end in -ed, for the verbs whose doers news names by a role noun. */
const IRREGULAR_PAST: Record<string, string> = {
  rode: 'ride',
  wrote: 'write',
  flew: 'fly',
  led: 'lead',
  drove: 'drive',
  taught: 'teach',
  built: 'build',
  sang: 'sing',
  ran: 'run',
};

/**
 * Doers English names with a noun other than verb + -er: a horse's rider is its jockey, a book's
 * writer its author, an aircraft's flyer its pilot, a client is represented by a lawyer or agent.
 */
const OTHER_AGENTS: Record<string, string[]> = {
  ride: ['rider', 'jockey'],
  write: ['writer', 'author'],
  fly: ['pilot'],
  represent: ['lawyer', 'attorney', 'agent', 'representative'],
  defend: ['lawyer', 'attorney'],
  marry: ['husband', 'wife'],
};

function headOf(run: string): string {
  const all = words(run.toLowerCase());
  return all[all.length - 1] ?? '';
}

/** The nouns for the one who does what the verb says: "trains" → trainer, "coaches" → coach, "founded" → founder. */
function agentNouns(verb: string): string[] {
  const stems = new Set<string>();
  const irregular = IRREGULAR_PAST[verb];
  if (irregular) stems.add(irregular);
  else if (verb.endsWith('ied')) stems.add(`${verb.slice(0, -3)}y`);
  else if (verb.endsWith('ies')) stems.add(`${verb.slice(0, -3)}y`);
  else if (verb.endsWith('ed')) {
    stems.add(verb.slice(0, -2));
    stems.add(verb.slice(0, -1));
  } else if (verb.endsWith('s')) {
    stems.add(verb.slice(0, -1));
    if (verb.endsWith('es')) stems.add(verb.slice(0, -2));
  }
  const nouns = new Set<string>();
  for (const stem of stems) {
    for (const noun of OTHER_AGENTS[stem] ?? []) nouns.add(noun);
    if (stem.length < 3) continue;
    for (const noun of [stem, `${stem}er`, `${stem}r`, `${stem}or`]) {
      if (isPersonNoun(noun)) nouns.add(noun);
    }
  }
  return [...nouns];
}

export function relationOf(question: string): RelationQuestion | null {
  const possessive = POSSESSIVE.exec(question);
  if (possessive?.[1] && possessive[2]) {
    const noun = headOf(possessive[2]);
    return isPersonNoun(noun) ? { nouns: [noun], about: possessive[1] } : null;
  }
  const of = OF_PHRASE.exec(question);
  if (of?.[1] && of[2]) {
    const noun = headOf(of[1]);
    return isPersonNoun(noun) ? { nouns: [noun], about: of[2] } : null;
  }
  const agent = AGENT.exec(question);
  if (agent?.[1] && agent[2]) {
    const nouns = agentNouns(agent[1]);
    return nouns.length > 0 ? { nouns, about: agent[2] } : null;
  }
  return null;
}

/** Sentences back a possessive pronoun may point to X in. */
const PRONOUN_REACH = 3;
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)$/i;
/** Words that may stand between a name and the role noun after it: "Ada Brook, the club's new manager". */
const BEFORE_NOUN = new Set(['det', 'adj', 'name', 'pron']);

/** Whether the token is one of the role nouns, singular or plural, possessive mark aside. */
function isRoleNoun(token: Token | undefined, nouns: ReadonlySet<string>): boolean {
  if (!token) return false;
  const w = token.text.toLowerCase().replace(/['’]s?$/, '');
  return nouns.has(w) || (w.endsWith('s') && nouns.has(w.slice(0, -1)));
}

/**
 * The name written beside a role noun: right after it ("trainer Ada Brook", "her father, Leo
 * Grant,") or before it as an apposition ("Leo Grant, her father").
 */
function besideRole(tokens: readonly Token[], names: readonly Candidate[], at: number): Candidate | null {
  const comma = tokens[at + 1]?.text === ',' ? 1 : 0;
  const after = names.find((c) => c.first === at + 1 + comma);
  if (after) return after;
  let i = at - 1;
  while (i >= 0 && BEFORE_NOUN.has(tokens[i]!.cls) && at - i <= 4) i--;
  if (tokens[i]?.text !== ',') return null;
  return names.find((c) => c.last === i - 1) ?? null;
}

export function relationAnswer(parsed: ParsedArticle, relation: RelationQuestion): ReadAnswer | null {
  const nouns = new Set(relation.nouns);
  const aboutWords = words(relation.about)
    .filter((w) => /^\p{Lu}/u.test(w) && w !== 'The')
    .map((w) => w.replace(/['’]s?$/, '').toLowerCase());
  if (aboutWords.length === 0) return null;
  const mentions = (index: number) => {
    const said = new Set(
      words(parsed.sentences[index] ?? '').map((w) => w.replace(/['’]s?$/, '').toLowerCase()),
    );
    return aboutWords.some((w) => said.has(w));
  };
  // "her father" points back to X when X is named in one of the few sentences before (nearest counts most).
  const pointsBack = (index: number) => {
    for (let k = 1; k <= PRONOUN_REACH && index - k >= 0; k++) if (mentions(index - k)) return 0.8 - 0.05 * k;
    return 0;
  };
  let best: ReadAnswer | null = null;
  parsed.sentences.forEach((sentence, index) => {
    if (best && best.coverage === 1) return;
    const lower = sentence.toLowerCase();
    if (!relation.nouns.some((n) => lower.includes(n))) return;
    const { tokens, candidates } = sentenceCandidates(parsed, index, { reason: false });
    const names = candidates.filter(
      (c) =>
        (c.kind === 'person' || c.kind === 'name') &&
        // X itself ("Marsh" for "Tilda Marsh") is not the answer; a relative sharing a surname is.
        !words(c.text.toLowerCase()).every((w) => aboutWords.includes(w)),
    );
    const here = mentions(index);
    tokens.forEach((token, at) => {
      if (!isRoleNoun(token, nouns)) return;
      const found = besideRole(tokens, names, at);
      if (!found) return;
      // Tied to X: the sentence names X, or "his/her/their <noun>" points back to X named shortly before.
      const pronoun = POSSESSIVE_PRONOUN.test(tokens[at - 1]?.text ?? '');
      const coverage = here ? 1 : pronoun ? pointsBack(index) : 0;
      if (coverage > (best?.coverage ?? 0)) best = { text: found.text, sentence: index, coverage };
    });
  });
  return best;
}
