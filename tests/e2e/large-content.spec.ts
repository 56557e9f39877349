/**
 * Large and odd content builds, or fails clearly, within a minute: a 5 MB
 * article body, a participant with 10,000 aliases, deeply nested lists and
 * quotes, names in Cyrillic and Turkish, and a round with 200 participants.
 * The folder is generated here, checked, and built once.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { stringify } from 'yaml';
import { checkContent } from '../../src/check/check.ts';
import { buildDir, tempDir } from './support/build.ts';
import { builtPages } from './support/dist.ts';

const MINUTE = 60_000;
const DEPTH = 500;
const ALIASES = 10_000;
const PARTIES = 200;
/** Paragraphs of about 690 bytes: 5 MB in all. */
const PARAGRAPHS = 7700;

function write(dir: string, collection: string, id: string, data: unknown, body = ''): void {
  fs.mkdirSync(path.join(dir, collection), { recursive: true });
  fs.writeFileSync(path.join(dir, collection, `${id}.md`), `---\n${stringify(data, { lineWidth: 0, aliasDuplicateObjects: false })}---\n\n${body}\n`);
}

/** About 5 MB of editors' prose, in paragraphs, with some Markdown in it. */
function bigBody(): string {
  const paragraph = 'Delegations met for several hours and agreed to **continue** the talks; the mediator spoke of _progress_ on humanitarian questions and a possible exchange of prisoners. ';
  const paragraphs: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const text = `Paragraph ${i}: ${paragraph.repeat(4)}`;
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

/** A list nested `depth` levels deep, and a quotation nested as deep. */
function nestedBody(depth: number): string {
  const list = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
  const quote = Array.from({ length: depth }, (_, i) => `${'> '.repeat(i + 1)}quoted at depth ${i + 1}`).join('\n');
  return `${list}\n\n${quote}`;
}

function writeOddContent(dir: string): void {
  const article = '2025-05-16-example-istanbul-talks';
  const cite = [{ source: article, evidence: 'Делегации встретились во дворце Долмабахче' }];
  // Reviewed, so the pages show their bodies: a draft's body is the ingest command's note and is never shown.
  write(dir, 'articles', article, { title: 'Переговоры в Стамбуле: İstanbul görüşmeleri', publisher: 'Örnek Haber Ajansı', url: 'https://example.com/istanbul', published: '2025-05-16', rounds: ['2025-05-16-istanbul'], review: 'reviewed' }, bigBody());
  write(dir, 'venues', 'dolmabahce-sarayi', { name: 'Dolmabahçe Sarayı', aliases: ['Dolmabahce Palace', 'Долмабахче'], city: 'İstanbul', country: 'Türkiye', review: 'reviewed' }, nestedBody(DEPTH));
  write(dir, 'outcomes', 'prisoner-exchange', { title: 'Обмін полоненими', description: 'Esir takası: prisoners released by both sides.', review: 'derived' });
  write(
    dir,
    'participants',
    'volodymyr-zelensky',
    { name: 'Володимир Зеленський', aliases: Array.from({ length: ALIASES }, (_, i) => `Зеленський ${String(i).padStart(5, '0')}`), country: 'Україна', review: 'derived' },
    'Президент України.',
  );
  write(dir, 'participants', 'hakan-fidan', { name: 'Hakan Fidan', aliases: ['Хакан Фидан', 'HAKAN FİDAN'], country: 'Türkiye', review: 'derived' });
  const delegates = Array.from({ length: PARTIES }, (_, i) => `delegate-${i}`);
  delegates.forEach((id, i) => write(dir, 'participants', id, { name: `${i % 2 ? 'Делегат' : 'Delege'} ${i} Ğüşıöç Ёжик`, country: i % 2 ? 'Russia' : 'Türkiye', review: 'derived' }));
  write(
    dir,
    'rounds',
    '2025-05-16-istanbul',
    {
      title: 'Переговори в Стамбулі — Dolmabahçe’de görüşme',
      date: '2025-05-16',
      status: 'held',
      format: 'in-person',
      level: 'delegations',
      venue: 'dolmabahce-sarayi',
      cite: { date: cite, venue: cite },
      parties: [
        { participant: 'hakan-fidan', side: 'mediator', role: 'Dışişleri Bakanı', lead: true, cite },
        ...delegates.map((participant, i) => ({ participant, side: i % 2 ? 'russia' : 'ukraine', role: `Член делегації ${i}`, cite })),
      ],
      mentions: [{ participant: 'volodymyr-zelensky', note: 'Назвав переговори важливими', cite }],
      outcomes: [{ topic: 'prisoner-exchange', status: 'agreed', summary: 'Обмін 1000 на 1000 полонених.', cite }],
      sources: [article],
      review: 'derived',
    },
    nestedBody(DEPTH),
  );
}

interface Build {
  status: number | null;
  output: string;
  ms: number;
  dist: string;
}

/** `astro build` with a one-minute limit; resolves with what happened rather than throwing. */
function build(contentDir: string): Promise<Build> {
  const dist = path.join(buildDir('large'), 'dist');
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('astro', ['build', '--outDir', dist], {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(tempDir('astro-cache'), 'cache') },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), MINUTE);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output, ms: Date.now() - started, dist });
    });
  });
}

test.describe('large and odd content', () => {
  let contentDir = '';
  let result: Build;

  test.beforeAll(async () => {
    test.setTimeout(3 * MINUTE);
    contentDir = path.join(tempDir('large'), 'content');
    writeOddContent(contentDir);
    result = await build(contentDir);
  });

  test.afterAll(() => {
    fs.rmSync(path.dirname(result.dist), { recursive: true, force: true });
    fs.rmSync(path.dirname(contentDir), { recursive: true, force: true });
  });

  test('passes the content check in a few seconds, with no error', () => {
    const started = Date.now();
    const errors = checkContent(contentDir).filter((p) => p.severity !== 'warning');
    expect(errors).toEqual([]);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('builds within a minute', () => {
    expect(result.status, `the build ${result.status === null ? 'took over a minute and was stopped' : 'failed'}:\n${result.output.slice(-3000)}`).toBe(0);
    expect(result.ms).toBeLessThan(MINUTE);
  });

  test('shows the 5 MB article in full', () => {
    const page = builtPages(result.dist).find((p) => p.url === '/sources/2025-05-16-example-istanbul-talks/')!;
    expect(page.html.length).toBeGreaterThan(5 * 1024 * 1024);
    // Booleans, not the text itself: a failure must not print 5 MB.
    expect(page.document.querySelector('main')?.textContent?.includes(`Paragraph ${PARAGRAPHS - 1}: Delegations met`)).toBe(true);
  });

  test('lists every one of the 10,000 aliases, in Cyrillic', () => {
    const page = builtPages(result.dist).find((p) => p.url === '/participants/volodymyr-zelensky/')!;
    expect(page.document.querySelector('h1')?.textContent).toBe('Володимир Зеленський');
    const aliases = [...page.document.querySelectorAll('main li')].filter((li) => li.textContent?.startsWith('Зеленський '));
    expect(aliases).toHaveLength(ALIASES);
  });

  test('shows the round with all 200 participants and its Cyrillic and Turkish names intact', () => {
    const page = builtPages(result.dist).find((p) => p.url === '/rounds/2025-05-16-istanbul/')!;
    expect(page.document.querySelector('h1')?.textContent).toBe('Переговори в Стамбулі — Dolmabahçe’de görüşme');
    expect(page.document.querySelectorAll('.parties li')).toHaveLength(PARTIES + 1);
    const text = page.document.querySelector('main')?.textContent ?? '';
    expect(['Delege 0 Ğüşıöç Ёжик', 'Делегат 199 Ğüşıöç Ёжик', 'Dolmabahçe Sarayı', 'Hakan Fidan'].filter((name) => !text.includes(name))).toEqual([]);
  });

  test(`renders lists and quotations nested ${DEPTH} levels deep`, () => {
    const page = builtPages(result.dist).find((p) => p.url === '/venues/dolmabahce-sarayi/')!;
    const text = page.document.querySelector('main')?.textContent ?? '';
    expect([`level ${DEPTH}`, `quoted at depth ${DEPTH}`].filter((words) => !text.includes(words))).toEqual([]);
  });
});
