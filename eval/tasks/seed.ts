import type { ParsedArticle } from '../../src/engine/schema.js';
import { fold, loadSeed, type SeedGold } from '../seed-gold.js';
import type { EvalRow, EvalTask } from '../task.js';

const contains = (a: string, b: string) => fold(a).includes(fold(b)) || fold(b).includes(fold(a));

/** Names of a found entity: its name and aliases. */
function namesOf(entity: { name: string; aliases: string[] }): string[] {
  return [entity.name, ...entity.aliases];
}

function row(metric: string, hits: number, total: number, missing: string[]): EvalRow {
  return {
    task: 'seed',
    metric: `seed article (dev) ${metric}`,
    value: `${hits}/${total}`,
    target: missing.length ? `missing: ${missing.join('; ')}`.slice(0, 120) : `${total}/${total}`,
    pass: hits === total,
  };
}

function scorePeople(parsed: ParsedArticle, gold: SeedGold): EvalRow[] {
  const missing: string[] = [];
  let hits = 0;
  for (const person of gold.people) {
    const found = parsed.people.find((p) => fold(p.name) === fold(person.name));
    const roleOk = found && person.roles.every((role) => found.roles.some((r) => contains(r, role)));
    if (found && roleOk) hits++;
    else missing.push(found ? `${person.name} (role)` : person.name);
  }
  const forbidden = gold.people_forbidden.filter((name) =>
    parsed.people.some((p) => namesOf(p).some((n) => fold(n) === fold(name))),
  );
  return [
    row('people with role', hits, gold.people.length, missing),
    row(
      'no forbidden people',
      gold.people_forbidden.length - forbidden.length,
      gold.people_forbidden.length,
      forbidden,
    ),
  ];
}

function recall(metric: string, found: { name: string; aliases: string[] }[], gold: string[]): EvalRow {
  const missing = gold.filter((g) => !found.some((f) => namesOf(f).some((n) => fold(n) === fold(g))));
  return row(metric, gold.length - missing.length, gold.length, missing);
}

function scoreDates(parsed: ParsedArticle, gold: SeedGold): EvalRow {
  const missing = gold.dates.filter(
    (d) => !parsed.dates.some((m) => contains(m.text, d.text) && m.value === d.value),
  );
  return row(
    'dates (text and value)',
    gold.dates.length - missing.length,
    gold.dates.length,
    missing.map((d) => d.text),
  );
}

function scoreQuotes(parsed: ParsedArticle, gold: SeedGold): EvalRow {
  const missing = gold.quotes.filter(
    (q) =>
      !parsed.quotes.some(
        (m) => contains(m.text, q.text) && m.speaker !== null && fold(m.speaker) === fold(q.speaker),
      ),
  );
  return row(
    'quotes with speaker',
    gold.quotes.length - missing.length,
    gold.quotes.length,
    missing.map((q) => q.speaker),
  );
}

function scoreSummary(parsed: ParsedArticle, gold: SeedGold): EvalRow {
  const text = fold([...parsed.summary, parsed.oneLine].join(' '));
  const present = gold.summary_must_not_contain.filter((s) => text.includes(fold(s)));
  const total = gold.summary_must_not_contain.length;
  return row('summary free of captions', total - present.length, total, present);
}

/**
 * The full pipeline on the seed article against its hand-made gold: people and roles, forbidden
 * names (photographers from credits), organisations, places, dates, the quote and its speaker, and
 * caption-free summary. Question answering is scored by its own task.
 */
export const task: EvalTask = {
  name: 'seed',
  needs: ['seed.gold.json'],
  async run(evalDir) {
    const { gold, parsed } = loadSeed(evalDir);
    return [
      ...scorePeople(parsed, gold),
      recall('organisations found', parsed.organizations, gold.organizations),
      recall('places found', parsed.places, gold.places),
      scoreDates(parsed, gold),
      scoreQuotes(parsed, gold),
      scoreSummary(parsed, gold),
    ];
  },
};
