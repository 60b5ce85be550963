/**
 * A photographer's credit closing a caption: the photographer's name, a separator, then the picture
 * agency or wire service that carried the picture, and nothing after it. Outlets set these credits
 * in a few fixed layouts, whatever the story:
 *   "Jane Doe/Getty Images", "Jane Doe / AP", "Jane Doe/AP Photo" (a slash),
 *   "Jane Doe/SOPA Images/LightRocket via Getty Images" (a chain of agencies, "via" the one that sold it),
 *   "Jane Doe—Getty Images", "Jane Doe – Reuters", "Jane Doe - AFP" (a dash),
 *   "Jane Doe | Reuters" (a pipe),
 *   "Jane Doe/HuffPost" (a slash, then one word in CamelCase, as web outlets write their names),
 *   "Jane Doe for The Daily Planet", "Jane Doe/For The Daily Planet" (a freelancer's credit),
 *   "Jane Doe/The Daily Planet via Getty Images" (the paper, then "via" the agency),
 *   "(Jane Doe, AP)" (a comma before the wire service closing a bracket),
 *   "Jane Doe —", "Jane Doe/NurPhoto via" (what the cleaner leaves of a caption once it has split
 *   the closing agency off as the caption's credit: a name, then a separator or "via" ending the text).
 * The name must open the sentence or follow a sentence's end or a bracket (as a credit is set after
 * a caption), and the agency must end the text or be followed only by closing punctuation: prose
 * naming someone before a dash ("said Tom Rusk – Reuters reported") goes on, and so does a name
 * before a slash and a word the list does not hold. The agencies are picture agencies and wire
 * services in general, not outlets read in any one article.
 */

/** Picture agencies and wire services as credits spell them. */
const AGENCY = `(?:Getty[ ]Images|Getty|Reuters|REUTERS|Associated[ ]Press|AP(?:[ ](?:Photo|Images))?|AFP|EPA(?:-EFE)?|EFE|Bloomberg(?:[ ]News)?|Shutterstock|Alamy(?:[ ]Live[ ]News)?|NurPhoto|SOPA[ ]Images|LightRocket|Anadolu(?:[ ]Agency)?|Sipa(?:[ ](?:USA|Press))?|Xinhua|ZUMA(?:[ ](?:Press|Wire))?|PA(?:[ ](?:Wire|Images|Media))?|dpa|DPA|picture[ ]alliance|Pool|POOL)`;
/**
 * A web outlet's one-word name in CamelCase ("HuffPost"), read only after a slash. A social network
 * there ("Ada Vell/LinkedIn") is where the picture of the person named was found, not who took it:
 * that name is the story's (on PolNeAR train, 1 of the 2 CamelCase firings).
 */
const CAMEL = String.raw`(?!(?:LinkedIn|YouTube|TikTok|WhatsApp|GoFundMe)\b)\p{Lu}\p{Ll}+\p{Lu}\p{L}*`;
/**
 * Agencies joined by slashes or a hyphen, then perhaps "via" the agency that sold the picture, or a
 * bare "via" where the cleaner has split that agency off as the caption's credit.
 */
const CHAIN = `${AGENCY}(?:[ ]?[/-][ ]?${AGENCY})*(?:[ ]via(?:[ ]${AGENCY})?)?`;
/** One name word: a capitalised word or a dotted initial (no full stop ends a word: "Monday." is a sentence's end). */
const WORD = String.raw`\p{Lu}(?:[\p{L}'’-]+|\.)`;
const NAME = `${WORD}(?:[ ](?:${WORD}|de|da|di|du|la|le|van|von|der|den|del|al|bin|ibn)){0,4}`;
/** Where a credit opens: the text's start, a sentence's end, a bracket or a pipe before it. */
const OPEN = String.raw`(?<=^\s*|[.!?]["”’)]?\s+|[([|]\s*)`;
/** What may follow a credit: the text's end, or closing punctuation. */
const CLOSE = String.raw`(?=\s*(?:$|[.)\],;]))`;

/** A paper's name after "The" ("The Daily Planet"), read only after "for" or "/For" or before "via". */
const PAPER = String.raw`The(?:[ ]\p{Lu}[\p{L}'’&-]*){1,4}`;

const AGENCY_CREDIT = new RegExp(
  String.raw`${OPEN}${NAME}(?=(?:[ ]?/[ ]?(?:${CHAIN}|${CAMEL}(?:[ ]via(?:[ ]${AGENCY})?)?|${PAPER}[ ]via(?:[ ]${AGENCY})?|For[ ]${PAPER})|[ ]?[—–|][ ]?${CHAIN}|[ ]-[ ]${CHAIN}|[ ]for[ ]${PAPER})${CLOSE}|[ ]?[/—–|-]\s*$|,[ ]${CHAIN}\))`,
  'gu',
);

/** The sentence with each agency credit's photographer blanked with spaces, so offsets hold. */
export function maskAgencyCredits(sentence: string): string {
  // Every credit holds a separator; most sentences hold none of them.
  if (!/[/|—–)]| - | for The /.test(sentence)) return sentence;
  return sentence.replace(AGENCY_CREDIT, (name) => ' '.repeat(name.length));
}
