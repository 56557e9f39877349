/**
 * Well-known officials of the war's diplomacy, as general public knowledge:
 * who they are, their country, and the part they usually play at talks
 * (`party` for a delegate of Russia or Ukraine, `mediator` for envoys and
 * hosts of third countries, `leader` for heads of state and government,
 * `commentator` for spokespeople, who speak about talks rather than sit at
 * them). It is what an editor keeps in their head; it names no event.
 *
 * This is a support, not the mechanism: people are found and seated by what
 * the text says. The list only lets the text's words be read right — a surname
 * alone is a person, "Witkoff" is American (so a mediator, not on the Russian
 * side), "Peskov said" is a spokesman speaking — and never changes an id the
 * site or the article's own spelling gives.
 */
import { nameKey, nearKey } from './text.ts';

export type UsualPart = 'party' | 'mediator' | 'leader' | 'commentator';

export interface Official {
  name: string;
  /** Other spellings and transliterations. */
  aliases: string[];
  country: string;
  part: UsualPart;
  /** The office usually given, for a person the text names without one. */
  role: string;
}

const O = (name: string, country: string, part: UsualPart, role: string, aliases: string[] = []): Official => ({ name, aliases, country, part, role });

export const OFFICIALS: Official[] = [
  // The United States: envoys and officials who led or joined talks with either side.
  O('Steve Witkoff', 'United States', 'mediator', 'special envoy', ['Steven Witkoff']),
  O('Jared Kushner', 'United States', 'mediator', 'envoy'),
  O('Marco Rubio', 'United States', 'mediator', 'Secretary of State'),
  O('Mike Waltz', 'United States', 'mediator', 'National Security Adviser', ['Michael Waltz']),
  O('Keith Kellogg', 'United States', 'mediator', 'special envoy'),
  O('Dan Driscoll', 'United States', 'mediator', 'Army Secretary', ['Daniel Driscoll']),
  O('Antony Blinken', 'United States', 'mediator', 'Secretary of State'),
  O('Andrew Peek', 'United States', 'mediator', 'National Security Council official'),
  O('Michael Anton', 'United States', 'mediator', 'State Department official'),
  O('Donald Trump', 'United States', 'leader', 'President'),
  O('Joe Biden', 'United States', 'leader', 'President'),
  O('JD Vance', 'United States', 'leader', 'Vice President', ['J.D. Vance']),
  // Russia.
  O('Yuri Ushakov', 'Russia', 'party', 'Kremlin aide', ['Yury Ushakov', 'Yuriy Ushakov']),
  O('Kirill Dmitriev', 'Russia', 'party', 'special envoy', ['Kirill Dmitriyev']),
  O('Igor Kostyukov', 'Russia', 'party', 'military intelligence chief'),
  O('Mikhail Galuzin', 'Russia', 'party', 'Deputy Foreign Minister'),
  O('Alexander Fomin', 'Russia', 'party', 'Deputy Defence Minister', ['Aleksandr Fomin']),
  O('Leonid Slutsky', 'Russia', 'party', 'State Duma committee chairman', ['Leonid Slutskiy']),
  O('Andrey Rudenko', 'Russia', 'party', 'Deputy Foreign Minister', ['Andrei Rudenko']),
  O('Grigory Karasin', 'Russia', 'party', 'senator', ['Grigoriy Karasin']),
  O('Sergei Beseda', 'Russia', 'party', 'FSB adviser', ['Sergey Beseda']),
  O('Maria Lvova-Belova', 'Russia', 'party', "children's rights commissioner"),
  O('Tatiana Moskalkova', 'Russia', 'party', 'human rights commissioner', ['Tatyana Moskalkova']),
  O('Alexander Darchiev', 'Russia', 'party', 'diplomat', ['Aleksandr Darchiev']),
  O('Sergei Shoigu', 'Russia', 'party', 'Security Council Secretary', ['Sergey Shoigu']),
  O('Maria Zakharova', 'Russia', 'commentator', 'Foreign Ministry spokeswoman'),
  O('Dmitry Medvedev', 'Russia', 'commentator', 'Security Council deputy chairman'),
  // Ukraine.
  O('Andriy Yermak', 'Ukraine', 'party', 'head of the Presidential Office', ['Andrii Yermak', 'Andrey Yermak']),
  O('David Arakhamia', 'Ukraine', 'party', 'lawmaker', ['Davyd Arakhamia', 'David Arakhamiya', 'Davyd Arakhamiya']),
  O('Mykhailo Podolyak', 'Ukraine', 'party', 'presidential adviser', ['Mykhailo Podoliak', 'Mikhail Podolyak', 'Mykhaylo Podolyak']),
  O('Oleksii Reznikov', 'Ukraine', 'party', 'Defence Minister', ['Oleksiy Reznikov', 'Alexei Reznikov']),
  O('Kyrylo Budanov', 'Ukraine', 'party', 'intelligence chief', ['Kyrylo Budanov', 'Kirill Budanov']),
  O('Sergiy Kyslytsya', 'Ukraine', 'party', 'First Deputy Foreign Minister', ['Serhii Kyslytsia', 'Serhiy Kyslytsya', 'Sergiy Kyslytsia']),
  O('Andrii Hnatov', 'Ukraine', 'party', 'Chief of the General Staff', ['Andriy Hnatov']),
  O('Dmytro Lubinets', 'Ukraine', 'party', 'human rights commissioner'),
  O('Andrii Sybiha', 'Ukraine', 'party', 'Foreign Minister', ['Andriy Sybiha']),
  O('Vadym Skibitskyi', 'Ukraine', 'party', 'deputy intelligence chief'),
  O('Oleksandr Bevz', 'Ukraine', 'party', 'presidential adviser'),
  O('Mykola Tochytskyi', 'Ukraine', 'party', 'Deputy Foreign Minister'),
  O('Oleh Luhovskyi', 'Ukraine', 'party', 'official'),
  O('Heorhii Tykhyi', 'Ukraine', 'commentator', 'Foreign Ministry spokesman', ['Heorhiy Tykhyi']),
  // Hosts and mediators of third countries and institutions.
  O('Alexander Lukashenko', 'Belarus', 'leader', 'President', ['Aleksandr Lukashenko', 'Alyaksandr Lukashenka']),
  O('Ignazio Cassis', 'Switzerland', 'mediator', 'Foreign Minister'),
  O('Faisal bin Farhan', 'Saudi Arabia', 'mediator', 'Foreign Minister', ['Prince Faisal bin Farhan']),
  O('Mohammed bin Salman', 'Saudi Arabia', 'leader', 'Crown Prince'),
  O('Mohammed bin Abdulaziz Al-Khulaifi', 'Qatar', 'mediator', 'Minister of State', ['Mohammed Al-Khulaifi', 'Mohammed al-Khulaifi']),
  O('Lolwah Al-Khater', 'Qatar', 'mediator', 'Minister of State', ['Lolwah al-Khater']),
  O('Abdullah bin Zayed Al Nahyan', 'United Arab Emirates', 'mediator', 'Foreign Minister', ['Abdullah bin Zayed']),
  O('Matteo Zuppi', 'Vatican', 'mediator', 'papal envoy'),
  O('Pietro Parolin', 'Vatican', 'mediator', 'Secretary of State'),
  O('Antonio Guterres', 'United Nations', 'mediator', 'Secretary-General', ['António Guterres']),
  O('Emmanuel Macron', 'France', 'leader', 'President'),
  O('Olaf Scholz', 'Germany', 'leader', 'Chancellor'),
  O('Friedrich Merz', 'Germany', 'leader', 'Chancellor'),
  O('Keir Starmer', 'United Kingdom', 'leader', 'Prime Minister'),
];

interface Entry {
  official: Official;
  /** Each spelling as word keys. */
  spellings: string[][];
}

const entries: Entry[] = OFFICIALS.map((official) => ({
  official,
  spellings: [official.name, ...official.aliases].map((n) => n.split(/\s+/).map(nameKey).filter(Boolean)),
}));
const surnameCount = new Map<string, number>();
for (const e of entries) for (const key of new Set(e.spellings.map((s) => s.at(-1)!))) surnameCount.set(key, (surnameCount.get(key) ?? 0) + 1);

/**
 * The well-known official `words` name: the whole name in any listed spelling (one typing slip
 * allowed per word), or a surname alone when no other official has it.
 * @example officialNamed(['Witkoff'])?.country // 'United States'
 */
export function officialNamed(words: string[]): Official | undefined {
  const keys = words.map(nameKey).filter(Boolean);
  if (keys.length === 0) return undefined;
  const whole = entries.find((e) => e.spellings.some((s) => s.length === keys.length && s.every((k, i) => nearKey(k, keys[i]!))));
  if (whole) return whole.official;
  const last = keys.at(-1)!;
  const bySurname = entries.filter((e) => e.spellings.some((s) => s.length > 1 && nearKey(s.at(-1)!, last)));
  if (bySurname.length !== 1 || last.length < 4) return undefined;
  // "Sergei Lavrov" style: with a first name, it must agree too.
  if (keys.length > 1 && !bySurname[0]!.spellings.some((s) => keys.slice(0, -1).some((k) => s.slice(0, -1).some((f) => nearKey(f, k) || f[0] === k[0])))) return undefined;
  return bySurname[0]!.official;
}
