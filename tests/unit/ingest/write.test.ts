import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
import { checkRawArticle } from '../../../src/ingest/input.ts';
import { loadKnowledge } from '../../../src/ingest/knowledge.ts';
import { ingestFile } from '../../../src/ingest/pipeline.ts';
import { contentCopy, GENEVA_PREVIEW, listFiles } from './helpers.ts';

function setUp(text = GENEVA_PREVIEW) {
  const dir = contentCopy();
  const inbox = fs.mkdtempSync(path.join(path.dirname(dir), 'inbox-'));
  const file = path.join(inbox, 'geneva.txt');
  fs.writeFileSync(file, text);
  return { dir, file, knowledge: loadKnowledge(dir) };
}

describe('ingestFile', () => {
  test('writes the article, the new round and drafts for new people and venues into the content folder', () => {
    const { dir, file, knowledge } = setUp();
    const before = listFiles(dir);
    const result = ingestFile(file, { published: '2025-10-14' }, knowledge, false);
    expect(result.outcome).toBe('written');
    const added = listFiles(dir).filter((f) => !before.includes(f));
    expect(added).toEqual(['articles/2025-10-14-reuters-ukraine-and-russia-delegations-to.md', 'participants/ignazio-cassis.md', 'rounds/2025-10-16-geneva.md', 'venues/geneva.md']);
    const { problems, content } = readContent(dir);
    expect(problems).toEqual([]);
    const round = content.rounds.find((r) => r.id === '2025-10-16-geneva')!;
    expect(round.data).toMatchObject({ date: '2025-10-16', status: 'planned', review: 'derived', venue: { id: 'geneva' } });
    expect(round.data.parties.map((p) => `${p.participant.id}:${p.side}`)).toEqual(['rustem-umerov:ukraine', 'vladimir-medinsky:russia', 'ignazio-cassis:host']);
    for (const p of round.data.parties) expect(p.cite[0]!.source.id).toBe('2025-10-14-reuters-ukraine-and-russia-delegations-to');
  });

  test('never touches an existing round: what the article says goes into its findings, a different day included', () => {
    const text = GENEVA_PREVIEW.replace(/Geneva/g, 'Istanbul').replace('GENEVA, Oct 14', 'ISTANBUL, May 15').replace('Swiss Foreign Minister Ignazio Cassis', 'Turkish Foreign Minister Hakan Fidan');
    const { dir, file, knowledge } = setUp(text);
    const round = fs.readFileSync(path.join(dir, 'rounds/2025-05-16-istanbul.md'), 'utf8');
    const result = ingestFile(file, { published: '2025-05-15' }, knowledge, false);
    expect(result.outcome).toBe('written');
    expect(result.warnings).toContain('the article dates the round 2025-05-15; the site has 2025-05-16 (recorded as a finding)');
    expect(fs.readFileSync(path.join(dir, 'rounds/2025-05-16-istanbul.md'), 'utf8')).toBe(round);
    const article = readContent(dir).content.articles.find((a) => a.data.sha256 === knowledgeSha(file))!;
    expect(article.data.rounds.map((r) => r.id)).toEqual(['2025-05-16-istanbul']);
    expect(article.data.findings[0]).toMatchObject({ round: { id: '2025-05-16-istanbul' }, date: '2025-05-15', venue: { id: 'dolmabahce-palace' } });
    expect(article.data.findings[0]!.parties.map((p) => p.participant.id)).toEqual(['rustem-umerov', 'vladimir-medinsky', 'hakan-fidan']);
  });

  test('says "unchanged" and writes nothing when the same text comes in twice', () => {
    const { dir, file, knowledge } = setUp();
    ingestFile(file, { published: '2025-10-14' }, knowledge, false);
    const after = listFiles(dir);
    const again = ingestFile(file, { published: '2025-10-14' }, loadKnowledge(dir), false);
    expect(again.outcome).toBe('unchanged');
    expect(again.reason).toMatch(/^already ingested as content\/articles\/2025-10-14-reuters-.*\.md; nothing written$/);
    expect(listFiles(dir)).toEqual(after);
  });

  test('never overwrites a file: a new round whose file appeared meanwhile fails and leaves nothing behind', () => {
    const { dir, file, knowledge } = setUp();
    fs.writeFileSync(path.join(dir, 'rounds/2025-10-16-geneva.md'), 'an editor is writing this by hand');
    const before = listFiles(dir);
    const result = ingestFile(file, { published: '2025-10-14' }, knowledge, false);
    expect(result.outcome).toBe('failed');
    expect(result.reason).toMatch(/rounds\/2025-10-16-geneva\.md already exists; it was not overwritten$/);
    expect(fs.readFileSync(path.join(dir, 'rounds/2025-10-16-geneva.md'), 'utf8')).toBe('an editor is writing this by hand');
    expect(listFiles(dir)).toEqual(before);
  });

  test('keeps every file inside the content folder whatever the publisher or title says', () => {
    const { dir, file, knowledge } = setUp(GENEVA_PREVIEW.replace('Ukraine and Russia delegations to meet in Geneva on Thursday', '../../../etc/passwd: "x" / ---'));
    const outside = listFiles(path.dirname(dir));
    const result = ingestFile(file, { published: '2025-10-14', publisher: '../../evil/..\\publisher' }, knowledge, false);
    expect(result.outcome).toBe('written');
    for (const written of result.written) expect(path.resolve(written).startsWith(dir + path.sep)).toBe(true);
    expect(listFiles(path.dirname(dir)).filter((f) => !f.startsWith('content/') && !outside.includes(f))).toEqual([]);
    expect(result.written.some((w) => w.endsWith('articles/2025-10-14-evil-publisher-etc-passwd-x.md'))).toBe(true);
  });

  test('leaves no temporary file behind', () => {
    const { dir, file, knowledge } = setUp();
    ingestFile(file, { published: '2025-10-14' }, knowledge, false);
    expect(listFiles(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  test('writes nothing in a dry run', () => {
    const { dir, file, knowledge } = setUp();
    const before = listFiles(dir);
    expect(ingestFile(file, { published: '2025-10-14' }, knowledge, true).outcome).toBe('derived');
    expect(listFiles(dir)).toEqual(before);
  });

  test('asks for --published instead of writing when the text gives no date', () => {
    const { dir, file, knowledge } = setUp(GENEVA_PREVIEW.replace('GENEVA, Oct 14 (Reuters) - ', ''));
    const before = listFiles(dir);
    const result = ingestFile(file, {}, knowledge, false);
    expect(result.outcome).toBe('needs-review');
    expect(result.reason).toMatchInlineSnapshot(`"no publication date found in the text; pass --published YYYY-MM-DD"`);
    expect(listFiles(dir)).toEqual(before);
  });
});

function knowledgeSha(file: string): string {
  return checkRawArticle(file, fs.readFileSync(file)).sha256;
}
