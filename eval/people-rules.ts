/**
 * `node --import tsx eval/people-rules.ts [conll|wnut] [--jackknife] [--cache DIR] [--examples N] [--right] [--dump FILE]`: how the people rules
 * behave on TRAINING text, so a rule is judged on data nobody tuned it on. Each document of
 * CoNLL-2003 eng.train (detokenised as `npm run eval conll` does for eng.testa) or each tweet of
 * WNUT-17 train goes through the whole entity stage, and two tables are printed:
 *
 * 0. Sentences whose credits `credits.ts` blanked (their names are no one's in the story), listed:
 *    the gold cannot judge them, as it tags a photographer a person like anyone else.
 * 1. Rules of `consistency.ts` and `people.ts`, by name (`rule-trace.ts`): how often each fires,
 *    and how often the gold agrees with the kind it gives.
 * 2. Every name whose person-ness the rules around the tagger change (`mentions/` and the
 *    above): a tagger PER span that ends up no person, and a person the tagger did not call PER,
 *    grouped by the kind it ends as and by the word before it (most such rules read that word).
 *
 * 3. Document-level people precision and recall by sample slice; `--dump FILE` writes every person found, one JSON
 *    line each with its document and gold verdict, to diff before and after a rule.
 *
 * A firing is judged against the document's gold name sets (lower case, dots dropped): turning a
 * name into a person is right when the gold has that name as a person; turning a person into
 * something else is right when the gold has the name, but not as a person. Anything else (the
 * gold splits the name differently) is counted as unclear. Training data: read at run time from
 * ../shared/train, nothing of it stored here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kind } from '../src/engine/entities/classify.js';
import { spanText } from '../src/engine/entities/classify.js';
import { findArticleMentions } from '../src/engine/entities.js';
import type { Mention, SentenceMentions } from '../src/engine/entities/mentions/index.js';
import { maskCredits } from '../src/engine/entities/credits.js';
import { buildPeople } from '../src/engine/entities/people.js';
import { type RuleFiring, traceRules } from '../src/engine/entities/rule-trace.js';
import type { EntitySpan } from '../src/engine/ner/labels.js';
import { nerModel } from '../src/engine/ner/load.js';
import type { TaggerModel, WeightTable } from '../src/engine/ner/model.js';
import { trainTagger } from '../src/engine/ner/train.js';
import { prepareDoc } from '../src/engine/pipeline.js';
import { goldDocuments, NER_OPTIONS } from '../tools/train/ner.js';
import { type ConllDocument, goldNames, loadConll, type NerType, plainText } from './conll.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const trainDir = process.env.HERALD_TRAIN_DIR ?? path.resolve(here, '../../shared/train');

/** A training document as plain text, with its gold names by type (normalised). */
interface GoldDoc {
  text: string;
  gold: Record<NerType, Set<string>>;
  /** The tagger to read it with: the shipped one, or one trained without this document. */
  model: TaggerModel;
}

function norm(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function emptyGold(): Record<NerType, Set<string>> {
  return { PER: new Set(), ORG: new Set(), LOC: new Set(), MISC: new Set() };
}

/**
 * `--cache DIR`: the two jackknife taggers, kept as Float32 (caching them as the shipped Int16 degrades them and
 * moves every figure, ADR 010 session 16) in a directory outside the repository, so that runs before and after a
 * rule read the same taggers and the second run skips training. Delete the directory when the tagger changes.
 */
const cacheAt = process.argv.indexOf('--cache');
const cacheDir = cacheAt >= 0 ? process.argv[cacheAt + 1] : undefined;

function tableFile(dir: string, half: number, pass: 'first' | 'second'): string {
  return path.join(dir, `half${half}-${pass}.f32`);
}

function readCachedTagger(dir: string, half: number): TaggerModel | undefined {
  const read = (pass: 'first' | 'second'): WeightTable | undefined => {
    const file = tableFile(dir, half, pass);
    if (!existsSync(file)) return undefined;
    const bytes = readFileSync(file);
    const weights = new Float32Array(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    return { buckets: Number(readFileSync(`${file}.buckets`, 'utf8')), weights };
  };
  const first = read('first');
  const second = read('second');
  return first && second ? { first, second } : undefined;
}

function writeCachedTagger(dir: string, half: number, model: TaggerModel): void {
  mkdirSync(dir, { recursive: true });
  for (const pass of ['first', 'second'] as const) {
    const table = model[pass];
    if (!(table.weights instanceof Float32Array)) return;
    writeFileSync(
      tableFile(dir, half, pass),
      Buffer.from(table.weights.buffer, table.weights.byteOffset, table.weights.byteLength),
    );
    writeFileSync(`${tableFile(dir, half, pass)}.buckets`, String(table.buckets));
  }
}

/**
 * eng.train documents. The shipped tagger learnt them, so on them it rarely errs and the rules that
 * correct it rarely fire; with `jackknife`, each half is read by a tagger trained (one run, the
 * shipped settings otherwise) on the other half only, so its errors are those of unseen text.
 */
function conllDocs(jackknife: boolean): GoldDoc[] {
  const docs = loadConll(path.join(trainDir, 'conll2003/eng.train'));
  const models: TaggerModel[] = [];
  if (jackknife) {
    nerModel(); // installs the shipped given-name list, which the features read in training too
    for (let half = 0; half < 2; half++) {
      const cached = cacheDir ? readCachedTagger(cacheDir, half) : undefined;
      if (cached) {
        models.push(cached);
        continue;
      }
      const rest: ConllDocument[] = docs.filter((_, i) => i % 2 !== half);
      const model = trainTagger(goldDocuments(rest), { ...NER_OPTIONS, runs: 1 });
      if (cacheDir) writeCachedTagger(cacheDir, half, model);
      models.push(model);
    }
  }
  return docs.map((d, i) => {
    const gold = emptyGold();
    for (const type of ['PER', 'ORG', 'LOC', 'MISC'] as const)
      for (const s of d.sentences) for (const n of goldNames(s, type)) gold[type].add(norm(n));
    return { text: plainText(d), gold, model: models[i % 2] ?? nerModel() };
  });
}

/** WNUT-17 types as CoNLL's: people, places, bodies; products and works are MISC. */
const WNUT_TYPE: Record<string, NerType> = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  product: 'MISC',
  'creative-work': 'MISC',
};

function wnutDocs(): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const lines = readFileSync(path.join(trainDir, 'wnut17/wnut17train.conll'), 'utf8').split('\n');
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length === 0) return;
    const gold = emptyGold();
    let words: string[] = [];
    let type: NerType | null = null;
    const close = () => {
      if (type && words.length > 0) gold[type].add(norm(words.join(' ')));
      words = [];
      type = null;
    };
    tags.forEach((tag, i) => {
      // "B-person", "I-creative-work": the prefix, then the type (which may hold a hyphen).
      const t = tag.length > 2 ? (WNUT_TYPE[tag.slice(2)] ?? null) : null;
      if (tag[0] !== 'I' || t !== type) close();
      if (!t) return;
      type = t;
      words.push(tokens[i] ?? '');
    });
    close();
    docs.push({ text: tokens.join(' '), gold, model: nerModel() });
    tokens = [];
    tags = [];
  };
  for (const line of lines) {
    const [token, tag] = line.split('\t');
    if (!token || !tag) {
      flush();
      continue;
    }
    tokens.push(token);
    tags.push(tag.trim());
  }
  flush();
  return docs;
}

type Verdict = 'right' | 'wrong' | 'unclear';

/** `--right`: list right firings among the examples too (by default only wrong and unclear ones). */
const showRight = process.argv.includes('--right');

/** Is the kind a rule gave the name what the gold says? */
function judge(text: string, to: Kind | 'dropped', gold: Record<NerType, Set<string>>): Verdict {
  const n = norm(text);
  const asPerson = gold.PER.has(n);
  const asOther = gold.ORG.has(n) || gold.LOC.has(n) || gold.MISC.has(n);
  if (to === 'person') return asPerson ? 'right' : asOther ? 'wrong' : 'unclear';
  if (asPerson) return 'wrong';
  if (to === 'dropped') return asOther ? 'right' : 'unclear';
  const want = { organization: gold.ORG, place: gold.LOC, other: gold.MISC }[to];
  return want.has(n) || asOther ? 'right' : 'unclear';
}

class Row {
  right = 0;
  wrong = 0;
  unclear = 0;
  examples: string[] = [];

  add(v: Verdict, example: string, keep: number): void {
    this[v]++;
    if ((v !== 'right' || showRight) && this.examples.length < keep) this.examples.push(`${v}: ${example}`);
  }

  get fires(): number {
    return this.right + this.wrong + this.unclear;
  }

  /** Precision over the firings the gold can judge. */
  get precision(): string {
    const judged = this.right + this.wrong;
    return judged === 0 ? 'n/a' : (this.right / judged).toFixed(3);
  }
}

function rowOf(table: Map<string, Row>, key: string): Row {
  let r = table.get(key);
  if (!r) {
    r = new Row();
    table.set(key, r);
  }
  return r;
}

/** The entity stage's mentions read with `model`, beside the tagger's own spans to compare with. */
function analyse(
  text: string,
  model: TaggerModel,
): {
  sentences: SentenceMentions[];
  tagged: EntitySpan[][];
  mentions: Mention[];
} {
  const doc = prepareDoc({ text, title: '' });
  for (const s of [...doc.sentences, ...doc.captions.map((c) => c.text)]) {
    const masked = maskCredits(s);
    if (masked !== s)
      credits.push(
        `${s.replace(/\s+/g, ' ').slice(0, 160)}  =>  ${masked.replace(/\s+/g, ' ').slice(0, 160)}`,
      );
  }
  return findArticleMentions(doc, model);
}

/** People found and gold people of a document slice, for its precision and recall. */
class PeopleTally {
  people = 0;
  right = 0;
  golds = 0;
  goldFound = 0;

  found(right: boolean): void {
    this.people++;
    if (right) this.right++;
  }

  gold(found: boolean): void {
    this.golds++;
    if (found) this.goldFound++;
  }

  summary(): string {
    const p = this.right / this.people;
    const r = this.goldFound / this.golds;
    return `P ${p.toFixed(4)} / R ${r.toFixed(4)} (${this.people} people, ${this.golds} gold)`;
  }
}

/** Sentences whose credits (`credits.ts`) were blanked, as written and as the tagger saw them. */
const credits: string[] = [];

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function main(): void {
  const args = process.argv.slice(2);
  const corpus = args.includes('wnut') ? 'wnut' : 'conll';
  const at = args.indexOf('--examples');
  const keep = at >= 0 ? Number(args[at + 1] ?? 5) : 5;
  const jackknife = args.includes('--jackknife');
  const docs = corpus === 'wnut' ? wnutDocs() : conllDocs(jackknife);
  // Document-level people scores as `npm run eval conll` counts them (a person with its aliases once), by the
  // sample slices of ADR 010: fixed eng.train 0-799, blind 800-945.
  const ranges =
    corpus === 'wnut'
      ? [{ label: 'all', from: 0, to: Infinity, tally: new PeopleTally() }]
      : [
          { label: 'fixed 0-799', from: 0, to: 799, tally: new PeopleTally() },
          { label: 'blind 800-945', from: 800, to: 945, tally: new PeopleTally() },
          { label: 'all', from: 0, to: Infinity, tally: new PeopleTally() },
        ];
  const dumpAt = args.indexOf('--dump');
  const dumped: string[] = [];
  const rules = new Map<string, Row>();
  const changes = new Map<string, Row>();
  const byWordBefore = new Map<string, Row>();
  let current: GoldDoc | undefined;
  traceRules((f: RuleFiring) => {
    if (current)
      rowOf(rules, f.rule).add(judge(f.text, f.to, current.gold), `${f.text} (${f.from} -> ${f.to})`, keep);
  });
  for (const d of docs) {
    current = d;
    const { sentences, tagged, mentions } = analyse(d.text, d.model);
    const bySentence = new Map<number, SentenceMentions>(sentences.map((s) => [s.index, s]));
    const people = buildPeople(
      bySentence,
      mentions.filter((m) => m.kind === 'person'),
    );
    const docIndex = docs.indexOf(d);
    for (const p of people) {
      const forms = [...new Set([p.name, ...p.aliases].map(norm))];
      const right = forms.some((f) => d.gold.PER.has(f));
      dumped.push(JSON.stringify({ doc: docIndex, name: p.name, aliases: p.aliases, right }));
      for (const r of ranges) if (docIndex >= r.from && docIndex <= r.to) r.tally.found(right);
    }
    for (const r of ranges)
      if (docIndex >= r.from && docIndex <= r.to) {
        const all = new Set(people.flatMap((p) => [p.name, ...p.aliases].map(norm)));
        for (const g of d.gold.PER) r.tally.gold(all.has(g));
      }
    sentences.forEach((s, i) => {
      const mine = mentions.filter((m) => m.sentence === s.index);
      const context = (start: number, end: number) =>
        s.tokens
          .slice(Math.max(0, start - 4), end + 3)
          .map((t) => t.text)
          .join(' ');
      const before = (start: number) => (s.tokens[start - 1]?.text ?? '^').toLowerCase();
      // A tagger person the rules made something else (or dropped).
      for (const t of tagged[i] ?? []) {
        if (t.type !== 'PER') continue;
        if (mine.some((m) => m.kind === 'person' && overlaps(m.span, t))) continue;
        const ended = mine.find((m) => overlaps(m.span, t));
        const to: Kind | 'dropped' = ended?.kind ?? 'dropped';
        const text = ended?.text ?? spanText(s.tokens, t, s.shouting);
        const v = judge(text, to, d.gold);
        const example = `${text} -> ${to} | ${context(t.start, t.end)}`;
        rowOf(changes, `PER -> ${to}`).add(v, example, keep);
        rowOf(byWordBefore, `PER -> not | ${before(t.start)}`).add(v, example, 0);
      }
      // A person the tagger did not call PER.
      for (const m of mine) {
        if (m.kind !== 'person') continue;
        if ((tagged[i] ?? []).some((t) => t.type === 'PER' && overlaps(m.span, t))) continue;
        const was = (tagged[i] ?? []).find((t) => overlaps(m.span, t))?.type ?? 'none';
        const v = judge(m.text, 'person', d.gold);
        const example = `${m.text} (${was}) | ${context(m.span.start, m.span.end)}`;
        rowOf(changes, `${was} -> person`).add(v, example, keep);
        rowOf(byWordBefore, `not -> PER | ${before(m.span.start)}`).add(v, example, 0);
      }
    });
  }
  traceRules(null);
  if (dumpAt >= 0) writeFileSync(args[dumpAt + 1] ?? 'people.jsonl', `${dumped.join('\n')}\n`);
  const show = (title: string, table: Map<string, Row>, minFires: number, withExamples: boolean) => {
    console.log(`\n${title}\nfires  right  wrong  unclear  precision  rule`);
    const rows = [...table.entries()].sort((a, b) => b[1].fires - a[1].fires);
    for (const [key, r] of rows) {
      if (r.fires < minFires) continue;
      console.log(
        `${String(r.fires).padStart(5)}  ${String(r.right).padStart(5)}  ${String(r.wrong).padStart(5)}  ${String(r.unclear).padStart(7)}  ${r.precision.padStart(9)}  ${key}`,
      );
      if (withExamples) for (const e of r.examples) console.log(`         ${e}`);
    }
  };
  const split =
    corpus === 'wnut' ? 'WNUT-17 train (training split)' : 'CoNLL-2003 eng.train (training split)';
  console.log(`${split}: ${docs.length} documents`);
  console.log(`\nCredits blanked (credits.ts): ${credits.length} sentences`);
  for (const c of credits.slice(0, keep)) console.log(`         ${c}`);
  console.log('\nPeople, document level (a person right when a form of it is a gold person):');
  for (const r of ranges) console.log(`  ${r.label}: ${r.tally.summary()}`);
  show('Rules of consistency.ts and people.ts', rules, 1, true);
  show('Person-ness changed around the tagger (all rules)', changes, 1, true);
  show('... by the word before the name (5 firings or more)', byWordBefore, 5, false);
}

main();
