import vm from 'node:vm';
import { hasNamedSpeaker } from '../engine/schema.js';
import type { Subscription } from '../store/alert-store.js';
import type { StoredArticle } from '../store/store.js';

/** What a subscription is tested against: the article, and the feeds that brought it in. */
export interface MatchSubject {
  article: StoredArticle;
  feedUrls: string[];
}

/** A user's regex runs at most this long per article, so a catastrophic pattern can't stall delivery. */
const REGEX_TIME_LIMIT_MS = 50;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Words and phrases as whole words, case-insensitive: "iran" matches "Iran's" and "IRAN" but not
 * "Iranian"; "nuclear talks" matches the phrase with any spacing. Comma-separated alternatives.
 */
export function keywordPattern(value: string): RegExp | null {
  const alternatives = value
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => a.split(/\s+/).map(escapeRegex).join('\\s+'));
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

function articleText(article: StoredArticle): string {
  return `${article.title}\n${article.parsed.paragraphs.join('\n')}`;
}

/**
 * One sandbox and one compiled script for every user regex: creating a context costs about a
 * millisecond, paid per regex subscription per article otherwise. The context holds only the
 * pattern and text of the current call, both plain strings, so nothing carries from one call to the next.
 */
const regexSandbox = vm.createContext({ pattern: '', text: '', matched: false });
const regexScript = new vm.Script('matched = false; matched = new RegExp(pattern, "iu").test(text)');

/** Runs a user's regex in a sandbox with a time limit; a timeout or bad pattern is "no match" plus a reason. */
export function runUserRegex(pattern: string, text: string): { matched: boolean; problem?: string } {
  try {
    regexSandbox.pattern = pattern;
    regexSandbox.text = text;
    regexScript.runInContext(regexSandbox, { timeout: REGEX_TIME_LIMIT_MS });
    return { matched: regexSandbox.matched === true };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      matched: false,
      problem: /timed out/i.test(message) ? 'regex timed out' : `bad regex: ${message}`,
    };
  }
}

function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether the wanted name is the person's name, one of their aliases, or their surname. */
function samePerson(wanted: string, person: { name: string; aliases: string[] }): boolean {
  const w = normaliseName(wanted);
  const forms = [person.name, ...person.aliases].map(normaliseName);
  if (forms.includes(w)) return true;
  const surname = normaliseName(person.name).split(' ').pop();
  return !w.includes(' ') && w === surname;
}

/**
 * Why the subscription matches the article, as a sentence an admin can read ("mentions the
 * keyword \"nuclear\""), or null when it doesn't.
 */
export function matchReason(sub: Subscription, subject: MatchSubject): string | null {
  const { article } = subject;
  switch (sub.kind) {
    case 'feed':
      return subject.feedUrls.includes(sub.value) ? `arrived through the feed ${sub.value}` : null;
    case 'keyword': {
      const re = keywordPattern(sub.value);
      return re?.test(articleText(article)) ? `mentions "${sub.value}"` : null;
    }
    case 'person': {
      const person = article.parsed.people.find((p) => samePerson(sub.value, p));
      if (person) return `mentions ${person.name}`;
      // Only named speakers: "Ford" must not match "a Ford spokesperson".
      const quoted = article.parsed.quotes.find(
        (q) => hasNamedSpeaker(q) && normaliseName(q.speaker).includes(normaliseName(sub.value)),
      );
      return quoted ? `quotes ${quoted.speaker}` : null;
    }
    case 'regex':
      return runUserRegex(sub.value, articleText(article)).matched
        ? `matches the pattern /${sub.value}/`
        : null;
  }
}
