/**
 * Words, not names: the offices, titles and sentence openers that stand before
 * names in news copy. People and places are found by what is left.
 */
import { COUNTRIES, cityNames } from './gazetteer.ts';

/** Words of office and description that introduce a person: `Defense Minister`, `Kremlin aide`, `analyst`. */
export const ROLE_WORDS = new Set(
  `president presidents vice prime minister ministers foreign defense defence deputy secretary general chief head heads special envoy envoys
  highness excellency majesty royal son-in-law ambassador adviser advisor aide spokesman spokeswoman spokesperson presidential national security state senator king prince crown emir sheikh
  pope cardinal patriarch chancellor premier mayor governor commander colonel lieutenant admiral marshal chairman chairwoman chair co-chair
  director acting former lead leading top senior negotiator chief-negotiator delegation delegate delegates mediator counterpart official
  diplomat businessman businesswoman oligarch tycoon billionaire expert analyst professor researcher fellow lawmaker legislator mp speaker
  commissioner ombudsman ombudswoman journalist correspondent economist historian scientist scholar commentator intelligence military interior
  economy finance trade justice energy affairs office staff diplomatic political policy investor developer member representative leader
  opposition army armed forces mr mrs ms dr prof gen sen rep sir lord dame minister's president's envoy's white house
  kremlin-connected assistant attache attaché consul chargé secretary-general under-secretary undersecretary veteran head-of-state
  ruler monarch sultan crown-prince foreign-policy national-security deputy-head advisers advisors aides officials diplomats experts analysts
  councillor councilor federal high ombudsperson envoy-designate fm dfm`
    .split(/\s+/)
    .filter(Boolean),
);

/** Small words allowed inside a role: `head of the Ukrainian delegation`. */
export const ROLE_JOINERS = new Set(['of', 'the', 'for', 'and', 'to', 'on', "of the"]);

/** Words that make a capitalised run an organisation or a place, not a person. */
export const ORG_WORDS = new Set(
  `university college school institute institution center centre ministry forum palace council assembly union nations group agency office
  house party bank foundation congress parliament duma rada kremlin pentagon airport hotel resort square street avenue summit conference
  committee commission court forces fleet corporation company news times post press service channel network radio tv television
  church cathedral monastery sea ocean region oblast province district republic federation kingdom emirates states organisation organization
  treaty accords accord agreement declaration plan initiative formula framework program programme project operation war club league stadium
  hall building tower mission embassy consulate administration government cabinet bureau department directorate guard navy air force
  convention protocol memorandum charter alliance nato communique statement county island islands bay gulf strait peninsula valley river lake
  mountains forest reserve park museum gallery library hospital port terminal pipeline cooperation relations development
  rights affairs fund funds investment wealth exchange reserve authority east west middle`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that open sentences or stand before names without being names. */
const OPENERS = `the a an in on at for but and or as after before while when since during according meanwhile however despite although though
  this that these those it he she they we i you his her their our its both neither either asked speaking earlier later last next ahead over
  under with without from to by of if unlike like following also yet so then still now some many most several such other another each every
  all no not only new two three four five first second third fourth fifth final western eastern northern southern world war two monday tuesday
  wednesday thursday friday saturday sunday january february march april may june july august september october november december mon tue wed
  thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec reuters ap afp tass dpa xinhua interfax bloomberg update updated live
  breaking watch read more photo video here there what who why how where which whose whom did does do is are was were will would could should
  russians ukrainians europeans americans turks moscow's kyiv's ukraine's russia's turkey's god allah christmas easter ramadan
  talks peace war deal deals ceasefire truce meeting summit negotiations negotiation round plan news live engage engages direct
  covid ok okay yes amid among around between beyond toward towards via per than once because though whether
  crimean tatar tatars chechen cossack slavic baltic nordic gulf arab muslim christian orthodox catholic jewish`;

const openers = new Set(OPENERS.split(/\s+/).filter(Boolean));
const countryWords = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives]).map((w) => w.toLowerCase()));
const cities = new Set(cityNames());

/** Whether a capitalised word can be part of a person's name. */
export function canBeNameWord(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  const w = bare.toLowerCase();
  if (!/^\p{Lu}/u.test(bare) || /^\p{Lu}{2,}$/u.test(bare)) return false; // lower case, or an acronym such as NATO
  return !openers.has(w) && !ROLE_WORDS.has(w) && !countryWords.has(w) && !cities.has(w) && !ORG_WORDS.has(w);
}

/** Whether a word is a country, its capital used for its government, or its adjective (any case). */
export function isCountryWord(word: string): boolean {
  return countryWords.has(word.toLowerCase().replace(/['’]s$/, ''));
}

export function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(word.toLowerCase());
}

export function isCityWord(word: string): boolean {
  return cities.has(word.toLowerCase());
}
