/**
 * Frequent English words that are not names. A capitalised word from this list at the start of a
 * sentence, or anywhere in an all-caps headline, is read as an ordinary word, not a name.
 *
 * Source: written by hand in this repository (first in d6b3959) from general English: function
 * words, pronouns, frequent adverbs and time words. No corpus was mined for it. Since the trained
 * tagger (src/engine/ner/) it is one feature among many ("frequent-word"), no longer a verdict.
 */

import { lowerCase } from './lower-case.js';

const WORDS = `
a about above across after afterwards again against ago ahead all almost alone along already also although always
am among amid an and another any anyone anything anyway are around as at away back be became because become been
before behind being below beside besides between beyond both but by can cannot could did do does doing done down
during each either else elsewhere enough even ever every everyone everything except few first for former from
further had has have having he her here hers herself him himself his how however i if in including indeed inside
instead into is it its itself just last later least less like many may me meanwhile might mine more moreover most
much must my myself near nearly neither never nevertheless next no nobody none nor not nothing now of off often
on once one only onto or other others otherwise our ours ourselves out outside over own per perhaps please quite
rather really same second several she should since so some someone something sometimes soon still such than that
the their theirs them themselves then there therefore these they third this those though through throughout thus
to together too toward towards under unless until up upon us very via was we well were what whatever when whenever
where whereas whether which while who whoever whole whom whose why will with within without would yet you your
yours yourself yourselves today tomorrow yesterday tonight
this that these those here there now then yes no not
said says say saying told tells tell asked asks added adds according announced believes believed called calls
came come comes continued continues did does expected found get gets getting give given go goes going gone got
had help held holds keep kept know known left let made make makes making meet meeting met move moved need needs
noted put reported reports ran run runs saw see seen set show showed shown take taken takes think took tried try
turned use used uses want wanted wants went won win wins lost lose loses beat beats scored played plays play
led leads lead remains remained started starts start stop stopped warned warns agreed agrees added urged
sources source officials official people police reports report talks discussions news statement spokesman
government president minister leader team club season match game games year years month months week weeks day
days time times world country countries city state states region area group groups company companies market
markets price prices share shares percent point points goal goals win victory defeat final round half minute
minutes hour hours race races championship cup league title record top bottom end start half first second third
fourth fifth new old big small high low long short good bad best better worst worse great little own other
major minor early late former latest next final only key main public private political economic military foreign
national international local federal domestic global
breaking update updated exclusive analysis opinion comment editorial live watch video photo photos pictures
read more click here related story stories
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million
billion
analysts traders dealers economists experts officials witnesses residents investors shareholders
earlier later meanwhile separately elsewhere overall total net gross add minus plus except
republic professional universities catholics masters tour olympic olympics sport sports paper data
markets money group commerce airport minister ministers members member fans players coaches police
prosecutors investigators detectives officers authorities doctors nurses scientists researchers lawyers
critics protesters demonstrators supporters opponents voters workers students teachers parents children
families victims survivors soldiers troops rebels militants fighters forces leaders ministers lawmakers
results result standings table summary scores score attendance half-time halftime scorers scorer
division premier results fixtures matches tennis soccer football cricket rugby golf baseball basketball hockey
racing cycling athletics boxing motor formula

also again after before during while when where why how what which who whom whose
but and or nor so yet for if then than because although though unless until since
`;

const common = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True for frequent words that are not names ("The", "However", "SAID"). */
export function isCommonWord(word: string): boolean {
  return common.has(lowerCase(word));
}
