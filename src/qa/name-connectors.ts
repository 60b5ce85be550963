/**
 * How far a body's or a thing's name runs through the small words written inside it: "Court of
 * Appeals for the Third Circuit", "Citizens for Harbour Reform", "Committee on Fisheries and
 * Ports", "the Vellport/Orrin debate". The candidate finder stops a name at its first lowercase
 * word or slash, so a reply may be one piece of such a name ("Appeals", "Citizens"); the reader
 * asking "which court" or "which group" wants all of it.
 */

/** A capitalised word (or an ordinal such as "3rd" inside a name): a piece of a name. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}.'’-]*|\p{N}+(?:st|nd|rd|th))`;
/** One or more name words, ending on a capitalised one. */
const NAME_RUN = String.raw`(?:${NAME_WORD}\s+)*\p{Lu}[\p{L}\p{N}.'’-]*`;

/** After the answer: "of/for (the) <name>", "& <name>", "/<name>". */
const JOINED_AFTER = new RegExp(String.raw`^(?:\s+(?:of|for)(?:\s+the)?\s+|\s+&\s+|/)(${NAME_RUN})`, 'u');

/** Before the answer: "<name> of/for (the)", "<name> &", "<name>/", and "<body> on" (below). */
const JOINED_BEFORE = new RegExp(String.raw`(${NAME_RUN})(\s+(?:of|for|on)(?:\s+the)?\s+|\s+&\s+|/)$`, 'u');

/**
 * The last word of a name that "of", "for" or "on" carries on: the head of a body's or a
 * charter's name ("Board of Elections", "Institute for Fiscal Studies", "Committee on Ways and
 * Means", "Bill of Rights"). After any other word the small word leads out of the name: a
 * person's or a party member's home ("Reyes of Oregon", "a Democrat of Ohio"), a title before a
 * name ("Secretary of State <Name>"), two bodies ("<Pollster> for the <Paper>").
 */
const NAME_HEAD_WORDS =
  '(?:University|College|School|Institute|Institution|Academy|Department|Ministry|Office|Bureau|Agency|Administration|Board|Council|Committee|Subcommittee|Commission|Court|Bank|Church|Museum|Society|Association|Federation|League|Union|Party|Republic|Kingdom|States|Center|Centre|Chamber|Division|Corps|Service|Services|Foundation|Fund|Coalition|Alliance|Conference|Organization|Organisation|Authority|Tribunal|Library|Hospital|Bill|Declaration|Charter|Order|Caucus|Panel|Force)';
const NAME_HEAD = new RegExp(`${NAME_HEAD_WORDS}$`, 'u');
const NAME_HEAD_WORD = new RegExp(`^${NAME_HEAD_WORDS}$`, 'u');

/** "Court of Appeals | for the Third Circuit": a head anywhere in the name joined so far carries it on. */
function hasNameHead(name: string): boolean {
  return name.split(/\s+/).some((w) => NAME_HEAD_WORD.test(w));
}

/** "on" joins a subject to a body that studies it ("Committee on Ways and Means"), not a name to a day or a topic. */
const BODY_BEFORE_ON = /(?:Committee|Subcommittee|Commission|Council|Caucus|Panel|Conference|Force)$/u;

/** Names of days and months: "<name> of March" dates, it does not name. */
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)/u;

/** Most joins followed one way: names longer than this are lists or clauses misread. */
const MAX_JOINS = 3;

/**
 * The whole name around `answer` in `evidence`, joined through "of", "for", "on" (after a body
 * word), "&" and "/" to the capitalised words on either side. The answer is returned unchanged
 * when it is not itself a name (its first or last word lowercase) or nothing joins it.
 */
export function withWholeName(answer: string, evidence: string): string {
  const bare = answer.replace(/^(?:an?|the)\s+/i, '');
  const lead = answer.slice(0, answer.length - bare.length);
  if (!/^[\p{Lu}\p{N}]/u.test(bare) || !/\p{Lu}[\p{L}\p{N}.'’-]*$/u.test(bare)) return answer;
  const at = evidence.indexOf(bare);
  if (at < 0 || mostlyCapitalised(evidence)) return answer;
  let start = at;
  let end = at + bare.length;
  // Leftward first: the body word before ("Court of | Appeals") carries the name on to the right.
  for (let joins = 0; joins < MAX_JOINS; joins++) {
    const before = JOINED_BEFORE.exec(evidence.slice(0, start));
    if (!before?.[1] || !before[2]) break;
    if (/^\s+on\b/.test(before[2]) && !BODY_BEFORE_ON.test(before[1])) break;
    if (/^\s+(?:of|for)\b/.test(before[2]) && !NAME_HEAD.test(before[1])) break;
    start -= before[0].length;
  }
  for (let joins = 0; joins < MAX_JOINS; joins++) {
    const after = JOINED_AFTER.exec(evidence.slice(end));
    if (!after?.[1] || CALENDAR.test(after[1])) break;
    if (/^\s+(?:of|for)\b/.test(after[0]) && !hasNameHead(evidence.slice(start, end))) break;
    end += after[0].length;
  }
  if (start === at && end === at + bare.length) return answer;
  // The stop that closes the sentence is no part of the name ("Article II of the Charter."), nor
  // is the possessive of a name joined on ("the Bank of Orrin's loan").
  let whole = evidence.slice(start, end).replace(/(\p{Ll}{2,})\.$/u, '$1');
  if (end > at + bare.length) whole = whole.replace(/['’]s$/u, '');
  return `${start === at ? lead : ''}${whole}`;
}

/**
 * A headline in title case ("Mayor Calls for Ferry Inquiry after Report"), capitalising verbs
 * too, whatever it does with its small words: four in five of its longer words capitalised.
 */
function mostlyCapitalised(sentence: string): boolean {
  const long = sentence.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}
