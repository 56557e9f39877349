/**
 * Generates a synthetic but realistic content folder for the benchmark: N
 * articles, about one round per four articles, 200 participants with aliases
 * (Cyrillic and diacritics among them), 30 venues with coordinates, the real
 * outcome topics (copied from content/outcomes), 300–500-word summaries with
 * lists and quotes, citations with evidence of at most 25 words, and some
 * findings, disagreements and follow-ups. Seeded: same options, same bytes.
 *
 *   node tests/bench/generate.ts --articles 1000 --out /tmp/corpus [--seed 1]
 *
 * Every file passes the schemas in src/schemas (tests/unit/bench checks it).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { Random } from './corpus/random.ts';
import {
  DELEGATIONS,
  OTHER_ROLES,
  OTHERS,
  PUBLISHERS,
  RUSSIAN_FIRST,
  RUSSIAN_LAST,
  RUSSIAN_ROLES,
  UKRAINIAN_FIRST,
  UKRAINIAN_LAST,
  UKRAINIAN_ROLES,
  VENUES,
  type NamePart,
} from './corpus/tables.ts';
import { clip, fold, paragraph, quote, slug, summary, type Scene } from './corpus/text.ts';

export interface CorpusOptions {
  /** How many articles; rounds are about a quarter of that. */
  articles: number;
  seed?: number;
  /** Where the real outcome topics are copied from. */
  outcomesDir?: string;
}

export interface CorpusFile {
  /** Relative to the content folder, e.g. `rounds/2022-03-10-istanbul.md`. */
  path: string;
  text: string;
}

type Side = 'russia' | 'ukraine' | 'mediator' | 'host' | 'observer';

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  kind: 'person' | 'delegation';
  country: string;
  side: Side;
  roles: string[];
}

interface Venue {
  id: string;
  row: (typeof VENUES)[number];
}

export interface Topic {
  id: string;
  title: string;
  file: string;
}

interface Round {
  id: string;
  date: string;
  venue?: Venue;
  format: 'in-person' | 'video';
  articles: Article[];
  /** Later articles that also report this round (listed in their `rounds`, second). */
  alsoIn: Article[];
}

interface Article {
  id: string;
  published: string;
  publisher: (typeof PUBLISHERS)[number];
  title: string;
  round: Round;
  previous?: Round;
}

export const DEFAULT_SEED = 20220228;
export const PARTICIPANTS = 200;
/** The last round's day. Fixed, so the corpus never depends on today; in the past, so no held round is in the future. */
const LAST_DAY = '2026-06-30';
const REPO = path.resolve(import.meta.dirname, '../..');

/** The people, places and topics of a corpus: what raw articles for the ingest benchmark name. */
export function corpusCast(options: Omit<CorpusOptions, 'articles'> = {}) {
  const rng = new Random(options.seed ?? DEFAULT_SEED);
  const topics = readTopics(options.outcomesDir ?? path.join(REPO, 'content/outcomes'));
  const people = makePeople(rng);
  const venues = VENUES.map((row) => ({ id: slug(row.name), row }));
  return { rng, topics, people, venues };
}

/** Every file of the corpus, in a fixed order. */
export function* corpusFiles(options: CorpusOptions): Generator<CorpusFile> {
  const { rng, topics, people, venues } = corpusCast(options);
  const rounds = makeRounds(rng, options.articles, venues);
  const articles = rounds.flatMap((r) => r.articles);

  for (const topic of topics) yield { path: `outcomes/${topic.id}.md`, text: topic.file };
  for (const venue of venues) yield { path: `venues/${venue.id}.md`, text: venueFile(rng, venue) };
  for (const person of people) yield { path: `participants/${person.id}.md`, text: personFile(rng, person, articles) };
  for (const round of rounds) yield { path: `rounds/${round.id}.md`, text: roundFile(rng, round, people, topics) };
  for (const article of articles) yield { path: `articles/${article.id}.md`, text: articleFile(rng, article, people, topics) };
}

/** Writes the corpus under `dir` (which must not hold another corpus) and says what it wrote. */
export function writeCorpus(dir: string, options: CorpusOptions): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of ['articles', 'rounds', 'participants', 'venues', 'outcomes']) fs.mkdirSync(path.join(dir, name), { recursive: true });
  for (const file of corpusFiles(options)) {
    fs.writeFileSync(path.join(dir, file.path), file.text);
    files++;
    bytes += Buffer.byteLength(file.text);
  }
  return { files, bytes };
}

function readTopics(dir: string): Topic[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = fs.readFileSync(path.join(dir, name), 'utf8');
      const title = /^title:\s*(.+)$/m.exec(file)?.[1]?.trim() ?? name;
      return { id: name.replace(/\.md$/, ''), title, file };
    });
}

function markdown(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function words(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** 200 participants: ten delegations, Russians, Ukrainians, and mediators with diacritics in their names. */
function makePeople(rng: Random): Person[] {
  const people: Person[] = [];
  const taken = new Set<string>();
  // A name may belong to one participant only (`npm run check`: alias-conflict), compared without case or accents.
  const claimed = new Set<string>();
  const key = (name: string) => fold(name).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const add = (person: Omit<Person, 'id'>) => {
    const id = slug(person.name);
    if (taken.has(id) || claimed.has(key(person.name))) return;
    const aliases = [...new Set(person.aliases)].filter((a) => !claimed.has(key(a)) && key(a) !== key(person.name));
    taken.add(id);
    for (const name of [person.name, ...aliases]) claimed.add(key(name));
    people.push({ id, ...person, aliases });
  };
  for (const d of DELEGATIONS) add({ name: d.name, aliases: d.aliases, kind: 'delegation', country: d.country, side: d.side, roles: [`${d.name}`] });
  const slavic = (first: readonly NamePart[], last: readonly NamePart[], country: string, side: Side, roles: string[]) => {
    const [f, fv, fn] = rng.pick(first);
    const [l, lv, ln] = rng.pick(last);
    const female = /a$/.test(f) && f !== 'Mykola';
    const fem = (s: string) => (female ? s.replace(/(ov|ev|in)$/, '$1a').replace(/(sky|skyi)$/, 'ska') : s);
    const aliases = new Set<string>([fem(l)]);
    for (const v of fv) aliases.add(`${v} ${fem(l)}`);
    for (const v of lv) aliases.add(`${f} ${fem(v)}`).add(fem(v));
    if (fn && ln) aliases.add(`${fn} ${female ? ln.replace(/(ов|ев|ин)$/, '$1а').replace(/ий$/, 'ая') : ln}`);
    add({ name: `${f} ${fem(l)}`, aliases: [...aliases], kind: 'person', country, side, roles: rng.sample(roles, rng.int(1, 2)) });
  };
  while (people.length < 80) slavic(RUSSIAN_FIRST, RUSSIAN_LAST, 'Russia', 'russia', RUSSIAN_ROLES);
  while (people.length < 150) slavic(UKRAINIAN_FIRST, UKRAINIAN_LAST, 'Ukraine', 'ukraine', UKRAINIAN_ROLES);
  while (people.length < PARTICIPANTS) {
    const c = rng.pick(OTHERS);
    const name = `${rng.pick(c.first)} ${rng.pick(c.last)}`;
    const last = name.split(' ').slice(1).join(' ');
    const aliases = new Set([last, fold(name), fold(last)].filter((a) => a !== name));
    const side: Side = c.country === 'Belarus' || c.country === 'Turkey' ? rng.pick(['host', 'mediator'] as const) : rng.pick(['mediator', 'mediator', 'observer'] as const);
    const roles = rng.sample(OTHER_ROLES, rng.int(1, 2)).map((r) => r.replace('{country}', c.country));
    add({ name, aliases: [...aliases], kind: 'person', country: c.country, side, roles });
  }
  return people;
}

/**
 * Rounds every few days (about 140 a year), with the odd pause of months, each
 * with about four articles. The days are laid out back from LAST_DAY, so a
 * larger corpus covers more years and no held round is in the future.
 */
function makeRounds(rng: Random, articleCount: number, venues: Venue[]): Round[] {
  const counts: number[] = [];
  for (let made = 0; made < articleCount; made += counts.at(-1)!) counts.push(Math.min(articleCount - made, rng.int(1, 7)));
  const days: string[] = [LAST_DAY];
  while (days.length < counts.length) days.push(addDays(days.at(-1)!, -(rng.chance(0.008) ? rng.int(91, 180) : rng.int(0, 3))));
  days.reverse();
  const rounds: Round[] = [];
  const ids = new Set<string>();
  const articleIds = new Set<string>();
  for (const [index, day] of days.entries()) {
    const video = rng.chance(0.2);
    const venue = video ? undefined : venues[Math.floor(rng.next() ** 1.6 * venues.length)]!;
    const base = `${day}-${venue ? slug(venue.row.city) : 'video'}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const round: Round = { id, date: day, venue, format: video ? 'video' : 'in-person', articles: [], alsoIn: [] };
    for (let i = 0; i < counts[index]!; i++) {
      const publisher = rng.pick(PUBLISHERS);
      // The first report comes after the round (a round is `held` only once reported); others may preview it.
      const published = addDays(day, i === 0 ? rng.int(0, 3) : rng.int(-1, 3));
      const where = venue?.row.city ?? 'video link';
      const title = rng.pick([
        `Russian and Ukrainian negotiators meet in ${where}`,
        `Talks in ${where} end without a breakthrough`,
        `Delegations agree to meet again after ${where} round`,
        `Mediators push for progress at ${where} talks`,
        `Prisoner swap and ceasefire on the table in ${where}`,
        `What we know about the latest round of talks in ${where}`,
      ]);
      const stem = `${published}-${slug(publisher.name)}-${slug(title).split('-').slice(0, 4).join('-')}`;
      let articleId = stem;
      for (let n = 2; articleIds.has(articleId); n++) articleId = `${stem}-${n}`;
      articleIds.add(articleId);
      const previous = rounds.at(-1) && rng.chance(0.2) ? rounds.at(-1) : undefined;
      const article: Article = { id: articleId, published, publisher, title, round, previous };
      round.articles.push(article);
      previous?.alsoIn.push(article);
    }
    rounds.push(round);
  }
  return rounds;
}

/** A person drawn with a skew, so some people sit at many rounds and most at few. */
function drawFrom(rng: Random, pool: Person[]): Person {
  return pool[Math.floor(rng.next() ** 2 * pool.length)]!;
}

function scene(round: Round, people: string[], topics: Topic[]): Scene {
  return { city: round.venue?.row.city ?? 'the video link', people, topics: topics.map((t) => (/^.[a-z]/.test(t.title) ? t.title[0]!.toLowerCase() + t.title.slice(1) : t.title)) };
}

function venueFile(rng: Random, venue: Venue): string {
  const { row } = venue;
  const data: Record<string, unknown> = {
    name: row.name,
    aliases: row.aliases,
    city: row.city,
    country: row.country,
    coordinates: { lat: row.lat, lon: row.lon },
    review: rng.chance(0.9) ? 'reviewed' : 'derived',
  };
  if (rng.chance(0.3)) data.note = 'Coordinates from the public record.';
  return markdown(data, `${row.name} in ${row.city}, ${row.country}, where delegations have met. ${paragraph(rng, { city: row.city, people: [], topics: [] }, 2)}\n`);
}

function personFile(rng: Random, person: Person, articles: Article[]): string {
  const cited = () => {
    const article = rng.pick(articles);
    return [{ source: article.id, evidence: clip(`${person.roles[0]} ${person.name} told reporters the talks would go on`) }];
  };
  const data: Record<string, unknown> = {
    name: person.name,
    aliases: person.aliases,
    kind: person.kind,
    country: person.country,
    roles: person.roles.map((title) => {
      const role: Record<string, unknown> = { title };
      if (rng.chance(0.6)) role.from = addDays('2018-01-01', rng.int(0, 1500));
      if (rng.chance(0.5)) role.cite = cited();
      return role;
    }),
  };
  if (person.kind === 'person' && person.aliases.length > 1 && rng.chance(0.05)) {
    const [a, b] = [rng.pick(articles), rng.pick(articles)];
    data.disagreements = [
      {
        fact: 'name',
        about: `How is ${person.name}'s name spelled?`,
        values: [
          { value: person.name, cite: [a.id] },
          { value: person.aliases.find((x) => x.includes(' ')) ?? person.aliases[0]!, cite: [b.id] },
        ],
        chosen: person.name,
        reason: 'The spelling the person uses in official statements.',
      },
    ];
  }
  data.review = rng.chance(0.85) ? 'reviewed' : 'derived';
  const body = `${person.name} has taken part in the talks as ${person.roles.join(' and later ').toLowerCase()}. ${paragraph(rng, { city: 'the talks', people: [person.name], topics: [] }, rng.int(1, 3))}\n`;
  return markdown(data, body);
}

const STATUSES = ['agreed', 'not-agreed', 'proposed', 'discussed'] as const;

function roundFile(rng: Random, round: Round, people: Person[], topics: Topic[]): string {
  const bySide = (sides: Side[]) => people.filter((p) => sides.includes(p.side));
  const russians = bySide(['russia']);
  const ukrainians = bySide(['ukraine']);
  const others = bySide(['mediator', 'host', 'observer']);
  const at = new Map<string, Person>();
  const drawDistinct = (pool: Person[], count: number) => {
    for (let i = 0; i < count * 3 && count > 0; i++) {
      const p = drawFrom(rng, pool);
      if (!at.has(p.id)) {
        at.set(p.id, p);
        count--;
      }
    }
  };
  drawDistinct(russians, rng.int(1, 3));
  drawDistinct(ukrainians, rng.int(1, 3));
  if (round.venue || rng.chance(0.5)) drawDistinct(others, rng.int(0, 2));
  const present = [...at.values()];
  const sc = scene(round, present.map((p) => p.name), topics);
  const sources = [...round.articles, ...round.alsoIn].map((a) => a.id);
  const cite = (n = rng.int(1, 2)) => rng.sample(round.articles, n).map((a) => (rng.chance(0.8) ? { source: a.id, evidence: quote(rng, sc) } : { source: a.id }));
  const leads = new Set<Side>();
  const level = rng.pick(['delegations', 'delegations', 'delegations', 'ministers', 'ministers', 'leaders'] as const);
  const chosenTopics = rng.sample(topics, rng.int(1, 4));

  const data: Record<string, unknown> = {
    title: round.venue
      ? rng.pick([`Delegations meet in ${round.venue.row.city}`, `Talks at ${round.venue.row.name}`, `${level === 'ministers' ? 'Ministers' : 'Negotiators'} meet in ${round.venue.row.city}`])
      : rng.pick(['Talks by video link', 'Online round between the delegations', 'Video call between negotiators']),
    date: round.date,
  };
  if (rng.chance(0.12)) data.endDate = addDays(round.date, rng.int(1, 2));
  if (rng.chance(0.02)) data.dateNote = 'No source gives the day; set from the public record.';
  data.status = rng.chance(0.9) ? 'held' : rng.pick(['planned', 'mentioned']);
  data.format = round.format;
  data.level = level;
  if (round.venue) data.venue = round.venue.id;
  data.cite = {
    date: cite(),
    ...(round.venue ? { venue: cite(1) } : {}),
    format: cite(1),
    ...(rng.chance(0.5) ? { level: cite(1) } : {}),
  };
  data.parties = present.map((p) => {
    const lead = !leads.has(p.side) && (p.side === 'russia' || p.side === 'ukraine');
    if (lead) leads.add(p.side);
    return { participant: p.id, side: p.side, role: rng.pick(p.roles), ...(lead ? { lead: true } : {}), cite: cite() };
  });
  const mentioned = rng.sample(people.filter((p) => !at.has(p.id) && p.kind === 'person'), rng.int(0, 2));
  if (mentioned.length) data.mentions = mentioned.map((p) => ({ participant: p.id, note: clip(`Commented on the talks from ${p.country}.`), cite: cite(1) }));
  data.outcomes = chosenTopics.map((t) => {
    const status = rng.pick(STATUSES);
    const outcome: Record<string, unknown> = { topic: t.id, status, summary: `${t.title}: ${status.replace('-', ' ')} after talks in ${round.venue?.row.city ?? 'the video call'}.`, cite: cite() };
    if (status === 'agreed' && rng.chance(0.3)) {
      outcome.followUp = [{ status: rng.pick(['done', 'partly-done', 'not-done', 'unknown']), date: addDays(round.date, rng.int(3, 40)), summary: `Later reports say the ${t.title.toLowerCase()} step was taken in part.`, cite: cite(1) }];
    }
    return outcome;
  });
  data.sources = sources;
  if (round.articles.length >= 2 && rng.chance(0.04)) {
    const [a, b] = rng.sample(round.articles, 2) as [Article, Article];
    const other = addDays(round.date, 1);
    data.disagreements = [
      {
        fact: 'date',
        about: 'On which day did the round begin?',
        values: [
          { value: words(round.date), cite: [a.id] },
          { value: words(other), cite: [b.id] },
        ],
        ...(rng.chance(0.5) ? { chosen: words(round.date), reason: 'Two later reports agree on the earlier day.' } : {}),
      },
    ];
  }
  data.review = rng.chance(0.85) ? 'reviewed' : 'derived';
  const body = `${paragraph(rng, sc, rng.int(3, 6))}\n\n${paragraph(rng, sc, rng.int(2, 4))}\n`;
  return markdown(data, body);
}

function articleFile(rng: Random, article: Article, people: Person[], topics: Topic[]): string {
  const { round, publisher } = article;
  const speakers = people.filter((p) => p.kind === 'person');
  const named = rng.sample(speakers, 3).map((p) => p.name);
  const sc = scene(round, named, topics);
  const data: Record<string, unknown> = { title: article.title, publisher: publisher.name };
  if (publisher.domain && rng.chance(0.9)) data.url = `https://www.${publisher.domain}/world/${article.published.replaceAll('-', '/')}/${article.id.slice(11)}`;
  data.published = article.published;
  if (rng.chance(0.02)) data.displayDate = addDays(article.published, rng.int(30, 700));
  if (rng.chance(0.05)) data.language = rng.pick(['uk', 'ru', 'tr', 'de']);
  data.rounds = article.previous ? [round.id, article.previous.id] : [round.id];
  if (rng.chance(0.08)) {
    const person = drawFrom(rng, people);
    const topic = rng.pick(topics);
    const later = rng.chance(0.3);
    data.findings = [
      {
        round: round.id,
        date: later ? addDays(round.date, 1) : round.date,
        ...(round.format === 'in-person' && rng.chance(0.5) ? { format: 'in-person' } : {}),
        evidence: { date: quote(rng, sc) },
        parties: [{ participant: person.id, side: person.side, role: rng.pick(person.roles), evidence: quote(rng, sc) }],
        outcomes: [{ topic: topic.id, status: rng.pick(STATUSES), summary: `${topic.title} was raised again, this report says.`, evidence: quote(rng, sc) }],
      },
    ];
  }
  data.review = rng.chance(0.85) ? 'reviewed' : 'derived';
  data.sha256 = createHash('sha256').update(`${article.id}\n${article.title}`).digest('hex');
  return markdown(data, summary(rng, sc, 300, 500, named));
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  if (!values.out) {
    console.error('Say where to write the corpus: node tests/bench/generate.ts --articles 1000 --out /tmp/corpus');
    process.exitCode = 1;
  } else {
    const articles = Number(values.articles);
    const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
    const started = performance.now();
    const { files, bytes } = writeCorpus(path.resolve(values.out), { articles, seed });
    console.log(`Wrote ${files} files (${(bytes / 1048576).toFixed(1)} MiB) for ${articles} articles to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
}
