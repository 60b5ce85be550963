import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { z } from 'zod';
import type { Doc } from '../../src/engine/doc.js';
import { extractEntities, findArticleMentions } from '../../src/engine/entities.js';
import { prepareDoc } from '../../src/engine/pipeline.js';
import type { NamedEntity, Person } from '../../src/engine/schema.js';
import { segment } from '../../src/engine/sentences.js';
import { type ConllDocument, goldNames, loadConll, type NerType, plainText } from '../conll.js';
import type { EvalRow, EvalTask } from '../task.js';

/**
 * Document-level name sets on CoNLL-2003 (dev). Matching rule: names are compared after lower-casing,
 * collapsing whitespace and dropping dots ("U.S." = "US"). A predicted entity counts as right when
 * its name or one of its aliases (forms the article used, plus a person's bare surname) is a gold name
 * of that type in the document; a gold name counts as found when it equals the name or an alias of a
 * predicted entity of that type. Precision is over predicted entities, recall over unique gold names.
 */

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

function norm(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

class Tally {
  predicted = 0;
  predictedRight = 0;
  gold = 0;
  goldFound = 0;

  add(gold: Set<string>, predicted: string[][]): void {
    const forms = new Set(predicted.flat());
    this.predicted += predicted.length;
    this.predictedRight += predicted.filter((p) => p.some((f) => gold.has(f))).length;
    this.gold += gold.size;
    for (const g of gold) if (forms.has(g)) this.goldFound++;
  }

  scores(): { precision: number; recall: number; f1: number } {
    const precision = this.predictedRight / this.predicted;
    const recall = this.goldFound / this.gold;
    return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
  }
}

function toDoc(doc: ConllDocument): { doc: Doc; text: string } {
  const paragraphs = doc.sentences.map((s) => s.tokens.join(' '));
  const { sentences, sentenceParagraph } = segment(paragraphs);
  return {
    doc: { title: '', published: null, paragraphs, sentences, sentenceParagraph, captions: [] },
    text: paragraphs.join('\n\n'),
  };
}

function goldSet(doc: ConllDocument, type: NerType): Set<string> {
  return new Set(doc.sentences.flatMap((s) => goldNames(s, type)).map(norm));
}

function forms(e: Person | NamedEntity): string[] {
  return [...new Set([e.name, ...e.aliases].map(norm))];
}

/** compromise's people(), as plain strings without trailing punctuation or possessive. */
function compromisePeople(text: string): string[][] {
  const names = nlp(text).people().out('array') as string[];
  const cleaned = names.map((n) => norm(n.replace(/\s*['’]s$/, '').replace(/[^\p{L}\p{N}]+$/u, '')));
  return [...new Set(cleaned.filter(Boolean))].map((n) => [n]);
}

/**
 * Megabytes per CPU-second through `extractEntities` alone, over three passes after a warm-up pass. CPU time, not
 * wall time, so the figure does not depend on what else the machine is running.
 */
function throughput(docs: { doc: Doc; bytes: number }[]): number {
  for (const d of docs) extractEntities(d.doc);
  const rounds = 3;
  const bytes = rounds * docs.reduce((n, d) => n + d.bytes, 0);
  const before = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) extractEntities(d.doc);
  const used = process.cpuUsage(before);
  return bytes / (used.user + used.system);
}

const MENTION_TYPE = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' } as const;

/** Mention counts: gold and predicted (type, name) pairs of one document, matched as multisets. */
class MentionTally {
  gold = 0;
  predicted = 0;
  right = 0;

  add(gold: string[], predicted: string[]): void {
    const left = new Map<string, number>();
    for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
    for (const p of predicted) {
      const n = left.get(p) ?? 0;
      if (n > 0) {
        this.right++;
        left.set(p, n - 1);
      }
    }
    this.gold += gold.length;
    this.predicted += predicted.length;
  }

  scores(): { precision: number; recall: number; f1: number } {
    const precision = this.right / this.predicted;
    const recall = this.right / this.gold;
    return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
  }
}

/**
 * Entity-level (mention) scores through the user's path: each document detokenised to plain text,
 * cleaned and split by `prepareDoc`, and tagged by the entity stage. A mention is right when the
 * document holds a gold name of the same type and spelling not already matched (multiset match:
 * the pipeline keeps no CoNLL token offsets, so position is not compared).
 */
function mentionTallies(docs: ConllDocument[]): { per: MentionTally; all: MentionTally } {
  const per = new MentionTally();
  const all = new MentionTally();
  for (const d of docs) {
    const text = plainText(d);
    const types: NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];
    const gold = types.flatMap((t) =>
      d.sentences.flatMap((s) => goldNames(s, t)).map((n) => `${t} ${norm(n)}`),
    );
    const { mentions } = findArticleMentions(prepareDoc({ text, title: '' }));
    const predicted = mentions.map((m) => `${MENTION_TYPE[m.kind]} ${norm(m.text)}`);
    all.add(gold, predicted);
    per.add(
      gold.filter((g) => g.startsWith('PER ')),
      predicted.filter((p) => p.startsWith('PER ')),
    );
  }
  return { per, all };
}

const NewsLine = z.object({ article: z.string() });

/** CNN/DailyMail articles cleaned and split by the real pipeline stages, for timing the entity stage on news. */
function newsDocs(file: string): { doc: Doc; bytes: number }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const { article } = NewsLine.parse(JSON.parse(l));
      return { doc: prepareDoc({ text: article, title: '' }), bytes: Buffer.byteLength(article) };
    });
}

export const task: EvalTask = {
  name: 'conll',
  needs: ['conll2003/eng.testa'],
  async run(evalDir: string): Promise<EvalRow[]> {
    const docs = loadConll(path.join(evalDir, 'conll2003/eng.testa'));
    const tallies = { PER: new Tally(), LOC: new Tally(), ORG: new Tally() };
    const baseline = new Tally();
    const prepared = docs.map((d) => ({ gold: d, ...toDoc(d) }));
    for (const p of prepared) {
      const entities = extractEntities(p.doc);
      tallies.PER.add(goldSet(p.gold, 'PER'), entities.people.map(forms));
      tallies.LOC.add(goldSet(p.gold, 'LOC'), entities.places.map(forms));
      tallies.ORG.add(goldSet(p.gold, 'ORG'), entities.organizations.map(forms));
      baseline.add(goldSet(p.gold, 'PER'), compromisePeople(p.text));
    }
    const rows: EvalRow[] = [];
    const per = tallies.PER.scores();
    rows.push({
      task: 'conll',
      metric: `eng.testa (dev) PER F1 (${docs.length} docs, doc-level name sets)`,
      value: fmt(per.f1),
      target: '≥ 0.80',
      pass: per.f1 >= 0.8,
    });
    rows.push({
      task: 'conll',
      metric: 'eng.testa (dev) PER precision / recall',
      value: `${fmt(per.precision)} / ${fmt(per.recall)}`,
    });
    for (const type of ['LOC', 'ORG'] as const) {
      const s = tallies[type].scores();
      rows.push({
        task: 'conll',
        metric: `eng.testa (dev) ${type} F1 (P ${fmt(s.precision)} / R ${fmt(s.recall)})`,
        value: fmt(s.f1),
      });
    }
    // The held-out CoNLL test figure is measured so: plain text through `herald parse` (cleaning
    // included), a person with its aliases counted once. The figure above skips the cleaner.
    const userPath = new Tally();
    for (const d of docs) {
      const entities = extractEntities(prepareDoc({ text: plainText(d), title: '' }));
      userPath.add(goldSet(d, 'PER'), entities.people.map(forms));
    }
    const up = userPath.scores();
    rows.push({
      task: 'conll',
      metric: `eng.testa (dev) PER F1, doc-level, plain text through cleaning (P ${fmt(up.precision)} / R ${fmt(up.recall)})`,
      value: fmt(up.f1),
      target: '≥ 0.88 (held-out test)',
      pass: up.f1 >= 0.88,
    });
    const mentionScores = mentionTallies(docs);
    const mp = mentionScores.per.scores();
    rows.push({
      task: 'conll',
      metric: `eng.testa (dev) PER mention F1, plain text through cleaning (P ${fmt(mp.precision)} / R ${fmt(mp.recall)})`,
      value: fmt(mp.f1),
      target: '≥ 0.90',
      pass: mp.f1 >= 0.9,
    });
    const ma = mentionScores.all.scores();
    rows.push({
      task: 'conll',
      metric: `eng.testa (dev) all-types mention F1, plain text through cleaning (P ${fmt(ma.precision)} / R ${fmt(ma.recall)})`,
      value: fmt(ma.f1),
    });
    const b = baseline.scores();
    rows.push({
      task: 'conll',
      metric: 'eng.testa (dev) baseline compromise people() PER F1',
      value: fmt(b.f1),
      target: 'compromise 0.52',
    });
    const conllSpeed = throughput(prepared.map((p) => ({ doc: p.doc, bytes: Buffer.byteLength(p.text) })));
    rows.push({
      task: 'conll',
      metric: 'entity stage MB/s (CPU time), eng.testa (dev) text',
      value: conllSpeed.toFixed(2),
    });
    const news = newsDocs(path.join(evalDir, 'cnndm-dev.jsonl'));
    if (news.length > 0) {
      const speed = throughput(news);
      rows.push({
        task: 'conll',
        metric: 'entity stage MB/s (CPU time), cnndm-dev (dev) news text',
        value: speed.toFixed(2),
        target: '≥ 2',
        pass: speed >= 2,
      });
    }
    return rows;
  },
};
