/**
 * `node --import tsx eval/role-questions.ts [<from> <to>] [--all]`: the role stage checked against
 * the "Who is X?" training questions (tools/train/data/news-questions.jsonl, PolNeAR TRAIN
 * articles), whose answers are the role the article gives X. Each article is parsed from its text
 * alone, X is found among its people by name or alias, and X's roles are compared with the gold
 * answers: by head noun as the news-dev scorer matches roles (eval/news-dev-score.ts), and as
 * written (a role equal to a gold answer, case and a leading article aside). Prints each miss (or
 * every question with --all) and the totals. For finding role errors on training text: news-dev
 * stays dev. Article text is read from $HERALD_TRAIN_DIR at run time; nothing of it is stored here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/engine/pipeline.js';
import type { Person } from '../src/engine/schema.js';
import { articleTexts, loadNewsQuestions } from '../tools/train/news-questions.js';
import { normaliseSurface, roleMatches } from './news-dev-score.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const trainDir = process.env.HERALD_TRAIN_DIR ?? path.resolve(here, '../../shared/train');
const args = process.argv.slice(2);
const showAll = args.includes('--all');
const [from, to] = args.filter((a) => !a.startsWith('--')).map(Number);

const WHO_IS = /^Who (?:is|was) (.+?)\?$/;
const questions = loadNewsQuestions().filter(
  (q) => WHO_IS.test(q.question) && q.article >= (from ?? 0) && q.article <= (to ?? Number.MAX_SAFE_INTEGER),
);
const texts = articleTexts(trainDir, questions);

/** The person the question names: a full-name or alias match, else one sharing the last word. */
function findPerson(people: readonly Person[], name: string): Person | undefined {
  const wanted = normaliseSurface(name);
  const forms = (p: Person) => [p.name, ...p.aliases].map(normaliseSurface);
  const exact = people.find((p) => forms(p).includes(wanted));
  if (exact) return exact;
  const last = wanted.split(' ').at(-1) ?? wanted;
  return people.find((p) => forms(p).some((f) => f.split(' ').at(-1) === last));
}

const bare = (role: string) =>
  role
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[.,]+$/, '')
    .trim();

const parsed = new Map<number, Person[]>();
const tally = { questions: 0, found: 0, withRole: 0, head: 0, written: 0 };
for (const q of questions) {
  const name = WHO_IS.exec(q.question)?.[1] ?? '';
  let people = parsed.get(q.article);
  if (!people) {
    people = parseArticle({ text: texts.get(q.article) ?? '' }).people;
    parsed.set(q.article, people);
  }
  const person = findPerson(people, name);
  const roles = person?.roles ?? [];
  const head = roles.some((r) => q.answers.some((g) => roleMatches(r, g)));
  const written = roles.some((r) => q.answers.some((g) => bare(r) === bare(g)));
  tally.questions++;
  if (person) tally.found++;
  if (roles.length > 0) tally.withRole++;
  if (head) tally.head++;
  if (written) tally.written++;
  if (showAll || !head) {
    const mark = head ? (written ? 'RIGHT' : 'HEAD ') : person ? 'MISS ' : 'NOBODY';
    console.log(
      `${mark} [${q.article}] ${name} | gold: ${q.answers.join(' / ')} | got: ${roles.join(' / ')}`,
    );
  }
}
const pct = (n: number) => (n / Math.max(1, tally.questions)).toFixed(3);
console.log(
  `${tally.questions} questions: person found ${tally.found}, with a role ${tally.withRole}, ` +
    `role right by head noun ${tally.head} (${pct(tally.head)}), as written ${tally.written} (${pct(tally.written)})`,
);
