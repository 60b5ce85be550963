/**
 * "Ferry chief to visit Orlen on Thursday", "Note: 40 riders to finish their stage on Friday": a
 * subject followed straight by "to" and a verb, with no tense of its own, is the headline and
 * notes form of the future in news copy. The clause opens the sentence or follows a colon; a
 * subject of a few words (no preposition or participle before "to", which would make "to" part of
 * a phrase: "in talking to reporters", "gathering in Alden to start") comes first.
 */

/** A subject of one to five words, then "to" and a word that is no article (then it is a place). */
const SUBJECT_TO_VERB =
  /^\s*(?!(?:[Ii]n|[Ww]ith|[Bb]y|[Ff]or|[Aa]fter|[Bb]efore|[Oo]n|[Aa]t|[Ff]rom|[Aa]s|[Oo]f|[Ii]f|[Ww]hen|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|[Ii]t|I|[Yy]ou)\b)(?:[\p{L}\d.'’&-]+\s+){1,5}?to\s+(?!the\b|a\b|an\b|be\b|his\b|her\b|their\b|its\b)[a-z]+\b/u;

/** A word in -ing or -ed before "to" makes it a verb's complement, not the subject's future. */
const VERB_FORM_BEFORE_TO = /\b\p{L}+(?:ing|ed)\s+(?:[\p{L}\d.'’&-]+\s+){0,4}to\s/u;

/**
 * Whether `clauseHead` (the text from a clause's start to the date) is a subject then an
 * infinitive, the clause opening the sentence or following a colon (`opensOrAfterColon`).
 */
export function headlineInfinitive(clauseHead: string, opensOrAfterColon: boolean): boolean {
  return opensOrAfterColon && SUBJECT_TO_VERB.test(clauseHead) && !VERB_FORM_BEFORE_TO.test(clauseHead);
}
