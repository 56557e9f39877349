/**
 * `npm run compare:nlp`: the two maintained NLP libraries the reader could
 * stand on, tried on the dev pages of the labelled corpus, on what the reader
 * needs from them:
 * - names: the share of labelled people (at the table or mentioned) whose
 *   surname falls inside a name the library finds (wink-nlp: runs of proper
 *   nouns, as `people.ts` reads them; compromise: `.people()`);
 * - the round's day: the share of pages with a publication day where the
 *   labelled first day is among the days the library resolves (wink-nlp's
 *   tags giving chrono-node's days their tense, as `dates.ts` does;
 *   compromise-dates with the publication day as today);
 * - time: milliseconds per page for tagging alone.
 */
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { cleanArticle } from '../clean.ts';
import { findDates } from '../dates.ts';
import { checkRawArticle } from '../input.ts';
import { readSentences } from '../nlp.ts';
import { nameRuns } from '../people.ts';
import { nameKey, nearKey } from '../text.ts';
import { loadCorpus, type LabelledPage } from './corpus.ts';

nlp.plugin(datesPlugin as unknown as Parameters<typeof nlp.plugin>[0]);

interface Tally {
  names: [number, number];
  days: [number, number];
  ms: number;
}

function surnameFound(name: string, found: string[][]): boolean {
  const key = nameKey(name.split(/\s+/).at(-1)!);
  return found.some((words) => words.some((w) => nearKey(nameKey(w), key)));
}

export function compare(pages: LabelledPage[]): Record<'wink-nlp' | 'compromise', Tally> {
  const out = { 'wink-nlp': { names: [0, 0], days: [0, 0], ms: 0 } as Tally, compromise: { names: [0, 0], days: [0, 0], ms: 0 } as Tally };
  for (const page of pages) {
    const clean = cleanArticle(checkRawArticle(page.label.file, Buffer.from(page.text)));
    const paragraphs = [clean.title ?? '', ...clean.paragraphs];
    const text = paragraphs.join('\n\n');
    const people = [...page.label.participants.map((p) => p.name), ...page.label.mentioned_people];
    const published = page.label.published;
    const want = page.label.about_round?.date;

    let t = performance.now();
    const sentences = readSentences(paragraphs);
    out['wink-nlp'].ms += performance.now() - t;
    const winkNames = sentences.flatMap((s) => nameRuns(s).map((r) => s.tokens.slice(r.from, r.to + 1).map((x) => x.text)));
    const winkDays = published ? findDates(sentences, published).map((d) => d.day) : [];

    t = performance.now();
    const doc = nlp(text);
    const compromiseNames = (doc.people().out('array') as string[]).map((n) => n.split(/\s+/));
    out.compromise.ms += performance.now() - t;
    const compromiseDays = published
      ? ((doc as unknown as { dates: (o: object) => { json: () => { dates?: { start?: string } }[] } }).dates({ today: published, timezone: 'UTC' }).json().map((d) => d.dates?.start?.slice(0, 10)))
      : [];

    for (const [lib, names, days] of [['wink-nlp', winkNames, winkDays], ['compromise', compromiseNames, compromiseDays]] as const) {
      for (const person of people) {
        out[lib].names[1]++;
        if (surnameFound(person, names as string[][])) out[lib].names[0]++;
      }
      if (published && want) {
        out[lib].days[1]++;
        if ((days as (string | null | undefined)[]).includes(want)) out[lib].days[0]++;
      }
    }
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pages = loadCorpus().filter((p) => p.part === 'dev');
  if (!pages.length) {
    console.error('compare:nlp: the labelled pages are not there: put the corpus at ../shared/corpus (beside the project)');
    process.exitCode = 1;
  } else {
    const result = compare(pages);
    console.log(`\n${pages.length} dev pages of ../shared/corpus\n`);
    console.log('| library    | names found | round day among its days | ms per page (tagging) |');
    console.log('|------------|-------------|--------------------------|-----------------------|');
    for (const [lib, t] of Object.entries(result)) {
      console.log(`| ${lib.padEnd(10)} | ${(t.names[0] / t.names[1]).toFixed(2)} (${t.names[0]}/${t.names[1]}) | ${(t.days[0] / t.days[1]).toFixed(2)} (${t.days[0]}/${t.days[1]}) | ${(t.ms / pages.length).toFixed(1)} |`);
    }
  }
}
