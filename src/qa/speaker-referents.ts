import type { ParsedArticle } from '../engine/schema.js';
import { hasNamedSpeaker } from '../engine/schema.js';
import { lemma } from './lexicon.js';
import { words } from './text.js';

/**
 * Which person a sentence names through the speaker of its quotation. News writing names a
 * speaker once and then tags the next quotations with a description or a pronoun ("“We will
 * appeal,” the former mayor told reporters", "“...,” she told the council") or runs a quotation
 * on with no tag at all; the quote reader resolved those tags to a person at ingest (the stored
 * `quotes[].speaker`). So the sentence where such a quotation starts, when it does not write the
 * speaker's name, is read as naming the speaker: "what did Ada Brook tell the council?" finds the
 * sentence whose tag says only "she". A sentence that writes any word of the name already holds
 * it and gets nothing (crediting "Brook" with "Ada" would lift it above sentences the name is
 * written in full).
 * A quotation whose speaker the reader only guessed from the names around it (basis "nearby":
 * no tag, no run-on) is left out: the one wrong credit of the sample read was such a guess.
 * Over all 2,775 training questions (2-840, committed weights): 10 replies change, 3 wrong ->
 * right, 1 right -> wrong, 5 wrong stay wrong, 1 right stays right; the credits themselves hold
 * 31 of 33 on a sample (every 25th of 846 in articles 2-599; ADR 015, session 21).
 * Read from the stored parse once per article with the evidence index: linear in its quotes.
 */
export function speakerReferentRoots(
  parsed: ParsedArticle,
  sentenceRoots: readonly ReadonlySet<string>[],
): ReadonlySet<string>[] {
  const out: ReadonlySet<string>[] = parsed.sentences.map(() => EMPTY);
  for (const quote of parsed.quotes) {
    if (!hasNamedSpeaker(quote) || quote.basis === 'nearby') continue;
    const speaker = quote.speaker;
    const person = parsed.people.find((p) => p.name === speaker || p.aliases.includes(speaker));
    if (!person) continue;
    const own = [person.name, ...person.aliases].flatMap((form) => words(form).map(lemma));
    const here = sentenceRoots[quote.sentence];
    if (!here || own.some((r) => here.has(r))) continue;
    const roots = new Set(out[quote.sentence] ?? EMPTY);
    for (const r of own) roots.add(r);
    out[quote.sentence] = roots;
  }
  return out;
}

const EMPTY: ReadonlySet<string> = new Set<string>();
