/**
 * Ingest is never destructive, whatever it is given. Properties checked with
 * fast-check over arbitrary text, HTML, titles, publishers and file names, each
 * run against a fresh copy of content/ (CONTENT_DIR):
 *
 * - it writes files that pass the content check and read back as it reported
 *   them, or it writes nothing and says why;
 * - it never changes or removes a file that was there, and never writes
 *   outside the content folder, whatever a title or `--publisher` contains.
 *
 * Killed runs and runs at the same time: tests/unit/ingest/killed-ingest.test.ts and concurrent-ingest.test.ts.
 *
 * Failures print fast-check's counterexample (the smallest input found) and its seed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { parseContentFile } from '../../src/lib/content-files.ts';
import type { CollectionName } from '../../src/schemas/common.ts';
import { loadPayloads } from '../fixtures/xss/hostile-content.ts';
import { ingest } from './ingest/helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = path.join(ROOT, 'content');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A fresh folder holding `content/` (a copy of the seed) and `in/` (the articles given to the command). */
function workspace(): { root: string; content: string; input: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-prop-'));
  temps.push(root);
  fs.cpSync(SEED, path.join(root, 'content'), { recursive: true });
  fs.mkdirSync(path.join(root, 'in'));
  return { root, content: path.join(root, 'content'), input: path.join(root, 'in') };
}

/** Every file under `dir` with the hash of its bytes (not the ingest command's staging area, `.ingest/`). */
function snapshot(dir: string): Map<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => !f.split(path.sep).includes('.ingest') && fs.lstatSync(path.join(dir, f)).isFile());
  return new Map(files.map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));
}

// ---- What the arbitrary articles are made of ------------------------------------------

const hostile = loadPayloads().payloads.map((p) => p.payload);
const traversal = ['../../../etc/passwd', '..\\..\\windows\\system32', '/etc/passwd', 'content/../../escape', '~/.ssh/id_rsa', 'a/b/c', '.', '..', 'CON', 'nul\u0000byte'];

/** Text of any kind, leaning towards what breaks things: markup, paths, other scripts, control characters. */
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...hostile, ...traversal, 'Переговоры в Стамбуле', 'Dolmabahçe’de görüşme', '"quoted": yes', '- a: [b]', '---', '#', '&anchor *alias', '   '),
);

/** A title: usually hostile or odd, always something. */
const title = fc.oneof(text, fc.tuple(text, fc.constantFrom(' talks in Geneva', ' – Reuters', '')).map(([a, b]) => a + b));

/** A wire preview the command understands, with `t` as its headline and `extra` woven into the body. */
function wirePreview(t: string, extra: string): string {
  return `${t}

GENEVA, Oct 14 (Reuters) - Ukrainian and Russian negotiators will meet in Geneva on Thursday, the Swiss foreign ministry said on Tuesday, in the first direct talks between the two sides this year. ${extra}

The Ukrainian delegation will be led by Defence Minister Rustem Umerov, while Russia's chief negotiator Vladimir Medinsky will head the Russian team. Swiss Foreign Minister Ignazio Cassis will host the meeting.

${extra}

Kyiv wants to agree a new prisoner exchange and to propose a meeting between the presidents, Umerov said. A ceasefire is not on the agenda, Russian officials said.
`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same article saved as a web page; `raw` puts the title in unescaped. */
function asHtml(t: string, extra: string, raw: boolean): string {
  const h = raw ? t : escapeHtml(t);
  const paragraphs = wirePreview('', extra).trim().split(/\n\n+/).map((p) => `<p>${raw ? p : escapeHtml(p)}</p>`);
  return `<!doctype html><html><head><title>${h}</title><meta property="og:site_name" content="${escapeHtml(extra)}"></head><body><header>Menu</header><article><h1>${h}</h1>${paragraphs.join('')}</article><footer>Subscribe</footer></body></html>`;
}

const article = fc.record({
  title,
  extra: text,
  kind: fc.constantFrom('text', 'html', 'raw-html', 'noise'),
  name: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(...traversal, 'article', '-rf', '--json', '.hidden')),
  ext: fc.constantFrom('.txt', '.html', '', '.md'),
  publisher: fc.option(fc.oneof(text, fc.constantFrom(...traversal)), { nil: undefined }),
  // Now and then a day in the future, which must be refused with a reason.
  published: fc.option(fc.constantFrom('2025-10-14', '2022-03-09', '2025-10-14', '2099-01-01'), { nil: undefined }),
});

type Article = typeof article extends fc.Arbitrary<infer T> ? T : never;

function contents(a: Article): string {
  if (a.kind === 'text') return wirePreview(a.title, a.extra);
  if (a.kind === 'html') return asHtml(a.title, a.extra, false);
  if (a.kind === 'raw-html') return asHtml(a.title, a.extra, true);
  return `${a.title}\n\n${a.extra}`;
}

/** A file name the disk accepts, made from the arbitrary one. */
function fileName(a: Article): string {
  const base = a.name.replace(/[\u0000/]/g, '_').slice(0, 40);
  return base === '.' || base === '..' || base === '' ? `x${base}${a.ext}` : `${base}${a.ext}`;
}

/** Runs one arbitrary article through the command and checks every promise it makes; says whether it wrote. */
function ingestOne(a: Article): 'wrote' | 'refused' {
  const ws = workspace();
  const file = path.join(ws.input, fileName(a));
  fs.writeFileSync(file, contents(a));
  const before = snapshot(ws.content);
  const outside = snapshot(ws.root);
  const args = [file, '--json', ...(a.publisher !== undefined ? ['--publisher', a.publisher] : []), ...(a.published ? ['--published', a.published] : [])];

  const { status, stdout, stderr } = ingest(args, ws.content);

  // Nothing that was there is changed or gone.
  const after = snapshot(ws.content);
  for (const [f, hash] of before) expect(after.get(f), `${f} was changed or removed`).toBe(hash);
  // Nothing is written outside the content folder (the input folder and the workspace stay as they were).
  const outsideNow = snapshot(ws.root);
  const strays = [...outsideNow.keys()].filter((f) => !f.startsWith(`content${path.sep}`) && !outside.has(f));
  expect(strays, 'files written outside the content folder').toEqual([]);
  // New files are whole entries: `<collection>/<id>.md`, no temporary files left behind.
  const added = [...after.keys()].filter((f) => !before.has(f));
  for (const f of added) expect(f, 'a new file that is not an entry').toMatch(/^(articles|rounds|participants|venues|outcomes)\/[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);

  if (added.length === 0) {
    // Wrote nothing: it must say why: a message, the JSON's `error`, or at least its warnings.
    const json = (() => {
      try {
        return JSON.parse(stdout) as { error?: string; warnings?: string[] };
      } catch {
        return {};
      }
    })();
    const why = [stderr, json.error ?? '', ...(json.warnings ?? [])].join('\n').trim();
    expect(why, 'wrote nothing without saying why').not.toBe('');
    return 'refused';
  }

  // Wrote something: the command succeeded, the folder passes the check, and the files read back as reported.
  expect(status, stderr).toBe(0);
  const errors = checkContent(ws.content, ws.root).filter((p) => p.severity !== 'warning');
  expect(errors).toEqual([]);
  const json = JSON.parse(stdout) as { article: { title: string; publisher: string; published: string; url: string | null } };
  const articleFile = added.find((f) => f.startsWith('articles/'));
  expect(articleFile, 'an article file among the new files').toBeDefined();
  for (const f of added) {
    const [collection, name] = f.split('/') as [CollectionName, string];
    const parsed = parseContentFile(collection, fs.readFileSync(path.join(ws.content, f), 'utf8'), f);
    expect(parsed.problems, f).toEqual([]);
    if (f === articleFile) {
      const data = parsed.entry!.data as { title: string; publisher: string; published: string; url?: string };
      // No article is written without a publisher: the editor is asked for one.
      expect({ title: data.title, publisher: data.publisher, published: data.published, url: data.url ?? null }).toEqual(json.article);
      if (a.publisher?.trim() && !/[\r\n]/.test(a.publisher)) expect(data.publisher).toBe(a.publisher.trim());
      expect(name).toMatch(new RegExp(`^${json.article.published}-`));
    }
  }
  return 'wrote';
}

describe('npm run ingest on arbitrary input', () => {
  test('writes files that pass the check and read back as reported, or writes nothing and says why; never touches a file that was there or anything outside the folder', () => {
    const outcomes = { wrote: 0, refused: 0 };
    fc.assert(
      fc.property(article, (a) => void outcomes[ingestOne(a)]++),
      { numRuns: Number(process.env.INGEST_RUNS ?? 60), endOnFailure: true },
    );
    // Both branches must have been taken, or half the property went untested.
    expect(outcomes.wrote).toBeGreaterThan(outcomes.wrote + outcomes.refused > 20 ? 5 : 0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 240_000);

  test('takes a path-shaped title or publisher as words, never as a place to write', () => {
    for (const t of traversal) {
      for (const kind of ['text', 'html'] as const) {
        ingestOne({ title: `${t} talks in Geneva`, extra: '', kind, name: 'article', ext: kind === 'html' ? '.html' : '.txt', publisher: t, published: '2025-10-14' });
      }
    }
  }, 120_000);
});
