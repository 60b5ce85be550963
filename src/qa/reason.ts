import { reasonCueStarts } from './reason-cues.js';

/**
 * Reason and purpose clauses in a sentence, for "why" questions: an explicit cause ("because",
 * "due to", "thanks to", "in order to", "in a bid to", "the aim is", "fined for speeding"), a purpose infinitive ("... flew to Oman
 * to de-escalate tensions"), or a preceding event ("after", "following", "amid"). Each clause
 * runs from its cue to the end of the clause (a semicolon, a dash, or the attribution "..., he said").
 */

export interface ReasonClause {
  start: number;
  end: number;
  /** The cue's family: "because" (stated cause or aim), "to" (purpose), "after" (preceding event). */
  cue: 'because' | 'to' | 'after';
}

const EXPLICIT =
  /\b(?:because(?: of)?|thanks to|due to|owing to|as a result of|in order to|so that|so as to|in response to|in retaliation for|in an effort to|in a bid to|aimed at|the (?:aim|goal|purpose|idea|reason) (?:is|was) (?:that |to )?|the big picture is(?: that)?|with the aim of|for fear (?:of|that))\b/gi;

/** Verbs after which "to" starts a complement ("wants to", "is set to"), not a purpose. */
const NOT_PURPOSE =
  /\b(?:like|likes|liked|love|loves|loved|prefer|prefers|preferred|hate|hates|want|wants|wanted|plan|plans|planned|try|tries|tried|trying|going|able|unable|likely|expected|set|due|according|agreed?|decided?|refused?|continues?|continued|need|needs|needed|used|refusal|seems?|appears?|ahead|next|close|up|similar|compared|returned?|go|goes|went|came|come|turned?|led|moved?|talk|talked|spoke|said|told|wrote|sent|gave|access|tends?|hopes?|hoped|seeks?|sought|began|begin|started?|failed|managed|chose|voted|promised|pledged|vowed|threatened|asked|urged|allowed|forced|has|have|had|is|are|was|were|be|ought|order|from|back|way|went|due|related|opposed|committed|close|home|order)\s+$/i;

const PURPOSE =
  /\bto\s+(?!the\b|a\b|an\b|be\b|his\b|her\b|their\b|its\b|this\b|that\b|these\b|those\b|them\b|him\b|us\b|me\b|date\b)(\p{Ll}[\p{L}-]*)/gu;

/**
 * "was banned for speeding", "was praised for saving the boy": after a verb of judging, "for" and
 * a gerund give the reason, a very common way news states why someone was punished or praised.
 * The gerund must be a verb form, not an -ing noun ("for funding", "for a meeting").
 */
const FOR_GERUND =
  /\bfor\s+(?!(?:during|nothing|something|anything|everything|morning|evening|spring|king|ring|thing|building|meeting|hearing|wedding|funding|training|shopping|housing|clothing|parking|boxing|sailing|cycling|swimming|racing|dining|landing|ceiling|opening|offering|being)\b)\p{Ll}+ing\b/gu;

/**
 * "angry at how the network treated him", "frustrated by the gridlock": what a feeling is about
 * is why the person acted on it. On PolNeAR train articles 0-399, 14 of 14 such phrases named
 * the cause of the feeling.
 */
const FEELING =
  /\b(?:angry|angered|upset|furious|frustrated|outraged|incensed)\s+(?:at|over|about|by|with)\b/gi;

/**
 * ", trying to embarrass the mayor", ", hoping to avoid a misstep": a participle of aiming set off
 * by a comma states what the clause before it was for. On PolNeAR train articles 0-399, 18 of 19
 * such participles were followed by a purpose (the other by "to the <date>", no verb).
 */
const AIMING_PARTICIPLE = /,\s+(?:trying|seeking|hoping|aiming|attempting|working)\s+$/i;

/**
 * "out of fear that ...", "out of safety concerns", "out of spite": "out of" and a motive noun
 * give why someone acted. On all 840 PolNeAR train articles, 9 of 9 such phrases were reasons.
 */
const OUT_OF_MOTIVE =
  /\bout of (?:(?:an?|the|his|her|their|genuine|deep|real|growing|political|safety|security|legitimate|abundance of)\s+)*(?:concerns?|fears?|respect|frustration|anger|spite|necessity|desperation|loyalty|curiosity|caution|deference|sympathy|courtesy|pity|compassion|jealousy|panic|principle|embarrassment|shame|gratitude|revenge|malice|duty)\b/gi;

/**
 * "were benched for slow lap times", "faulted the ferry line for the delay": after a verb of judging
 * or punishing, "for" and a noun phrase give the reason (a span of time after "for" does not:
 * "suspended for two weeks"). On all 840 PolNeAR train articles, 49 of 50 sampled were reasons.
 */
const JUDGING =
  'criticized|criticised|praised|blamed|fined|punished|faulted|slammed|attacked|arrested|fired|sued|suspended|dropped|penalized|chastised|lambasted|rebuked|condemned|thanked|apologized|apologised|mocked|ridiculed|scolded|commended|credited|indicted|impeached|ousted|jailed|convicted|honored|honoured';
const JUDGED_FOR = new RegExp(
  String.raw`(?<=\b(?:${JUDGING})\s+(?:[\p{L}’'.-]+\s+){0,3}?)for\s+(?!(?:\d|one|two|three|four|five|six|several|a few|many|more|years?|months?|weeks?|days?|hours?)\b)`,
  'giu',
);

/**
 * "Given the cost of the bridge, the council will wait": a sentence opening on "given" and a noun
 * phrase or clause states, up to its comma, what the main clause follows from. On PolNeAR train
 * (all articles outside 360-499), 17 of 18 sentences so opened gave the ground of the main clause.
 */
const GIVEN_FRONTED = /^\W*(?:(?:but|and|yet|so)\s+)?given\s+(?=\S)/i;

/**
 * "The owners, fearing a strike, closed the yard": a participle of fear or belief set off by a
 * comma gives the motive of the subject's act, up to the next comma. On PolNeAR train (all
 * articles outside 360-499), 11 of 11 were motives; "worried" and "convinced" are left out, as
 * after a comma they were as often the main verb ("The baker, a widower, worried that ...").
 */
const MOTIVE_PARTICIPLE = /,\s+(?:fearing|believing)\s+(?=\S)/gi;

/**
 * "sued the port over the new tolls", "went after the mayor over the delay": after a verb of attack or
 * dispute, "over" and a noun phrase give what it was about (not a span of time: "over the past
 * year", "over two days"). On PolNeAR train (all articles outside 360-499), 11 of 11 were.
 */
const DISPUTING =
  'criticized|criticised|blamed|slammed|attacked|sued|blasted|hammered|lambasted|rebuked|condemned|chided|scolded|mocked|ripped|knocked|faulted|went after|goes after|going after|clashed|split|sparred';
const DISPUTED_OVER = new RegExp(
  String.raw`(?<=\b(?:${DISPUTING})\s+(?:[\p{L}’'.-]+\s+){0,3}?)over\s+(?!(?:the\s+)?(?:past|last|next|weekend|years?|months?|weeks?|days?|decades?|\d|one|two|three|several|a few)\b)`,
  'giu',
);

/**
 * The verb a look-behind cue (JUDGED_FOR, DISPUTED_OVER) needs, searched forwards: a look-behind
 * is tried at every position of the sentence, and most sentences hold none of these verbs, so
 * the cue is only looked for where its verb is written.
 */
const VERB_BEFORE = new Map<RegExp, RegExp>([
  [JUDGED_FOR, new RegExp(String.raw`\b(?:${JUDGING})\s`, 'iu')],
  [DISPUTED_OVER, new RegExp(String.raw`\b(?:${DISPUTING})\s`, 'iu')],
]);

const AFTER = /\b(?:after|following|amid|over fears? (?:of|that)|in the wake of)\b/gi;

/**
 * "went after the senator over the delay": "go after" is to attack or pursue someone, not an event
 * that came first. On PolNeAR train (all articles outside 360-499), 33 of 33 "go/goes/going/gone/
 * went after" were that verb ("came after" stays a preceding event).
 */
const GO_AFTER = /\b(?:go|goes|going|gone|went)\s+$/i;

/**
 * Where the clause starting at `from` ends. A comma and a participle of speech (", calling it",
 * ", saying") opens an adjunct of its own, as the attribution ", he said" does: on PolNeAR train
 * (all articles outside 360-499), 20 of 20 sampled of 241 such participles began a new clause.
 */
export function clauseEnd(sentence: string, from: number): number {
  const rest = sentence.slice(from);
  const cut =
    /[;—–]|\s-\s|,\s+(?:and|but|while|which|who|though|although)\b|,\s+(?:\p{Ll}+\s+)?(?:said|says|told|added|according)\b|,\s+(?:calling|saying|adding|arguing|noting|claiming|insisting)\b|,\s+(?:the\s+)?(?:reports?|officials?|sources?)\s+\p{Ll}+\b|[.!?"”]+\s*$/u.exec(
      rest,
    );
  return from + (cut ? cut.index : rest.length);
}

/** A fronted or parenthetical phrase ends at its comma, or where the clause would. */
function upToComma(sentence: string, from: number): number {
  const comma = sentence.indexOf(',', from);
  const end = clauseEnd(sentence, from);
  return comma >= 0 && comma < end ? comma : end;
}

export function reasonClauses(sentence: string): ReasonClause[] {
  const out: ReasonClause[] = [];
  for (const m of sentence.matchAll(EXPLICIT)) {
    out.push({ start: m.index, end: clauseEnd(sentence, m.index), cue: 'because' });
  }
  for (const m of sentence.matchAll(PURPOSE)) {
    const before = sentence.slice(0, m.index);
    if (NOT_PURPOSE.test(before) && !AIMING_PARTICIPLE.test(before)) continue;
    // "to meeting", "to talks": a destination, not a purpose. A word in "-ss" or "-us" (not the
    // adjectives in "-ous") is a verb there: "to discuss", "to focus", "to caucus". On PolNeAR
    // train, "to <word>us" was "focus" 31 times and "caucus" 8 times, 38 of the 39 as verbs.
    if (/(?:ing|s)$/.test(m[1] ?? '') && !/(?:ss|[^o]us)$/.test(m[1] ?? '')) continue;
    out.push({ start: m.index, end: clauseEnd(sentence, m.index), cue: 'to' });
  }
  for (const m of sentence.matchAll(FOR_GERUND)) {
    out.push({ start: m.index, end: clauseEnd(sentence, m.index), cue: 'because' });
  }
  for (const re of [OUT_OF_MOTIVE, JUDGED_FOR, DISPUTED_OVER]) {
    if (VERB_BEFORE.get(re)?.test(sentence) === false) continue;
    for (const m of sentence.matchAll(re)) {
      out.push({ start: m.index, end: clauseEnd(sentence, m.index), cue: 'because' });
    }
  }
  for (const m of sentence.matchAll(FEELING)) {
    out.push({ start: m.index, end: clauseEnd(sentence, m.index), cue: 'because' });
  }
  const given = GIVEN_FRONTED.exec(sentence);
  if (given) {
    const start = given.index + given[0].search(/given/i);
    out.push({ start, end: upToComma(sentence, start), cue: 'because' });
  }
  for (const m of sentence.matchAll(MOTIVE_PARTICIPLE)) {
    const start = m.index + m[0].search(/\p{L}/u);
    out.push({ start, end: upToComma(sentence, start), cue: 'because' });
  }
  for (const cue of reasonCueStarts(sentence)) {
    const end = cue.fronted ? upToComma(sentence, cue.start) : clauseEnd(sentence, cue.start);
    out.push({ start: cue.start, end, cue: 'because' });
  }
  for (const m of sentence.matchAll(AFTER)) {
    if (GO_AFTER.test(sentence.slice(0, m.index))) continue;
    out.push({ start: m.index, end: clauseEnd(sentence, m.index), cue: 'after' });
  }
  return out.filter((c) => c.end > c.start + 3);
}
