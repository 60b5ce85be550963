/**
 * Organisation cues. Known organisations are written `Canonical|variant...` so acronyms and full
 * names fold together; cue words mark a capitalised sequence as an organisation wherever they sit.
 * A leading `!` means the canonical name is shown even when the article only uses a variant
 * ("UN" -> "United Nations"); otherwise the article's own usual form is kept ("IRGC").
 *
 * Source: written by hand in this repository (first in d6b3959; company suffixes in c54517f) from
 * general knowledge: international bodies, governments' institutions, parties, major news agencies
 * and outlets, large companies and sports bodies, plus the legal and institutional words that end
 * organisation names. The tagger reads membership as a
 * feature ("org-gazetteer", "org-cue-word"); the list also gives canonical spellings ("UN").
 */

import { lowerCase } from './lower-case.js';

const KNOWN = `
!United Nations|UN|U.N.
!European Union|EU|E.U.
NATO|Nato|North Atlantic Treaty Organization
!World Health Organization|WHO
!International Monetary Fund|IMF
World Bank
!World Trade Organization|WTO
OPEC|Organization of the Petroleum Exporting Countries
African Union|AU
Arab League
ASEAN
G7|G-7
G20|G-20
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard
Hezbollah|Hizbollah|Hizbullah
Hamas
Houthis|Houthi|Ansar Allah
Taliban
Islamic State|ISIS|ISIL|IS|Daesh
al-Qaeda|al Qaeda|Al Qaeda|Al-Qaeda
Islamic Jihad
Fatah
PLO|Palestine Liberation Organization
Palestinian Authority|PA
Kremlin
Treasury
White House
Pentagon
Congress
Senate
House of Representatives
Supreme Court
Parliament
Knesset
Bundestag
Duma
FBI|F.B.I.
CIA|C.I.A.
NSA
NASA
Federal Reserve|Fed
Justice Department|Department of Justice|DOJ
State Department|Department of State
Defense Department|Department of Defense
Homeland Security|Department of Homeland Security|DHS
Democratic Party|Democrats
Republican Party|Republicans|GOP
Labour Party|Labour
Conservative Party|Conservatives|Tories|Tory
Liberal Democrats|Lib Dems
Reuters
!Associated Press|AP
!Agence France-Presse|AFP
Bloomberg
Axios
CNN
BBC
NBC|NBC News
ABC|ABC News
CBS|CBS News
Fox News|Fox
MSNBC
NPR
Al Jazeera
New York Times|The New York Times
Washington Post|The Washington Post
Wall Street Journal|The Wall Street Journal
Financial Times|FT
The Guardian|Guardian
The Times
The Economist
Politico
Daily Mail
The Telegraph|Telegraph
Haaretz
Times of Israel
Jerusalem Post
Ynet
Tasnim
IRNA
Xinhua
Interfax
TASS|Itar-Tass
Kyodo
Yonhap
Google
Apple
Microsoft
Amazon
Facebook
Meta
Twitter
Instagram
YouTube
TikTok
Tesla
SpaceX
OpenAI
Netflix
Uber
Boeing
Airbus
Toyota
Volkswagen
General Motors|GM
Ford
Samsung
Sony
Huawei
Alibaba
Gazprom
Exxon|ExxonMobil|Exxon Mobil
Shell|Royal Dutch Shell
BP
Goldman Sachs
JPMorgan|JP Morgan|JPMorgan Chase
Morgan Stanley
Citigroup|Citi
HSBC
Barclays
Deutsche Bank
FIFA
UEFA
IOC|International Olympic Committee
NFL
NBA
MLB
NHL
Premier League
Red Cross|International Committee of the Red Cross|ICRC
Amnesty International|Amnesty
Human Rights Watch
Greenpeace
Interpol
Europol
Mossad
Shin Bet
IDF|Israel Defense Forces|Israeli Defense Forces
MI5
MI6
Scotland Yard
Downing Street
Elysee|Elysee Palace
Vatican
`;

/** Words that make the capitalised sequence they end (or head) an organisation. */
const SUFFIXES = `
Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. Plc PLC LLC LLP AG SA NV GmbH Group Holdings Partners Capital
Party Ministry Department Dept University College School Academy Institute Council Agency Army Navy Force Forces
Police Bank Committee Commission Court Association Federation Union League Foundation Fund Trust Airlines Airways
Club FC Society Organization Organisation Office Bureau Authority Service Services Board Parliament Assembly
Congress Senate Cabinet Administration Government Hospital Church Mosque Company Companies Industries Motors
Systems Technologies Networks Media News Times Post Journal Herald Tribune Gazette Telegraph Press Radio
Television TV Channel Network Exchange Reserve Guard Guards Corps Brigade Brigades Battalion Movement Front
Alliance Coalition Initiative Center Centre Laboratory Laboratories Labs Studios Records Pictures Entertainment
Energy Oil Petroleum Gas Electric Pharmaceuticals Pharma Insurance Securities Investments Bancorp Institution
Jihad Commandos Regiment Division Squadron Fleet Command Unit Agency Tribunal Chamber Secretariat Directorate
Mission Embassy Consulate Legislature Conference Council Caucus Rangers Rovers Wanderers Athletic Athletico
Albion County Hotspur Olympique Sporting Dynamo Spartak Lokomotiv CSKA Racing Real Inter Juventus
SpA S.A. Bros Bros. Cos AB ASA Oyj KK BV Chemical Chemicals Cement Copper Mining Mines Controls Cables Foods
Brewery Breweries Textiles Telecom Telecommunications Communications Electronics Computers Software Shipping
Resources Minerals Metals Enterprises Ventures Airline Newspaper Zeitung Daily Ministries
`;

/** Lower-case words that, following a name, make "<Name> <word>" an organisation ("Biden administration"). */
const TRAILING_ORG_NOUNS = new Set([
  'administration',
  'government',
  'campaign',
  'cabinet',
  'regime',
  'foundation',
]);

/** Words that start an organisation name when followed by "of" ("Ministry of Defence", "Bank of England"). */
const OF_HEADS = `
Ministry Department Bank University College Institute Council Committee Commission Court Association Federation
Union League Board Office Bureau Church Party Academy Chamber Organization Organisation Society Secretary
Army Museum School Federal House Government Parliament Order Friends Sons Daughters Knights Coalition Alliance
`;

function set(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

const canonicalOrg = new Map<string, string>();
const forcedCanonical = new Set<string>();
for (const raw of KNOWN.split('\n')) {
  if (!raw.trim()) continue;
  const line = raw.replace(/^!/, '');
  const variants = line.split('|').map((v) => v.trim());
  const canonical = variants[0] ?? '';
  if (raw.startsWith('!')) forcedCanonical.add(canonical);
  for (const v of variants) {
    // Case matters for short acronyms ("IS", "AP", "Fed"), so keys keep their case.
    if (!canonicalOrg.has(v)) canonicalOrg.set(v, canonical);
  }
}

const suffixSet = set(SUFFIXES);
const ofHeadSet = set(OF_HEADS);

/** Lower-cased first words of the known names of more than one word (and "the", which lookups drop). */
const orgPhraseStarts = new Set(['the']);
for (const k of canonicalOrg.keys()) {
  const space = k.indexOf(' ');
  if (space > 0) orgPhraseStarts.add(k.slice(0, space).toLowerCase());
}

/** Can a known organisation name of several words start with this (lower-cased) word? */
export function mayStartOrgPhrase(lowerWord: string): boolean {
  return orgPhraseStarts.has(lowerWord);
}

/** Canonical organisation name for a written form ("U.N." -> "United Nations"), or undefined. */
export function lookupOrganization(text: string): string | undefined {
  const hit = canonicalOrg.get(text);
  if (hit !== undefined) return hit;
  // "the X" is looked up as "X"; only text that starts so needs the regex.
  const c = text.charCodeAt(0);
  return c === 116 || c === 84 ? canonicalOrg.get(text.replace(/^the /i, '')) : undefined;
}

/** A word that marks the capitalised sequence it sits in as an organisation. */
export function isOrgCueWord(word: string): boolean {
  // Plurals count too ("Magistrates Courts", "Industries" is listed as is).
  return suffixSet.has(word) || (word.endsWith('s') && suffixSet.has(word.slice(0, -1)));
}

export function isOrgOfHead(word: string): boolean {
  return ofHeadSet.has(word);
}

export function isTrailingOrgNoun(word: string): boolean {
  return TRAILING_ORG_NOUNS.has(lowerCase(word));
}

/** Should the canonical name stand for the organisation even where only a variant is used? */
export function showsCanonical(canonical: string): boolean {
  return forcedCanonical.has(canonical);
}

/**
 * Two-letter forms that open club and company names on the Continent and in Asia ("SC Freiburg",
 * "SK Slavia", "AS Monaco", "PT Matahari"): read before a capitalised word, they are part of a body's
 * name, not a person's initials. Kept apart from the gazetteer, which the tagger reads as a feature,
 * so the trained weights see the lists they were trained with. Source: general knowledge of the
 * legal and sporting forms (Sport-Club, Sportovní klub, Associazione Sportiva, Perseroan Terbatas).
 */
const NAME_PREFIXES = new Set('AC AS CD CF FC FK IF IK KV RB RC SC SD SK SS SV UD PT'.split(' '));

export function isBodyNamePrefix(word: string): boolean {
  return NAME_PREFIXES.has(word);
}

/**
 * Makers whose name, written before a capitalised word, names one of their products (make and
 * model of a car, a phone, an aircraft, a spacecraft: "a Vauxhall Kestrel"), never a person. Kept apart from the gazetteer (a tagger feature) so the trained weights see the lists
 * they were trained with. Source: written by hand from general knowledge of vehicle, aircraft,
 * spacecraft and electronics makers; words that are also given names or ordinary words
 * ("Mercedes", "Seat", "Mini") are left out.
 */
const PRODUCT_MAKERS = new Set(
  `Nissan Honda Toyota BMW Audi Porsche Ferrari Lamborghini Maserati Bentley Rolls-Royce Volvo Hyundai
  Peugeot Renault Citroen Citroën Fiat Mazda Subaru Mitsubishi Suzuki Lexus Vauxhall Skoda Dacia Chevrolet
  Cadillac Dodge Chrysler Jeep Bugatti Yamaha Kawasaki Ducati Harley-Davidson Volkswagen VW Tesla Boeing
  Airbus Embraer Bombardier Cessna Lockheed SpaceX Apple Samsung Nokia Motorola Xiaomi Huawei Lenovo
  Nintendo Sony Panasonic Canon Nikon`
    .split(/\s+/)
    .filter(Boolean),
);

export function isProductMaker(word: string): boolean {
  return PRODUCT_MAKERS.has(word);
}
