/**
 * Place gazetteer. Countries are written `Canonical|variant...#demonym...` so that every spelling of a
 * country folds to one name ("US", "U.S.", "America" -> "United States") and its demonyms are known
 * (demonyms are not places, but they tell a capitalised word is not a person).
 *
 * Source: written by hand in this repository (first in d6b3959; more cities in f8e74fd, counties of
 * Britain in 6770f03) from general knowledge: countries with their variants and
 * demonyms, major regions and cities. The tagger reads
 * membership as a feature ("place-gazetteer", "demonym"); the list also gives canonical spellings.
 */
import { lowerCase } from './lower-case.js';

const COUNTRIES = `
Afghanistan#Afghan|Afghans
Albania#Albanian|Albanians
Algeria#Algerian|Algerians
Andorra#Andorran
Angola#Angolan|Angolans
Argentina#Argentine|Argentinian|Argentines|Argentinians
Armenia#Armenian|Armenians
Australia#Australian|Australians|Aussie
Austria#Austrian|Austrians
Azerbaijan#Azerbaijani|Azeri|Azerbaijanis
Bahamas|The Bahamas#Bahamian
Bahrain#Bahraini|Bahrainis
Bangladesh#Bangladeshi|Bangladeshis
Barbados#Barbadian
Belarus#Belarusian|Belarusians
Belgium#Belgian|Belgians
Belize#Belizean
Benin#Beninese
Bhutan#Bhutanese
Bolivia#Bolivian|Bolivians
Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina#Bosnian|Bosnians
Botswana#Botswanan
Brazil#Brazilian|Brazilians
Brunei#Bruneian
Bulgaria#Bulgarian|Bulgarians
Burkina Faso#Burkinabe
Burundi#Burundian
Cambodia#Cambodian|Cambodians
Cameroon#Cameroonian|Cameroonians
Canada#Canadian|Canadians
Cape Verde#Cape Verdean
Central African Republic
Chad#Chadian
Chile#Chilean|Chileans
China|PRC#Chinese
Colombia#Colombian|Colombians
Comoros
Congo|Democratic Republic of Congo|Democratic Republic of the Congo|DRC|DR Congo|Zaire#Congolese
Costa Rica#Costa Rican
Croatia#Croatian|Croat|Croats|Croatians
Cuba#Cuban|Cubans
Cyprus#Cypriot|Cypriots
Czech Republic|Czechia#Czech|Czechs
Denmark#Danish|Dane|Danes
Djibouti
Dominican Republic#Dominican
Ecuador#Ecuadorian|Ecuadorean
Egypt#Egyptian|Egyptians
El Salvador#Salvadoran|Salvadorean
Equatorial Guinea
Eritrea#Eritrean|Eritreans
Estonia#Estonian|Estonians
Eswatini|Swaziland
Ethiopia#Ethiopian|Ethiopians
Fiji#Fijian
Finland#Finnish|Finn|Finns
France#French|Frenchman|Frenchwoman
Gabon#Gabonese
Gambia|The Gambia#Gambian
Georgia#Georgian|Georgians
Germany#German|Germans
Ghana#Ghanaian|Ghanaians
Greece#Greek|Greeks
Guatemala#Guatemalan|Guatemalans
Guinea#Guinean
Guinea-Bissau
Guyana#Guyanese
Haiti#Haitian|Haitians
Honduras#Honduran|Hondurans
Hong Kong
Hungary#Hungarian|Hungarians
Iceland#Icelandic|Icelander
India#Indian|Indians
Indonesia#Indonesian|Indonesians
Iran#Iranian|Iranians|Persian
Iraq#Iraqi|Iraqis
Ireland|Republic of Ireland|Eire#Irish|Irishman
Israel#Israeli|Israelis
Italy#Italian|Italians
Ivory Coast|Cote d'Ivoire#Ivorian|Ivorians
Jamaica#Jamaican|Jamaicans
Japan#Japanese
Jordan#Jordanian|Jordanians
Kazakhstan#Kazakh|Kazakhs
Kenya#Kenyan|Kenyans
Kosovo#Kosovar|Kosovars
Kuwait#Kuwaiti|Kuwaitis
Kyrgyzstan#Kyrgyz
Laos#Laotian
Latvia#Latvian|Latvians
Lebanon#Lebanese
Lesotho
Liberia#Liberian|Liberians
Libya#Libyan|Libyans
Liechtenstein
Lithuania#Lithuanian|Lithuanians
Luxembourg#Luxembourgish
Macedonia|North Macedonia#Macedonian|Macedonians
Madagascar#Malagasy
Malawi#Malawian
Malaysia#Malaysian|Malaysians
Maldives#Maldivian
Mali#Malian|Malians
Malta#Maltese
Mauritania#Mauritanian
Mauritius#Mauritian
Mexico#Mexican|Mexicans
Moldova#Moldovan|Moldovans
Monaco#Monegasque
Mongolia#Mongolian|Mongolians
Montenegro#Montenegrin
Morocco#Moroccan|Moroccans
Mozambique#Mozambican
Myanmar|Burma#Burmese
Namibia#Namibian
Nepal#Nepali|Nepalese
Netherlands|Holland|The Netherlands#Dutch|Dutchman
New Zealand#New Zealander|New Zealanders|Kiwi|Kiwis
Nicaragua#Nicaraguan|Nicaraguans
Niger#Nigerien
Nigeria#Nigerian|Nigerians
North Korea|DPRK#North Korean|North Koreans
Norway#Norwegian|Norwegians
Oman#Omani|Omanis
Pakistan#Pakistani|Pakistanis
Palestine|Palestinian territories|Palestinian Territories#Palestinian|Palestinians
Panama#Panamanian
Papua New Guinea
Paraguay#Paraguayan
Peru#Peruvian|Peruvians
Philippines|The Philippines#Filipino|Filipinos|Philippine
Poland#Polish|Pole|Poles
Portugal#Portuguese
Qatar#Qatari|Qataris
Romania#Romanian|Romanians
Russia|Russian Federation#Russian|Russians
Rwanda#Rwandan|Rwandans
Saudi Arabia#Saudi|Saudis
Senegal#Senegalese
Serbia#Serbian|Serb|Serbs
Sierra Leone#Sierra Leonean
Singapore#Singaporean
Slovakia#Slovak|Slovakian|Slovaks
Slovenia#Slovenian|Slovene|Slovenes
Somalia#Somali|Somalis
South Africa#South African|South Africans
South Korea|Korea|Republic of Korea#South Korean|South Koreans|Korean|Koreans
South Sudan#South Sudanese
Spain#Spanish|Spaniard|Spaniards
Sri Lanka#Sri Lankan|Sri Lankans
Sudan#Sudanese
Suriname
Sweden#Swedish|Swede|Swedes
Switzerland#Swiss
Syria#Syrian|Syrians
Taiwan#Taiwanese
Tajikistan#Tajik
Tanzania#Tanzanian|Tanzanians
Thailand#Thai|Thais
Togo#Togolese
Trinidad and Tobago|Trinidad#Trinidadian
Tunisia#Tunisian|Tunisians
Turkey|Turkiye#Turkish|Turk|Turks
Turkmenistan#Turkmen
Uganda#Ugandan|Ugandans
Ukraine#Ukrainian|Ukrainians
United Arab Emirates|UAE|U.A.E.|Emirates#Emirati|Emiratis
United Kingdom|UK|U.K.|Britain|Great Britain#British|Briton|Britons|Brit|Brits
United States|US|U.S.|USA|U.S.A.|America|United States of America#American|Americans
Uruguay#Uruguayan|Uruguayans
Uzbekistan#Uzbek|Uzbeks
Vatican|Vatican City
Venezuela#Venezuelan|Venezuelans
Vietnam|Viet Nam#Vietnamese
Yemen#Yemeni|Yemenis
Yugoslavia#Yugoslav|Yugoslavs
Zambia#Zambian|Zambians
Zimbabwe#Zimbabwean|Zimbabweans
England#English|Englishman
Scotland#Scottish|Scot|Scots
Wales#Welsh|Welshman
Northern Ireland
Chechnya#Chechen|Chechens
Kurdistan#Kurdish|Kurd|Kurds
Tibet#Tibetan|Tibetans
Europe#European|Europeans
Africa#African|Africans
Asia#Asian|Asians
Latin America#Latin American
Middle East#Middle Eastern
Arab world#Arab|Arabs
West Indies#West Indian|West Indians
Caribbean
Scandinavia#Scandinavian
Balkans#Balkan
`;

/** US states, regions, territories and other areas that are places but not countries. */
const REGIONS = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana
Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|Oklahoma
Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State
West Virginia|Wisconsin|Wyoming|Puerto Rico|Guam
Gaza|Gaza Strip|West Bank|Golan Heights|Sinai|Crimea|Donbas|Donetsk|Luhansk|Kashmir|Punjab|Kurdistan|Darfur
Catalonia|Basque Country|Bavaria|Siberia|Patagonia|Sahara|Sahel|Horn of Africa|Persian Gulf|Gulf|Red Sea
Mediterranean|Black Sea|Baltic|Baltics|Caucasus|Central Asia|South Asia|Southeast Asia|East Asia|North Africa
West Africa|East Africa|Southern Africa|Sub-Saharan Africa|Western Europe|Eastern Europe|Central Europe
North America|South America|Central America|Pacific|Atlantic|Indian Ocean|Arctic|Antarctica|Antarctic
Strait of Hormuz|Taiwan Strait|South China Sea|East China Sea|Korean Peninsula|Levant|Maghreb|Gulf of Mexico
Yorkshire|Lancashire|Leicestershire|Nottinghamshire|Warwickshire|Worcestershire|Gloucestershire|Hampshire
Berkshire|Oxfordshire|Buckinghamshire|Hertfordshire|Cambridgeshire|Lincolnshire|Northamptonshire|Staffordshire
Shropshire|Wiltshire|Dorset|Cumbria|Northumberland|County Durham|Merseyside|Greater Manchester|West Midlands
Herefordshire|Bedfordshire|Middlesex|Glamorgan|Gwynedd|Fife|Lothian|Highlands|Cotswolds|Lake District|Kent|Essex|Surrey|Sussex|Cornwall|Devon|Somerset|Derbyshire|Cheshire|Norfolk|Suffolk
Midlands|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|Queensland|Victoria
New South Wales|Tasmania|Kerala|Bengal|Tamil Nadu|Gujarat|Sichuan|Xinjiang|Guangdong|Hokkaido|Okinawa
Normandy|Brittany|Provence|Tuscany|Sicily|Sardinia|Corsica|Andalusia|Galicia|Flanders|Wallonia|Transylvania
Anatolia|Kurdistan Region|Idlib|Aleppo|Homs|Raqqa|Mosul|Fallujah|Basra|Kirkuk|Benghazi|Tripoli|Misrata
Hebron|Jenin|Nablus|Ramallah|Rafah|Khan Younis|Jabalia|Negev|Galilee
`;

/** Capitals and large or newsworthy cities. */
const CITIES = `
London|Paris|Berlin|Madrid|Rome|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Rotterdam|Vienna|Prague|Warsaw
Budapest|Bucharest|Sofia|Athens|Belgrade|Zagreb|Sarajevo|Ljubljana|Bratislava|Kiev|Kyiv|Moscow|Minsk|Vilnius
Riga|Tallinn|Helsinki|Stockholm|Oslo|Copenhagen|Reykjavik|Bern|Geneva|Zurich|Basel|Lausanne|Milan|Turin|Naples
Florence|Venice|Genoa|Bologna|Palermo|Barcelona|Valencia|Seville|Bilbao|Porto|Marseille|Lyon|Nice|Toulouse
Bordeaux|Lille|Strasbourg|Monte Carlo|Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Dusseldorf|Dortmund|Leipzig
Dresden|Bonn|Hanover|Nuremberg|Bremen|Antwerp|Ghent|Luxembourg City|Edinburgh|Glasgow|Aberdeen|Cardiff|Belfast
Manchester|Liverpool|Birmingham|Leeds|Sheffield|Bristol|Newcastle|Nottingham|Leicester|Southampton|Oxford
Cambridge|Brighton|Coventry|Bradford|Hull|Plymouth|Portsmouth|Reading|York|Bath|Derby|Norwich|Exeter|Swansea
Istanbul|Ankara|Izmir|Tehran|Isfahan|Mashhad|Tabriz|Qom|Shiraz|Baghdad|Damascus|Beirut|Amman|Jerusalem
Tel Aviv|Haifa|Cairo|Alexandria|Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|Kuwait City|Manama|Muscat
Sanaa|Aden|Hodeidah|Kabul|Kandahar|Herat|Islamabad|Karachi|Lahore|Peshawar|Quetta|Delhi|New Delhi|Mumbai|Bombay
Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad|Dhaka|Kathmandu|Colombo|Beijing|Peking|Shanghai
Guangzhou|Shenzhen|Wuhan|Chengdu|Chongqing|Tianjin|Nanjing|Hangzhou|Xian|Harbin|Lhasa|Taipei|Tokyo|Osaka|Kyoto
Yokohama|Nagoya|Kobe|Hiroshima|Nagasaki|Fukushima|Seoul|Busan|Pyongyang|Hanoi|Ho Chi Minh City|Saigon|Bangkok
Phnom Penh|Vientiane|Yangon|Rangoon|Naypyidaw|Kuala Lumpur|Jakarta|Manila|Singapore|Sydney|Melbourne|Brisbane
Perth|Adelaide|Canberra|Auckland|Wellington|Christchurch|Nairobi|Mombasa|Addis Ababa|Khartoum|Kampala|Kigali
Dar es Salaam|Lagos|Abuja|Accra|Dakar|Abidjan|Bamako|Kinshasa|Luanda|Harare|Lusaka|Johannesburg|Cape Town
Durban|Pretoria|Mogadishu|Tunis|Algiers|Rabat|Casablanca|Marrakesh|Tripoli|Ottawa|Toronto|Montreal|Vancouver
Calgary|Edmonton|Winnipeg|Halifax|Mexico City|Guadalajara|Monterrey|Havana|Bogota|Caracas|Lima|Quito|Santiago
Buenos Aires|Montevideo|Asuncion|La Paz|Brasilia|Rio de Janeiro|Sao Paulo|Salvador|Panama City|San Jose
Guatemala City|San Salvador|Tegucigalpa|Managua|Kingston|Port-au-Prince|Santo Domingo|San Juan|New York
New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|Austin|San Francisco
Seattle|Denver|Boston|Detroit|Atlanta|Miami|Orlando|Tampa|Las Vegas|Portland|Baltimore|Minneapolis|St. Louis
St Louis|Cleveland|Pittsburgh|Cincinnati|Nashville|Memphis|New Orleans|Milwaukee|Kansas City|Indianapolis
Columbus|Charlotte|Sacramento|Salt Lake City|Honolulu|Anchorage|Buffalo|Albany|Raleigh|Richmond|Oakland
Brooklyn|Manhattan|Queens|Bronx|Staten Island|Hollywood|Silicon Valley|Wall Street|Capitol Hill
Washington|Washington DC|Washington D.C.|Tbilisi|Yerevan|Baku|Tashkent|Almaty|Astana|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar
Chisinau|Tirana|Skopje|Podgorica|Pristina|Nicosia|Valletta|Odessa|Odesa|Kharkiv|Lviv|Mariupol|Bakhmut|Kherson
Zaporizhzhia|Dnipro|Sevastopol|St Petersburg|St. Petersburg|Saint Petersburg|Vladivostok|Novosibirsk
Malaga|Granada|Zaragoza|Palma|Alicante|Murcia|Valladolid|Vigo|Eindhoven|Utrecht|Gothenburg|Malmo|Bergen|Porto Alegre|Recife|Fortaleza|Medellin|Cali|Cordoba|Rosario|Mendoza|Yekaterinburg|Kazan|Volgograd|Grozny|Muscat|Salalah|Muharraq|Gaza City|Tyre|Sidon|Tripoli|Latakia|Benghazi
`;

/** Country spellings folded to the canonical name. */
const canonicalPlace = new Map<string, string>();
/** Demonyms (lower-cased) mapped to their country. */
const demonymCountry = new Map<string, string>();
const countryNames = new Set<string>();

function addPlace(variant: string, canonical: string): void {
  const k = variant.trim().toLowerCase();
  if (k && !canonicalPlace.has(k)) canonicalPlace.set(k, canonical);
}

for (const line of COUNTRIES.split('\n')) {
  if (!line.trim()) continue;
  const [names = '', demonyms = ''] = line.split('#');
  const variants = names.split('|').map((v) => v.trim());
  const canonical = variants[0] ?? '';
  countryNames.add(canonical);
  for (const v of variants) addPlace(v, canonical);
  for (const d of demonyms.split('|').filter(Boolean)) demonymCountry.set(d.trim().toLowerCase(), canonical);
}

function addList(list: string): void {
  for (const item of list.split(/[|\n]/)) addPlace(item, item.trim());
}
addList(REGIONS);
addList(CITIES);

/** First words of the known place names of more than one word. */
const placePhraseStarts = new Set<string>();
for (const k of canonicalPlace.keys()) {
  const space = k.indexOf(' ');
  if (space > 0) placePhraseStarts.add(k.slice(0, space));
}

/** Can a known place name of several words start with this (lower-cased) word? */
export function mayStartPlacePhrase(lowerWord: string): boolean {
  return placePhraseStarts.has(lowerWord);
}

/** Canonical place name for a written form ("U.S." -> "United States"), or undefined. */
export function lookupPlace(text: string): string | undefined {
  return canonicalPlace.get(lowerCase(text));
}

/** The country a demonym refers to ("Iranian" -> "Iran"), or undefined. */
export function demonymOf(word: string): string | undefined {
  return demonymCountry.get(lowerCase(word));
}

export function isCountry(canonical: string): boolean {
  return countryNames.has(canonical);
}

/**
 * US states, written out or in the AP Stylebook's abbreviations (the eight it never shortens are
 * written out), and D.C., as a regular expression's alternatives: the QA stage reads ", <state>" closing
 * a town's name, the entity stage the same after a name the tagger took for a person. Source: AP
 * Stylebook, "state names".
 */
export const US_STATES = [
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho',
  'Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota',
  'Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York',
  'North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota',
  'Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming',
  'Ala\\.|Ariz\\.|Ark\\.|Calif\\.|Colo\\.|Conn\\.|Del\\.|Fla\\.|Ga\\.|Ill\\.|Ind\\.|Kan\\.|Ky\\.|La\\.|Md\\.',
  'Mass\\.|Mich\\.|Minn\\.|Miss\\.|Mo\\.|Mont\\.|Neb\\.|Nev\\.|N\\.H\\.|N\\.J\\.|N\\.M\\.|N\\.Y\\.|N\\.C\\.',
  'N\\.D\\.|Okla\\.|Ore\\.|Pa\\.|R\\.I\\.|S\\.C\\.|S\\.D\\.|Tenn\\.|Vt\\.|Va\\.|Wash\\.|W\\.Va\\.|Wis\\.|Wyo\\.|D\\.C\\.',
].join('|');

/**
 * The two-letter postal codes of the US states and DC ("AZ", "NY"), of Canada's provinces and
 * territories ("BC", "QC") and of Australia's two-letter states ("SA", "NT"; "WA" is both), which
 * news copy writes before a place, outlet or utility name ("AZ Central", "BC Transit"). Kept apart
 * from the gazetteer, which the tagger reads as a feature, so the trained weights see the lists
 * they were trained with; the entity stage reads it to tell a region's code from a person's
 * undotted initials. Sources: USPS state abbreviations, Canada Post province symbols, Australia
 * Post state abbreviations.
 */
const REGION_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND
  OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
  AB BC MB NB NL NS NT NU ON PE QC SK YT
  SA`
    .split(/\s+/)
    .filter(Boolean),
);

export function isRegionCode(word: string): boolean {
  return REGION_CODES.has(word);
}
