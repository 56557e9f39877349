/**
 * What the synthetic corpus is made of: name parts with their transliteration
 * variants and native spellings, real places with coordinates, publishers, and
 * the words that sentences are built from. Fixed tables, so the corpus depends
 * only on the seed.
 */

/** A name part: the spelling the site shows, other Latin spellings, the native spelling. */
export type NamePart = readonly [shown: string, variants: readonly string[], native?: string];

export const RUSSIAN_FIRST: NamePart[] = [
  ['Sergey', ['Sergei'], 'Сергей'],
  ['Dmitry', ['Dmitri', 'Dmitriy'], 'Дмитрий'],
  ['Alexei', ['Aleksei', 'Alexey'], 'Алексей'],
  ['Vladimir', [], 'Владимир'],
  ['Yuri', ['Yury', 'Iouri'], 'Юрий'],
  ['Mikhail', ['Michail'], 'Михаил'],
  ['Nikolai', ['Nikolay'], 'Николай'],
  ['Andrei', ['Andrey'], 'Андрей'],
  ['Konstantin', [], 'Константин'],
  ['Grigory', ['Grigoriy'], 'Григорий'],
  ['Leonid', [], 'Леонид'],
  ['Igor', [], 'Игорь'],
  ['Pavel', [], 'Павел'],
  ['Maria', ['Mariya'], 'Мария'],
  ['Yelena', ['Elena'], 'Елена'],
  ['Tatiana', ['Tatyana'], 'Татьяна'],
];

export const RUSSIAN_LAST: NamePart[] = [
  ['Volkov', [], 'Волков'],
  ['Sokolov', [], 'Соколов'],
  ['Morozov', [], 'Морозов'],
  ['Lebedev', ['Lebedeff'], 'Лебедев'],
  ['Kozlov', [], 'Козлов'],
  ['Fyodorov', ['Fedorov'], 'Фёдоров'],
  ['Orlov', [], 'Орлов'],
  ['Belyayev', ['Belyaev'], 'Беляев'],
  ['Zaitsev', ['Zaytsev'], 'Зайцев'],
  ['Gromov', [], 'Громов'],
  ['Polyansky', ['Polyanskiy', 'Polianski'], 'Полянский'],
  ['Vershinin', [], 'Вершинин'],
  ['Galuzin', [], 'Галузин'],
  ['Ushakov', [], 'Ушаков'],
  ['Slutsky', ['Slutskiy', 'Slutski'], 'Слуцкий'],
  ['Fomin', [], 'Фомин'],
  ['Kostyukov', ['Kostiukov'], 'Костюков'],
  ['Medvedchuk', [], 'Медведчук'],
  ['Karasin', [], 'Карасин'],
  ['Rudskoy', ['Rudskoi'], 'Рудской'],
  ['Grushko', [], 'Грушко'],
  ['Ryabkov', ['Riabkov'], 'Рябков'],
];

export const UKRAINIAN_FIRST: NamePart[] = [
  ['Volodymyr', ['Vladimir'], 'Володимир'],
  ['Dmytro', ['Dmitro', 'Dmtryo'], 'Дмитро'],
  ['Oleksii', ['Oleksiy', 'Alexei'], 'Олексій'],
  ['Andrii', ['Andriy', 'Andrey'], 'Андрій'],
  ['Mykhailo', ['Mykhaylo', 'Mikhail'], 'Михайло'],
  ['Serhiy', ['Serhii', 'Sergei'], 'Сергій'],
  ['Ihor', ['Igor'], 'Ігор'],
  ['Oleksandr', ['Olexander', 'Alexander'], 'Олександр'],
  ['Taras', [], 'Тарас'],
  ['Bohdan', ['Bogdan'], 'Богдан'],
  ['Kyrylo', ['Kirill'], 'Кирило'],
  ['Davyd', ['David'], 'Давид'],
  ['Iryna', ['Irina'], 'Ірина'],
  ['Olena', ['Elena'], 'Олена'],
  ['Yuliia', ['Yulia'], 'Юлія'],
];

export const UKRAINIAN_LAST: NamePart[] = [
  ['Shevchenko', [], 'Шевченко'],
  ['Kovalenko', [], 'Коваленко'],
  ['Bondarenko', [], 'Бондаренко'],
  ['Tkachenko', [], 'Ткаченко'],
  ['Kravchuk', [], 'Кравчук'],
  ['Melnyk', ['Melnik'], 'Мельник'],
  ['Polishchuk', ['Polischuk'], 'Поліщук'],
  ['Lysenko', ['Lisenko'], 'Лисенко'],
  ['Marchenko', [], 'Марченко'],
  ['Hrytsenko', ['Gritsenko'], 'Гриценко'],
  ['Podoliak', ['Podolyak'], 'Подоляк'],
  ['Stefanchuk', [], 'Стефанчук'],
  ['Zhovkva', ['Zhovkwa'], 'Жовква'],
  ['Kyslytsya', ['Kyslytsia', 'Kislitsa'], 'Кислиця'],
  ['Fedoriv', [], 'Федорів'],
  ['Ivanytskyi', ['Ivanytsky', 'Ivanitsky'], 'Іваницький'],
  ['Yatsenko', ['Iatsenko'], 'Яценко'],
  ['Chernyshov', ['Chernyshev'], 'Чернишов'],
];

/** Mediators, hosts and observers: names with the diacritics their countries use. */
export const OTHERS: { country: string; adjective: string; first: string[]; last: string[] }[] = [
  { country: 'Turkey', adjective: 'Turkish', first: ['Mevlüt', 'Hakan', 'İbrahim', 'Ömer', 'Şükrü', 'Çağlar', 'Ayşe', 'Gülnur'], last: ['Çavuşoğlu', 'Kalın', 'Yıldırım', 'Öztürk', 'Çelik', 'Şahin', 'Doğan', 'Güneş', 'Aydın', 'Özdemir'] },
  { country: 'Switzerland', adjective: 'Swiss', first: ['Ignazio', 'Urs', 'Béatrice', 'Jürg'], last: ['Müller', 'Schürch', 'Bühler', 'Zürcher'] },
  { country: 'France', adjective: 'French', first: ['François', 'Hélène', 'Jérôme', 'Anaïs'], last: ['Lefèvre', 'Bérenger', 'Giraud', 'Ménard'] },
  { country: 'Saudi Arabia', adjective: 'Saudi', first: ['Faisal', 'Musaed', 'Khalid'], last: ['Al-Aiban', 'Al-Rashid', 'Al-Qahtani'] },
  { country: 'Qatar', adjective: 'Qatari', first: ['Mohammed', 'Majed', 'Lolwah'], last: ['Al-Khulaifi', 'Al-Ansari', 'Al-Khater'] },
  { country: 'United States', adjective: 'US', first: ['Marco', 'Steve', 'Keith', 'Jennifer'], last: ['Whitman', 'Kellerman', 'Harper', 'Donovan'] },
  { country: 'Vatican', adjective: 'Vatican', first: ['Matteo', 'Pietro', 'Paolo'], last: ['Zuppi', 'Parolini', 'Gallo'] },
  { country: 'Hungary', adjective: 'Hungarian', first: ['Péter', 'Zoltán', 'Gábor'], last: ['Szijjártó', 'Kovács', 'Horváth'] },
  { country: 'Poland', adjective: 'Polish', first: ['Łukasz', 'Radosław', 'Małgorzata'], last: ['Wiśniewski', 'Kaczmarek', 'Żółkiewski'] },
  { country: 'Norway', adjective: 'Norwegian', first: ['Jonas', 'Espen', 'Åse'], last: ['Støre', 'Bjørnstad', 'Kjærgaard'] },
  { country: 'Finland', adjective: 'Finnish', first: ['Sauli', 'Elina', 'Pekka'], last: ['Häkkinen', 'Väisänen', 'Niinistö'] },
  { country: 'Belarus', adjective: 'Belarusian', first: ['Alexander', 'Uladzimir'], last: ['Lukashenko', 'Makei', 'Shostak'] },
];

export const DELEGATIONS: { name: string; aliases: string[]; country: string; side: 'russia' | 'ukraine' | 'mediator' | 'host' | 'observer' }[] = [
  { name: 'Russian delegation', aliases: ['Russian negotiators', 'Russian team', 'Российская делегация'], country: 'Russia', side: 'russia' },
  { name: 'Ukrainian delegation', aliases: ['Ukrainian negotiators', 'Ukrainian team', 'Українська делегація'], country: 'Ukraine', side: 'ukraine' },
  { name: 'Turkish delegation', aliases: ['Turkish hosts', 'Türk heyeti'], country: 'Turkey', side: 'host' },
  { name: 'US delegation', aliases: ['American delegation', 'US negotiators'], country: 'United States', side: 'mediator' },
  { name: 'Saudi delegation', aliases: ['Saudi hosts'], country: 'Saudi Arabia', side: 'host' },
  { name: 'Qatari mediation team', aliases: ['Qatari mediators'], country: 'Qatar', side: 'mediator' },
  { name: 'UN observer team', aliases: ['United Nations observers'], country: 'United Nations', side: 'observer' },
  { name: 'ICRC team', aliases: ['Red Cross team', 'International Committee of the Red Cross'], country: 'Switzerland', side: 'observer' },
  { name: 'Vatican peace mission', aliases: ['Holy See mission'], country: 'Vatican', side: 'mediator' },
  { name: 'Swiss mediation team', aliases: ['Swiss mediators'], country: 'Switzerland', side: 'mediator' },
];

export const RUSSIAN_ROLES = ['Foreign Minister of Russia', 'Deputy Foreign Minister of Russia', 'Presidential aide', 'Head of the Russian delegation', 'Kremlin spokesman', 'Deputy Defence Minister of Russia', 'Member of the State Duma', 'Russian ambassador'];
export const UKRAINIAN_ROLES = ['Foreign Minister of Ukraine', 'Head of the Presidential Office', 'Defence Minister of Ukraine', 'Head of the Ukrainian delegation', 'Adviser to the President of Ukraine', 'Member of the Verkhovna Rada', 'Ombudsman of Ukraine', 'Deputy Foreign Minister of Ukraine'];
export const OTHER_ROLES = ['Foreign Minister of {country}', 'President of {country}', 'National Security Adviser of {country}', 'Special Envoy of {country}', 'Ambassador of {country}'];

export interface VenueRow {
  name: string;
  aliases: string[];
  city: string;
  country: string;
  lat: number;
  lon: number;
}

/** Thirty real places where talks are, or could be, held. */
export const VENUES: VenueRow[] = [
  { name: 'Dolmabahçe Palace', aliases: ['Dolmabahce Palace', 'Dolmabahçe Sarayı'], city: 'Istanbul', country: 'Turkey', lat: 41.0391, lon: 29.0004 },
  { name: 'Çırağan Palace', aliases: ['Ciragan Palace', 'Çırağan Sarayı'], city: 'Istanbul', country: 'Turkey', lat: 41.0436, lon: 29.0158 },
  { name: 'Antalya Diplomacy Forum', aliases: ['ADF', 'Antalya forum'], city: 'Antalya', country: 'Turkey', lat: 36.8625, lon: 31.0556 },
  { name: 'Beştepe Presidential Complex', aliases: ['Bestepe Presidential Complex', 'Beştepe'], city: 'Ankara', country: 'Turkey', lat: 39.9317, lon: 32.7989 },
  { name: 'Palais des Nations', aliases: ['Palace of Nations', 'UN Geneva'], city: 'Geneva', country: 'Switzerland', lat: 46.2266, lon: 6.1406 },
  { name: 'Bürgenstock Resort', aliases: ['Burgenstock Resort', 'Bürgenstock'], city: 'Lucerne', country: 'Switzerland', lat: 46.9965, lon: 8.381 },
  { name: 'Diriyah Palace', aliases: ['Ad Diriyah Palace'], city: 'Riyadh', country: 'Saudi Arabia', lat: 24.7339, lon: 46.575 },
  { name: 'Al Salam Palace', aliases: ['As-Salam Palace'], city: 'Jeddah', country: 'Saudi Arabia', lat: 21.55, lon: 39.1186 },
  { name: 'Qasr Al Watan', aliases: ['Palace of the Nation'], city: 'Abu Dhabi', country: 'United Arab Emirates', lat: 24.4616, lon: 54.309 },
  { name: 'Amiri Diwan', aliases: ['Emiri Diwan'], city: 'Doha', country: 'Qatar', lat: 25.2948, lon: 51.5391 },
  { name: 'Palace of Independence', aliases: ['Дворец Независимости', 'Independence Palace'], city: 'Minsk', country: 'Belarus', lat: 53.9279, lon: 27.5146 },
  { name: 'Gomel border crossing', aliases: ['Gomel region', 'Гомель'], city: 'Gomel Region', country: 'Belarus', lat: 51.9, lon: 30.9 },
  { name: 'Belovezhskaya Pushcha', aliases: ['Białowieża Forest', 'Беловежская пуща'], city: 'Brest Region', country: 'Belarus', lat: 52.57, lon: 23.8 },
  { name: 'Apostolic Palace', aliases: ['Palazzo Apostolico'], city: 'Vatican City', country: 'Vatican', lat: 41.9036, lon: 12.4566 },
  { name: 'Hofburg Palace', aliases: ['Hofburg', 'Wiener Hofburg'], city: 'Vienna', country: 'Austria', lat: 48.2066, lon: 16.365 },
  { name: 'Finlandia Hall', aliases: ['Finlandia-talo'], city: 'Helsinki', country: 'Finland', lat: 60.176, lon: 24.934 },
  { name: 'Oslo City Hall', aliases: ['Oslo rådhus', 'Oslo radhus'], city: 'Oslo', country: 'Norway', lat: 59.9119, lon: 10.7336 },
  { name: 'Gulistan Palace', aliases: ['Gülüstan Sarayı'], city: 'Baku', country: 'Azerbaijan', lat: 40.365, lon: 49.834 },
  { name: 'Akorda Presidential Palace', aliases: ['Ak Orda', 'Акорда'], city: 'Astana', country: 'Kazakhstan', lat: 51.1258, lon: 71.4467 },
  { name: 'Sándor Palace', aliases: ['Sandor Palace', 'Sándor-palota'], city: 'Budapest', country: 'Hungary', lat: 47.4962, lon: 19.0393 },
  { name: 'Élysée Palace', aliases: ['Elysee Palace', 'Palais de l’Élysée'], city: 'Paris', country: 'France', lat: 48.8704, lon: 2.3167 },
  { name: 'Schloss Meseberg', aliases: ['Meseberg Palace'], city: 'Gransee', country: 'Germany', lat: 52.9492, lon: 13.0986 },
  { name: 'Łazienki Palace', aliases: ['Lazienki Palace', 'Pałac na Wyspie'], city: 'Warsaw', country: 'Poland', lat: 52.215, lon: 21.035 },
  { name: 'Bratislava Castle', aliases: ['Bratislavský hrad'], city: 'Bratislava', country: 'Slovakia', lat: 48.1423, lon: 17.1 },
  { name: 'Al-Ittihadiya Palace', aliases: ['Heliopolis Palace'], city: 'Cairo', country: 'Egypt', lat: 30.089, lon: 31.316 },
  { name: 'Al Bustan Palace', aliases: ['Al-Bustan Palace'], city: 'Muscat', country: 'Oman', lat: 23.553, lon: 58.656 },
  { name: 'Diaoyutai State Guesthouse', aliases: ['Diaoyutai'], city: 'Beijing', country: 'China', lat: 39.923, lon: 116.3 },
  { name: 'Hyderabad House', aliases: ['Hyderabad House New Delhi'], city: 'New Delhi', country: 'India', lat: 28.614, lon: 77.227 },
  { name: 'Union Buildings', aliases: ['Uniegebou'], city: 'Pretoria', country: 'South Africa', lat: -25.74, lon: 28.212 },
  { name: 'Marienborg', aliases: ['Marienborg Manor'], city: 'Kongens Lyngby', country: 'Denmark', lat: 55.785, lon: 12.52 },
];

export const PUBLISHERS: { name: string; domain?: string }[] = [
  { name: 'Reuters', domain: 'reuters.com' },
  { name: 'Associated Press', domain: 'apnews.com' },
  { name: 'Agence France-Presse', domain: 'afp.com' },
  { name: 'BBC News', domain: 'bbc.co.uk' },
  { name: 'Al Jazeera', domain: 'aljazeera.com' },
  { name: 'The Kyiv Independent', domain: 'kyivindependent.com' },
  { name: 'Ukrainska Pravda', domain: 'pravda.com.ua' },
  { name: 'Meduza', domain: 'meduza.io' },
  { name: 'TASS', domain: 'tass.com' },
  { name: 'Interfax-Ukraine', domain: 'interfax.com.ua' },
  { name: 'Anadolu Agency', domain: 'aa.com.tr' },
  { name: 'Hürriyet Daily News', domain: 'hurriyetdailynews.com' },
  { name: 'Le Monde', domain: 'lemonde.fr' },
  { name: 'Der Spiegel', domain: 'spiegel.de' },
  { name: 'Deutsche Welle', domain: 'dw.com' },
  { name: 'Voice of America', domain: 'voanews.com' },
  { name: 'Euronews', domain: 'euronews.com' },
  { name: 'The Guardian', domain: 'theguardian.com' },
  { name: 'Financial Times', domain: 'ft.com' },
  { name: 'Radio Free Europe/Radio Liberty', domain: 'rferl.org' },
  { name: 'Balkan Insight', domain: 'balkaninsight.com' },
  { name: 'Yle', domain: 'yle.fi' },
  { name: 'Gazeta Wyborcza', domain: 'wyborcza.pl' },
  { name: 'Shampratik Deshkal' },
  { name: 'Unknown publisher' },
];

export const SUBJECTS = ['The delegations', 'Negotiators from both sides', 'The mediators', 'Officials in Kyiv', 'The Kremlin', 'Diplomats briefed on the talks', 'The host government', 'Both sides', 'Ukrainian officials', 'Russian officials'];
export const VERBS = ['said they had discussed', 'agreed to keep working on', 'reported progress on', 'could not agree on', 'set out proposals on', 'asked for more time to study', 'returned to', 'left open the question of', 'signed a short statement on', 'exchanged draft texts on'];
export const TAILS = ['after several hours of talks', 'according to people present', 'in a statement after the meeting', 'before the delegations left {city}', 'without giving a timetable', 'and promised to meet again', 'while the fighting went on', 'at a late-evening briefing', 'in a joint note to the press', 'as the mediators had hoped'];
export const FILLER = [
  'The talks began later than planned because one delegation was delayed on the road.',
  'Journalists were kept outside the building for most of the day.',
  'Neither side published a full text of what was discussed.',
  'Earlier rounds had ended without any written result.',
  'Officials stressed that nothing is agreed until everything is agreed.',
  'The next meeting depends on what the capitals make of the drafts.',
  'Observers cautioned against reading too much into a single day of talks.',
  'Both delegations briefed their governments by secure link during breaks.',
  'The host country offered to organise a further round at short notice.',
  'Expert groups were told to continue work between the plenary meetings.',
  'Humanitarian agencies asked to be consulted on any arrangements for civilians.',
  'The tone was described as businesslike rather than warm.',
];
