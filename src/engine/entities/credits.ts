/**
 * Photo credits and agency bylines name photographers and writers, not people of the story. The
 * clean stage moves captions and whole-line bylines out of the body, but credits glued into a
 * sentence ("(photo credit: REUTERS/...)", "REUTERS/Jane Doe", "Getty Images"), a byline the
 * cleaner kept as the title, and credit lines at the foot of an article still slip through; blank
 * their names with spaces so offsets hold. Each form below is how credits are written in any
 * outlet's copy, never a name seen in one article.
 */

import { maskAgencyCredits } from './agency-credit.js';

const CREDIT_PAREN =
  /\((?:[^()]|\([^()]*\))*?\b(?:photo|photos|credit|credits|getty|pictured|image|images|courtesy|file photo)\b(?:[^()]|\([^()]*\))*\)/gi;
// "REUTERS/Jane Doe", "AFP/Getty", "AP Photo/Jane Doe": an agency in capitals, a slash, then names.
const SLASH_CREDIT = /\b[\p{Lu}.]{2,}(?: Photo)?\/[\p{Lu}][\p{L}'’.-]*(?:[ ][\p{Lu}][\p{L}'’.-]*)*/gu;
const GETTY = /\bGetty Images\b/g;
/**
 * "Jane Doe/Getty Images.", "Jane Doe / Reuters", "(Jane Doe/AFP)", "Jane Doe/The Daily Planet": a
 * photographer's name and a slash before the picture agency or the paper, the agency ending the credit. Checked before the agency itself
 * is blanked; a poll's two sponsors ("the Tribune/CBS News poll") go on into prose and stay, and a
 * shouted headline ("LEAGUE RESULTS / STANDINGS") holds no photographer's name.
 */
const PHOTOGRAPHER_SLASH =
  /\b\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[ ]\p{Lu}\p{Ll}[\p{L}'’.-]*){0,3}(?=[ ]?\/[ ]?(?:Getty Images|Reuters|Shutterstock|Alamy|Bloomberg|\p{Lu}{2,}|The(?:[ ]\p{Lu}[\p{L}'’&-]*){1,4})\s*(?:$|[.)\],;]))/gu;

/** One person's name: capitalised words, with the particles names hold ("Ana de la Cruz"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ ](?:\p{Lu}[\p{L}'’.-]*|de|da|di|du|la|le|van|von|der|den|del|al|bin|ibn)){0,4}`;
/** Names in a list: "Jane Doe", "Jane Doe and Tom Ellis", "Jane Doe, Tom Ellis & Ann Roe". */
const NAMES = `${NAME}(?:(?:,[ ]|[ ](?:and|&)[ ])${NAME})*`;

/**
 * A sentence that is only a byline: "By Jane Doe and Tom Ellis", "By Jane Doe, Reuters", "By
 * JANE DOE | The Daily Planet", "BY JANE DOE AND TOM ELLIS". Only capitalised words and connectors after "By", so "By Monday
 * the river had risen" (a lower-case word) is no byline.
 */
const BYLINE_SENTENCE =
  /^(\s*(?:[Bb]y|BY)\s+)((?:\p{Lu}[\p{L}'’.-]*|and|&|of|the|for|[,|/])(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|of|the|for|[,|/])|[,|/])*)\s*\.?\s*$/u;

/**
 * A credit label and its names: "Photograph: Jane Doe", "Photographer: Jane Doe", "Photography by
 * Jane Doe", "Pictures: Jane Doe and Tom Ellis", "© Jane Doe", and the staff line some papers end
 * a story with, "Contributing: Jane Doe and Tom Ellis, The Daily Planet". The label is capitalised and opens
 * the sentence or follows a bracket, pipe or dash, as credits are set, and the names end the credit
 * (the sentence, a slash before an agency, a bracket, a year): "the exhibition shows photography by
 * Jane Doe" is about her, and so is the headline "Pictures: Jane Doe opens the new wing".
 */
const LABELLED_CREDIT = new RegExp(
  String.raw`(?:^|[(|—–-]\s*|[.!?]\s+)(?:(?:Photo(?:s|graph|graphs|grapher|graphers|graphy)?|Pictures?|Images?|Illustrations?|Graphics?|Video|Cartoon|Credits?|Contributing)\s*(?::|[ ]by[ ])|©|\([Cc]\))\s*(?:\d{4}\s+)?(${NAMES})(?=\s*(?:$|[/)|,;.\d]|for\b|via\b))`,
  'gu',
);

/**
 * Who reported, wrote or edited the story: "Additional reporting by Jane Doe and Tom Ellis",
 * "Editing by Ann Roe". "Written by", "Words by" and the like only open a sentence or follow a
 * semicolon: inside prose ("a letter written by Jane Doe") they name someone of the story.
 */
const STAFF_CREDIT = new RegExp(
  String.raw`(?:\b(?:[Rr]eporting|[Ee]diting|[Ff]act-checking|[Aa]dditional reporting)[ ]by[ ]|(?:^|;\s*)(?:Written|Words|Research|Compiled|Produced|Story|Text|Interviews?)[ ]by[ ])(${NAMES})`,
  'gu',
);

/**
 * A sentence that is only a writer's credit: "Jane Doe, Political Editor", "Jane Doe, Senior
 * Correspondent", "Jane Doe, The Planet Press" (a wire or news service's head word closing the
 * line), "Jane Doe | Reuters", "Jane Doe for The Daily Planet".
 */
const SIGNED_LINE = new RegExp(
  String.raw`^\s*(${NAME})(?:,[ ](?:\p{Lu}[\p{L}-]*[ ]){0,3}(?:Editor|Correspondent|Reporter|Writer|Columnist|Journalist|Critic|Contributor)s?|,[ ](?:The[ ])?(?:\p{Lu}[\p{L}-]*[ ]){0,3}(?:Press|News|Agency|Service)|[ ]\|[ ](?:\p{Lu}[\p{L}.'’&-]*[ ]?){1,4}|[ ]for[ ](?:[Tt]he[ ])?(?:\p{Lu}[\p{L}.'’&-]*[ ]?){1,4})\s*\.?\s*$`,
  'u',
);

/**
 * The writer's line at the foot of a story: "Follow Jane Doe on Twitter @janedoe", "Follow our
 * reporter Jane Doe and Tom Ellis on Instagram". An imperative "Follow" opening the sentence and a
 * social network after the names: prose about someone followed online says who follows.
 */
const FOLLOW_CREDIT = new RegExp(
  String.raw`^\s*Follow\s+(?:.*?\s)??(${NAMES})\s+on\s+(?:Twitter|Facebook|Instagram|Threads|Bluesky|X|LinkedIn|TikTok)\b`,
  'u',
);

/**
 * The staff line at the foot of a story: "Jane Doe contributed reporting.", "Jane Doe and Tom Ellis
 * contributed reporting from Port Tarvik.", "Doe reported from Port Tarvik.", "Agency writer Jane Doe contributed
 * from Port Tarvik." The whole sentence is the credit: the names, then "contributed" (alone, with
 * "reporting" or "research", "to this report") or "reported from" a place, and nothing else but a
 * second writer's place after a semicolon. A donor ("Jane Doe contributed $500") or a witness
 * ("Doe reported seeing smoke") goes on otherwise.
 */
const STAFF_LINE = new RegExp(
  String.raw`^\s*(?:(?:\p{Lu}[\p{L}.'’&-]*[ ]){1,4}(?:writers?|reporters?|correspondents?)[ ])?(${NAMES})[ ](?:contributed(?:[ ](?:reporting|research))?(?:[ ]to[ ]this[ ](?:report|story|article))?(?:[ ]from[ ]\p{Lu}[^;]*?)?|reported[ ]from[ ]\p{Lu}[^;]*?)(?:;.*)?\s*\.?\s*$`,
  'u',
);

/**
 * The writer's note closing a story: "Jane Doe is a correspondent for The Daily Planet.", "Doe is
 * a Tarvik-based reporter for the Planet Network.", "Jane Doe is senior courts editor at The Daily
 * Planet covering crime." The sentence is only the name, "is" or "are", a journalist's noun and a
 * capitalised outlet; a story about a journalist says more of her in the same sentence.
 */
const WRITER_NOTE = new RegExp(
  String.raw`^\s*(${NAMES})[ ](?:is|are)[ ](?:(?:an?|the)[ ])?(?:[\p{L}-]+[ ]){0,3}(?:correspondents?|reporters?|writers?|editors?|columnists?|journalists?|contributors?|producers?)[ ](?:for|at|with)[ ](?:the[ ])?\p{Lu}[\p{L}.'’&-]*(?:[ ](?:\p{Lu}[\p{L}.'’&-]*|of|and|&))*(?:,?[ ](?:covering|based[ ]in)[ ][^.]*)?\s*\.?\s*$`,
  'u',
);

/**
 * A caption's credit in brackets: "(Jane Doe for The Daily Planet)". "The" before the paper tells
 * it from a campaign's slogan ("(Doe for Mayor)").
 */
const PAPER_CREDIT = new RegExp(String.raw`\((${NAMES})[ ]for[ ]The[ ]\p{Lu}[^()]*\)`, 'gu');

/**
 * A picture credit naming who took or supplied it before "via" and the agency that carried it:
 * "Jane Doe via Getty Images.", "The Daily Planet via AFP", and the caption piece left when the
 * cleaner splits the agency off ("Jane Doe via"). The names open the line, as credits are set, and
 * "via" is followed by a picture agency or ends the text: "a message sent via Tom Ellis" is prose.
 */
const VIA_CREDIT = new RegExp(
  String.raw`(?:^\s*|[(|—–-]\s*)(${NAMES})(?=[ ]via(?:[ ](?:Getty[ ]Images|AFP|Reuters|REUTERS|AP|EPA|Shutterstock|Alamy)\b[^\p{Ll}]*$|\s*\.?\s*$))`,
  'gu',
);

function blank(match: string): string {
  return ' '.repeat(match.length);
}

/** The sentence with the names of `group` in each match of `pattern` blanked. */
function blankGroup(sentence: string, pattern: RegExp): string {
  return sentence.replace(pattern, (whole: string, names: string) => {
    const at = whole.lastIndexOf(names);
    return whole.slice(0, at) + blank(names) + whole.slice(at + names.length);
  });
}

/** What every `LABELLED_CREDIT` match holds: a label's colon or " by ", "©" or "(c)". */
const LABEL_MARK = /:| by |©|\([Cc]\)/;
/**
 * And one of its labels' capitalised stems, "©" or "(c)": a colon alone (common in quotes and
 * headlines) sent most sentences through the whole pattern.
 */
const LABEL_WORD = /Photo|Picture|Image|Illustration|Graphic|Video|Cartoon|Credit|Contributing|©|\([Cc]\)/;

/** The words `STAFF_CREDIT` reads right before " by " ("Additional reporting" ends in "reporting"). */
const STAFF_LABELS = [
  'reporting',
  'Reporting',
  'editing',
  'Editing',
  'fact-checking',
  'Fact-checking',
  'Written',
  'Words',
  'Research',
  'Compiled',
  'Produced',
  'Story',
  'Text',
  'Interview',
  'Interviews',
];

/**
 * Whether some " by " in the text follows a staff label: what every `STAFF_CREDIT` match holds,
 * found from the few " by " in a sentence instead of the pattern tried at every offset.
 */
function mayHoldStaffCredit(text: string): boolean {
  for (let at = text.indexOf(' by '); at >= 0; at = text.indexOf(' by ', at + 1))
    for (const label of STAFF_LABELS) if (text.endsWith(label, at)) return true;
  return false;
}

export function maskCredits(sentence: string): string {
  // A photographer's name before a separator and the agency closing a caption (agency-credit.ts).
  let text = maskAgencyCredits(sentence);
  // Each pattern runs only on a text holding its literal part ("(", "/", "Getty", a label's ":" or
  // " by "): blanking only turns characters into spaces, so a text without it cannot match.
  if (text.includes('(')) text = text.replace(CREDIT_PAREN, blank);
  if (text.includes('/')) text = text.replace(PHOTOGRAPHER_SLASH, blank).replace(SLASH_CREDIT, blank);
  if (text.includes(' via')) text = blankGroup(text, VIA_CREDIT);
  if (text.includes('Getty')) text = text.replace(GETTY, blank);
  // Most sentences hold no credit word; the label patterns run only on those that might.
  if (/ by |^(?:[Bb]y|BY) |:|©|\([Cc]\)|\|| for /.test(text)) {
    const byline = BYLINE_SENTENCE.exec(text);
    if (byline) return (byline[1] ?? '') + blank(text.slice((byline[1] ?? '').length));
    if (LABEL_MARK.test(text) && LABEL_WORD.test(text)) text = blankGroup(text, LABELLED_CREDIT);
    if (mayHoldStaffCredit(text)) text = blankGroup(text, STAFF_CREDIT);
  }
  if (text.trimStart().startsWith('Follow')) text = blankGroup(text, FOLLOW_CREDIT);
  if (text.includes(' for The') && text.includes('(')) text = blankGroup(text, PAPER_CREDIT);
  // Staff lines and writers' notes are short sentences holding their verb.
  if (text.length <= 160 && / (?:contributed|reported from|is|are) /.test(text))
    text = blankGroup(blankGroup(text, STAFF_LINE), WRITER_NOTE);
  // A writer's credit line is short; body sentences are not tried.
  if (text.length <= 90) {
    const signed = SIGNED_LINE.exec(text);
    if (signed?.[1]) {
      const at = signed.index + signed[0].indexOf(signed[1]);
      text = text.slice(0, at) + blank(signed[1]) + text.slice(at + signed[1].length);
    }
  }
  return text;
}
