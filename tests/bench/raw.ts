/**
 * Raw news articles for the ingest benchmark: plain text as a saved page gives
 * it (headline, publisher, a dateline, paragraphs that name the corpus's
 * participants, venues and outcome topics by name or alias, a quote, and the
 * site clutter the ingest command must strip). Seeded like the corpus.
 *
 *   node tests/bench/raw.ts --count 1000 --out /tmp/raw [--seed 1]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { Random } from './corpus/random.ts';
import { PUBLISHERS } from './corpus/tables.ts';
import { paragraph, quote, type Scene } from './corpus/text.ts';
import { corpusCast, DEFAULT_SEED, type Person } from './generate.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CLUTTER = ['Source link', 'More articles like this', 'Subscribe to our newsletter', 'Advertisement', 'Leave a comment'];

export interface RawArticle {
  name: string;
  text: string;
}

/** How a raw article names a person: the site's spelling or one of the aliases the press uses. */
function spelled(rng: Random, person: Person): string {
  const latin = person.aliases.filter((a) => a.includes(' ') && !/[\u0400-\u04ff]/.test(a));
  return latin.length && rng.chance(0.4) ? rng.pick(latin) : person.name;
}

export function* rawArticles(options: { count: number; seed?: number }): Generator<RawArticle> {
  const { topics, people, venues } = corpusCast({ seed: options.seed ?? DEFAULT_SEED });
  const rng = new Random((options.seed ?? DEFAULT_SEED) ^ 0x5eed);
  const keywords = topics.map((t) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(t.file)?.[1] ?? '';
    const data = (parse(front) ?? {}) as { keywords?: string[] };
    return data.keywords?.length ? data.keywords : [t.title.toLowerCase()];
  });
  const russians = people.filter((p) => p.side === 'russia' && p.kind === 'person');
  const ukrainians = people.filter((p) => p.side === 'ukraine' && p.kind === 'person');
  const mediators = people.filter((p) => p.side !== 'russia' && p.side !== 'ukraine' && p.kind === 'person');
  for (let i = 0; i < options.count; i++) {
    const published = new Date(Date.UTC(2022, 2, 1) + rng.int(0, 1500) * 86_400_000);
    const meeting = new Date(published.getTime() - rng.int(0, 3) * 86_400_000);
    const venue = rng.pick(venues).row;
    const [ru, ua, host] = [rng.pick(russians), rng.pick(ukrainians), rng.pick(mediators)];
    const publisher = rng.pick(PUBLISHERS).name;
    const topicWords = rng.sample(keywords, 2).map((k) => rng.pick(k));
    const scene: Scene = { city: venue.city, people: [ru.name, ua.name], topics: topicWords };
    const day = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
    const lines = [
      `${rng.pick(['Russian and Ukrainian negotiators meet in', 'Talks resume in', 'No breakthrough at talks in'])} ${venue.city}`,
      '',
      publisher,
      `Published ${day(published)}, ${published.getUTCFullYear()}`,
      '',
      `${venue.city.toUpperCase()}, ${day(published)} (${publisher}) - ${ru.roles[0]} ${spelled(rng, ru)} and ${ua.roles[0]} ${spelled(rng, ua)} met at ${rng.chance(0.5) ? venue.name : venue.aliases[0] ?? venue.name} on ${WEEKDAYS[meeting.getUTCDay()]}, with ${host.roles[0]} ${spelled(rng, host)} as host.`,
      '',
      `The two sides ${rng.pick(['agreed on', 'discussed', 'failed to agree on', 'proposed'])} ${topicWords[0]}, and talked about ${topicWords[1]}, officials said.`,
      '',
      `"${quote(rng, scene)}," ${spelled(rng, ua)} told reporters.`,
      '',
      ...Array.from({ length: rng.int(4, 8) }, () => [paragraph(rng, scene, rng.int(3, 5)), '']).flat(),
      ...rng.sample(CLUTTER, 2),
      '',
    ];
    yield { name: `${String(i).padStart(5, '0')}-${slugOf(publisher)}.txt`, text: lines.join('\n') };
  }
}

function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Writes the raw articles into `dir` and returns their paths. */
export function writeRawArticles(dir: string, options: { count: number; seed?: number }): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const article of rawArticles(options)) {
    const file = path.join(dir, article.name);
    fs.writeFileSync(file, article.text);
    files.push(file);
  }
  return files;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.out) {
    console.error('Say where to write the articles: node tests/bench/raw.ts --count 1000 --out /tmp/raw');
    process.exitCode = 1;
  } else {
    const files = writeRawArticles(path.resolve(values.out), { count: Number(values.count), seed: values.seed ? Number(values.seed) : undefined });
    console.log(`Wrote ${files.length} raw articles to ${values.out}.`);
  }
}
