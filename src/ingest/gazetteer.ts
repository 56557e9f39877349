/**
 * General knowledge of places, used to read "in Geneva", "Turkey's southern
 * province of Antalya" or "Ukrainian Defense Minister": countries with the
 * adjectives and capitals the press uses, and cities where diplomacy happens.
 * It names no person and no event; it is the atlas an editor keeps on the desk.
 */

/** A country, how the press writes it, and the adjectives it takes. */
export interface Country {
  name: string;
  /** Other names: `Türkiye`, `the United States`, `US`. */
  aliases: string[];
  /** Adjectives and nouns for its people or government: `Turkish`, `Kremlin`. */
  adjectives: string[];
}

const C = (name: string, aliases: string[], adjectives: string[]): Country => ({ name, aliases, adjectives });

export const COUNTRIES: Country[] = [
  C('Russia', ['Russian Federation', 'Moscow'], ['Russian', 'Kremlin', 'Moscow']),
  C('Ukraine', ['Kyiv', 'Kiev'], ['Ukrainian', 'Kyiv', 'Kiev']),
  C('Turkey', ['Türkiye', 'Turkiye', 'Ankara'], ['Turkish']),
  C('Belarus', ['Minsk'], ['Belarusian', 'Belarussian']),
  C('United States', ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'Washington'], ['American', 'US', 'U.S.', 'White House']),
  C('Saudi Arabia', ['Saudi', 'Riyadh'], ['Saudi']),
  C('United Arab Emirates', ['UAE', 'U.A.E.', 'Emirates'], ['Emirati']),
  C('Qatar', [], ['Qatari']),
  C('Switzerland', [], ['Swiss']),
  C('Israel', [], ['Israeli']),
  C('France', [], ['French', 'Elysee', 'Élysée']),
  C('Germany', [], ['German']),
  C('United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain'], ['British']),
  C('Italy', [], ['Italian']),
  C('Vatican', ['Holy See', 'Vatican City'], ['Vatican', 'papal']),
  C('China', ["People's Republic of China", 'Beijing'], ['Chinese']),
  C('India', [], ['Indian']),
  C('Poland', [], ['Polish']),
  C('Finland', [], ['Finnish']),
  C('Austria', [], ['Austrian']),
  C('Hungary', [], ['Hungarian']),
  C('Egypt', [], ['Egyptian']),
  C('Kazakhstan', [], ['Kazakh']),
  C('Azerbaijan', [], ['Azerbaijani', 'Azeri']),
  C('Georgia', [], ['Georgian']),
  C('Moldova', [], ['Moldovan']),
  C('Japan', [], ['Japanese']),
  C('Brazil', [], ['Brazilian']),
  C('South Africa', [], ['South African']),
  C('Indonesia', [], ['Indonesian']),
  C('Denmark', [], ['Danish']),
  C('Norway', [], ['Norwegian']),
  C('Sweden', [], ['Swedish']),
  C('Netherlands', ['Holland'], ['Dutch']),
  C('Belgium', [], ['Belgian']),
  C('Spain', [], ['Spanish']),
  C('Canada', [], ['Canadian']),
  C('Oman', [], ['Omani']),
  C('Kuwait', [], ['Kuwaiti']),
  C('Jordan', [], ['Jordanian']),
  C('Iran', [], ['Iranian']),
  C('Syria', [], ['Syrian']),
  C('Serbia', [], ['Serbian']),
  C('Slovakia', [], ['Slovak']),
  C('Estonia', [], ['Estonian']),
  C('Latvia', [], ['Latvian']),
  C('Lithuania', [], ['Lithuanian']),
  C('Romania', [], ['Romanian']),
  C('Bulgaria', [], ['Bulgarian']),
  C('Greece', [], ['Greek']),
  C('Armenia', [], ['Armenian']),
  C('Uzbekistan', [], ['Uzbek']),
  C('Singapore', [], ['Singaporean']),
  C('Malta', [], ['Maltese']),
  C('Ireland', [], ['Irish']),
  C('Portugal', [], ['Portuguese']),
  C('Czech Republic', ['Czechia'], ['Czech']),
  C('Croatia', [], ['Croatian']),
  C('Slovenia', [], ['Slovenian']),
  C('Mexico', [], ['Mexican']),
  C('Bahrain', [], ['Bahraini']),
  C('Iraq', [], ['Iraqi']),
  C('Lebanon', [], ['Lebanese']),
  C('Pakistan', [], ['Pakistani']),
  C('Albania', [], ['Albanian']),
  C('Montenegro', [], ['Montenegrin']),
  C('European Union', ['EU', 'E.U.', 'Brussels'], ['European', 'EU']),
  C('United Nations', ['UN', 'U.N.'], ['UN', 'U.N.']),
];

/** Cities and regions where talks are held, with their country. */
const CITY_LIST: [string, string, string[]?][] = [
  ['Istanbul', 'Turkey', ['İstanbul', 'Constantinople']], ['Antalya', 'Turkey'], ['Ankara', 'Turkey'], ['Belek', 'Turkey'],
  ['Minsk', 'Belarus'], ['Gomel', 'Belarus', ['Homel']], ['Brest', 'Belarus'],
  ['Moscow', 'Russia'], ['Saint Petersburg', 'Russia', ['St Petersburg', 'St. Petersburg']], ['Sochi', 'Russia'], ['Kursk', 'Russia'],
  ['Kyiv', 'Ukraine', ['Kiev']], ['Lviv', 'Ukraine'], ['Kharkiv', 'Ukraine'], ['Odesa', 'Ukraine', ['Odessa']], ['Mariupol', 'Ukraine'],
  ['Riyadh', 'Saudi Arabia'], ['Jeddah', 'Saudi Arabia', ['Jidda', 'Jiddah']], ['Diriyah', 'Saudi Arabia'],
  ['Abu Dhabi', 'United Arab Emirates'], ['Dubai', 'United Arab Emirates'],
  ['Doha', 'Qatar'], ['Muscat', 'Oman'], ['Cairo', 'Egypt'], ['Sharm el-Sheikh', 'Egypt'],
  ['Geneva', 'Switzerland', ['Genève', 'Genf']], ['Bern', 'Switzerland'], ['Zurich', 'Switzerland'], ['Bürgenstock', 'Switzerland', ['Burgenstock']], ['Lucerne', 'Switzerland'], ['Davos', 'Switzerland'],
  ['Vienna', 'Austria'], ['Helsinki', 'Finland'], ['Berlin', 'Germany'], ['Munich', 'Germany'], ['Paris', 'France'],
  ['London', 'United Kingdom'], ['Rome', 'Italy'], ['Vatican City', 'Vatican'], ['Warsaw', 'Poland'], ['Budapest', 'Hungary'],
  ['Brussels', 'Belgium'], ['The Hague', 'Netherlands'], ['Copenhagen', 'Denmark'], ['Oslo', 'Norway'], ['Stockholm', 'Sweden'],
  ['Washington', 'United States', ['Washington DC', 'Washington, D.C.']], ['New York', 'United States'], ['Miami', 'United States'],
  ['Palm Beach', 'United States'], ['Anchorage', 'United States'], ['Hallandale Beach', 'United States'],
  ['Beijing', 'China'], ['New Delhi', 'India'], ['Baku', 'Azerbaijan'], ['Astana', 'Kazakhstan'], ['Tbilisi', 'Georgia'], ['Chisinau', 'Moldova'],
  ['Bratislava', 'Slovakia'], ['Belgrade', 'Serbia'], ['Athens', 'Greece'], ['Madrid', 'Spain'], ['Tokyo', 'Japan'], ['Tehran', 'Iran'],
  ['Jakarta', 'Indonesia'], ['Ottawa', 'Canada'], ['Amman', 'Jordan'], ['Manama', 'Bahrain'], ['Kuwait City', 'Kuwait'], ['Valletta', 'Malta'],
  ['Tirana', 'Albania'], ['Vilnius', 'Lithuania'], ['Riga', 'Latvia'], ['Tallinn', 'Estonia'], ['Prague', 'Czech Republic'], ['Bucharest', 'Romania'],
];

/**
 * Seats of government and palaces that stand for their city when a meeting is held in them:
 * "met Putin in the Kremlin" is a meeting in Moscow, "talks at Çırağan Palace" one in Istanbul.
 * Only read as places where the words make them one ("in the Kremlin", "the Vatican hosts"),
 * never when the building speaks for its government ("the Kremlin said").
 */
const LANDMARKS: [string, string[]][] = [
  ['Moscow', ['Kremlin']],
  ['Vatican City', ['Vatican', 'Holy See', 'Apostolic Palace', 'Vatican Gardens', 'Casina Pio IV']],
  ['Istanbul', ['Çırağan Palace', 'Ciragan Palace', 'Çırağan', 'Ciragan', 'Dolmabahçe', 'Dolmabahce', 'Yıldız Palace']],
  ['Washington', ['White House', 'Oval Office']],
  ['Paris', ['Élysée Palace', 'Elysee Palace']],
  ['Palm Beach', ['Mar-a-Lago']],
  ['Riyadh', ['Diriyah Palace', 'Al-Yamamah Palace', 'Al Yamamah Palace']],
  ['Kyiv', ['Mariinskyi Palace', 'Mariinsky Palace']],
];
for (const [city, names] of LANDMARKS) {
  const entry = CITY_LIST.find(([name]) => name === city)!;
  entry[2] = [...(entry[2] ?? []), ...names];
}

export interface City {
  name: string;
  country: string;
  aliases: string[];
}

export const CITIES: City[] = CITY_LIST.map(([name, country, aliases = []]) => ({ name, country, aliases }));

const byAdjective = new Map<string, Country>();
const byName = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const a of country.adjectives) byAdjective.set(a.toLowerCase(), country);
  for (const n of [country.name, ...country.aliases]) byName.set(n.toLowerCase(), country);
}

/** The country an adjective or name points at: `Turkish` and `Türkiye` give Turkey. */
export function countryOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return (byAdjective.get(w) ?? byName.get(w))?.name;
}

/** Every way the press writes a country or its adjective, for building patterns. */
export function countryWords(): string[] {
  return COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives]);
}

const cityIndex = new Map<string, City>();
for (const city of CITIES) for (const n of [city.name, ...city.aliases]) cityIndex.set(n.toLowerCase(), city);

/** The city a name points at, or undefined. */
export function cityNamed(name: string): City | undefined {
  return cityIndex.get(name.toLowerCase());
}

/** Every known city name and alias, longest first, for building patterns. */
export function cityNames(): string[] {
  return [...cityIndex.keys()].sort((a, b) => b.length - a.length);
}
