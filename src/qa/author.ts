import type { ParsedArticle } from '../engine/schema.js';
import type { ReadAnswer } from './read-answer.js';
import { findName } from './text.js';

/**
 * "Who wrote this article?": the writer is named where news sites put the credit, at the end.
 * Web news closes with the writer's social line ("Follow <name> on Twitter"); an op-ed or column
 * closes with its author's tagline ("<name> is a retired teacher in <town>.", "<title> <name>,
 * <party-state>, chairs <body>."). A tagline names someone the article never names elsewhere:
 * a news story's last sentence about a person it has been writing about is no credit line.
 */

/** The piece itself, as a question names it ("this article", "the column", "the op-ed"). */
const PIECE = '(?:article|column|op-?ed|piece|story|essay|editorial|commentary|post|report|opinion\\s+piece)';
/** Asks who wrote the piece itself ("who wrote this article?", "who is the column's author?"), not a titled work. */
const ASKS_AUTHOR = new RegExp(
  `^\\s*who\\s+(?:(?:wrote|authored|penned|is\\s+the\\s+(?:author|writer)\\s+of)\\s+(?:this|the)\\s+${PIECE}|is\\s+(?:this|the)\\s+${PIECE}['’]s\\s+(?:author|writer))\\s*\\??\\s*$`,
  'i',
);

export function asksAuthor(question: string): boolean {
  return ASKS_AUTHOR.test(question);
}

/** A courtesy title a credit may carry before the name. */
const TITLE = '(?:(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Prof)\\.\\s+)?';
/** A full name: two or more capitalised words ("AWR Hawkins", "Mary Ann O’Neil"). */
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+";
const NAMES = `${TITLE}${NAME}(?:(?:,\\s+|,?\\s+and\\s+)${TITLE}${NAME})*`;
const FOLLOW = new RegExp(
  `^(?:You\\s+can\\s+)?[Ff]ollow\\s+(${NAMES})\\s+on\\s+(?:Twitter|X|Facebook|Instagram)\\b`,
  'u',
);
/**
 * "<name> is a retired nurse ...", "<name> is director of ...", "<name>, D-Fla., chairs ...": the
 * name, then "is" and what the writer is (not "is polling", "is currently"), or a party-state tag
 * and a present verb. Present tense only: "<name> was in second" reports on the story's subject.
 */
const TAGLINE = new RegExp(
  `^(${TITLE}${NAME})(?:\\s+is\\s+(?!\\p{Ll}+(?:ing|ly)\\b)\\p{Ll}|,\\s+[DRI]-\\p{Lu}[\\p{L}.]*,\\s+(?!(?:was|has)\\s)\\p{Ll}+s\\s)`,
  'u',
);
/** A credit names a person: "The Huffington Post is ..." names the outlet. */
const NOT_A_PERSON = /^(?:The|A|An|This|That)\s/;
/** How many closing sentences may hold the credit (a "Reach him at ..." line may follow it). */
const CLOSING = 3;
/** A tagline is short: one clause saying who the writer is. */
const TAGLINE_WORDS = 30;

export function authorLine(parsed: ParsedArticle): ReadAnswer | null {
  const n = parsed.sentences.length;
  for (let i = n - 1; i >= Math.max(0, n - CLOSING); i--) {
    const sentence = (parsed.sentences[i] ?? '').trim();
    const follow = FOLLOW.exec(sentence);
    if (follow?.[1]) return { text: follow[1], sentence: i, coverage: 1 };
  }
  const last = (parsed.sentences[n - 1] ?? '').trim();
  const tagline = TAGLINE.exec(last);
  if (!tagline?.[1] || NOT_A_PERSON.test(tagline[1]) || last.split(/\s+/).length > TAGLINE_WORDS) return null;
  const name = tagline[1];
  const surname = name.split(/\s+/).at(-1) ?? name;
  // Named anywhere before the closing line: a subject of the story, not its writer.
  if (parsed.sentences.slice(0, n - 1).some((s) => findName(s, surname) >= 0)) return null;
  return { text: name, sentence: n - 1, coverage: 1 };
}
