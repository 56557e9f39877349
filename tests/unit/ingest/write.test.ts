import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
import { checkRawArticle } from '../../../src/ingest/input.ts';
import { loadKnowledge } from '../../../src/ingest/knowledge.ts';
import { ingestFile } from '../../../src/ingest/pipeline.ts';
import { contentCopy, GENEVA_PREVIEW, listFiles, VIENNA_RESULT } from './helpers.ts';

function setUp(text = GENEVA_PREVIEW) {
  const dir = contentCopy();
  const inbox = fs.mkdtempSync(path.join(path.dirname(dir), 'inbox-'));
  const file = path.join(inbox, 'geneva.txt');
  fs.writeFileSync(file, text);
  return { dir, file, knowledge: loadKnowledge(dir) };
}

describe('ingestFile', () => {
  test('writes the article, the new round and drafts for new people and venues into the content folder', () => {
    const { dir, file, knowledge } = setUp(VIENNA_RESULT);
    const before = listFiles(dir);
    const result = ingestFile(file, { published: '2025-10-16' }, knowledge, false);
    expect(result.outcome).toBe('written');
    const added = listFiles(dir).filter((f) => !before.includes(f));
    expect(added).toEqual(['articles/2025-10-16-reuters-ukraine-and-russia-delegations-meet.md', 'participants/oleh-petrenko.md', 'rounds/2025-10-16-vienna.md', 'venues/vienna.md']);
    const { problems, content } = readContent(dir);
    expect(problems).toEqual([]);
    const round = content.rounds.find((r) => r.id === '2025-10-16-vienna')!;
    expect(round.data).toMatchObject({ date: '2025-10-16', status: 'held', review: 'derived', venue: { id: 'vienna' } });
    expect(round.data.parties.map((p) => `${p.participant.id}:${p.side}`)).toEqual(['rustem-umerov:ukraine', 'vladimir-medinsky:russia', 'oleh-petrenko:ukraine']);
    for (const p of round.data.parties) expect(p.cite[0]!.source.id).toBe('2025-10-16-reuters-ukraine-and-russia-delegations-meet');
    // The host the reader is unsure of is named for the editor, not seated.
    expect(result.json!.uncertain.map((u) => u.value)).toContain('Beate Meinl-Reisinger');
    const article = content.articles.find((a) => a.id === '2025-10-16-reuters-ukraine-and-russia-delegations-meet')!;
    expect(article.data).toMatchObject({ publisher: 'Reuters', rounds: [{ id: '2025-10-16-vienna' }], review: 'derived' });
  });

  test('credits a page from a web address the record knows to the outlet the record names for it', () => {
    const { file, knowledge } = setUp(VIENNA_RESULT);
    const result = ingestFile(file, { published: '2025-10-16', url: 'https://www.tass.com/world/2000001' }, knowledge, true);
    expect(result.json!.article.publisher).toBe('TASS');
  });

  test('never touches an existing round: what the article says goes into its findings', () => {
    const text = VIENNA_RESULT.replace(/Vienna/g, 'Istanbul').replace('VIENNA, Oct 16', 'ISTANBUL, May 16').replace(/Thursday/g, 'Friday').replace(' hosted by Austria', '').replace('Austrian Foreign Minister Beate Meinl-Reisinger', 'Turkish Foreign Minister Hakan Fidan').replace(' Ukraine\'s delegation also included Deputy Foreign Minister Oleh Petrenko.', '');
    const { dir, file, knowledge } = setUp(text);
    const round = fs.readFileSync(path.join(dir, 'rounds/2025-05-16-istanbul.md'), 'utf8');
    const result = ingestFile(file, { published: '2025-05-16' }, knowledge, false);
    expect(result.outcome).toBe('written');
    expect(fs.readFileSync(path.join(dir, 'rounds/2025-05-16-istanbul.md'), 'utf8')).toBe(round);
    const article = readContent(dir).content.articles.find((a) => a.data.sha256 === knowledgeSha(file))!;
    expect(article.data.rounds.map((r) => r.id)).toEqual(['2025-05-16-istanbul']);
    expect(article.data.findings[0]).toMatchObject({ round: { id: '2025-05-16-istanbul' }, date: '2025-05-16', venue: { id: 'dolmabahce-palace' } });
    expect(article.data.findings[0]!.parties.map((p) => p.participant.id)).toEqual(expect.arrayContaining(['rustem-umerov', 'vladimir-medinsky']));
    expect(article.data.findings[0]!.outcomes.map((o) => `${o.topic.id}:${o.status}`)).toEqual(expect.arrayContaining(['prisoner-exchange:agreed']));
  });

  test('a new round close to a recorded one is named for the editor, and --round attaches the article to the recorded one instead', () => {
    // A preview of the 2025 Istanbul talks that gives the day before the one they were held.
    const text = GENEVA_PREVIEW.replace(/Geneva/g, 'Istanbul').replace('GENEVA, Oct 14', 'ISTANBUL, May 15').replace('Swiss Foreign Minister Ignazio Cassis', 'Turkish Foreign Minister Hakan Fidan');
    const { dir, file, knowledge } = setUp(text);
    const first = ingestFile(file, { published: '2025-05-15' }, knowledge, false);
    expect(first.outcome).toBe('written');
    expect(first.json!.rounds[0]).toMatchObject({ id: '2025-05-15-istanbul', existing: false });
    expect(first.warnings.join('\n')).toContain('the record has 2025-05-16-istanbul (2025-05-16, Istanbul); if the article speaks of that round, take it in with --round 2025-05-16-istanbul');
    expect(first.json!.uncertain).toContainEqual(expect.objectContaining({ kind: 'round', value: 'the recorded round 2025-05-16-istanbul' }));
    // Taken in again with --round: the drafts it made give way to the recorded round.
    const again = ingestFile(file, { published: '2025-05-15', round: '2025-05-16-istanbul' }, loadKnowledge(dir), false);
    expect(again.outcome).toBe('replaced');
    expect(JSON.stringify(again)).toContain('--round 2025-05-16-istanbul (the file says `2025-05-15-istanbul`)');
    expect(fs.existsSync(path.join(dir, 'rounds/2025-05-15-istanbul.md'))).toBe(false);
    const article = readContent(dir).content.articles.find((a) => a.data.sha256 === knowledgeSha(file))!;
    expect(article.data.rounds.map((r) => r.id)).toEqual(['2025-05-16-istanbul']);
  });

  test('never dates a new round by the publication day alone: the text must name the day', () => {
    const { dir, file, knowledge } = setUp(VIENNA_RESULT.replace(' on Thursday', ''));
    const before = listFiles(dir);
    const result = ingestFile(file, { published: '2025-10-16' }, knowledge, false);
    expect(result.outcome).toBe('needs-review');
    expect(result.json!.rounds[0]).toMatchObject({ date: null, existing: false });
    expect(result.reason).toBe('the round has no day: the text names none; pass --round ID if the record has the round, or add the round by hand');
    expect(listFiles(dir)).toEqual(before);
  });

  test('refuses --round with an id the record does not have, and writes nothing', () => {
    const { dir, file, knowledge } = setUp();
    const before = listFiles(dir);
    const result = ingestFile(file, { published: '2025-10-14', round: '2025-10-16-geneva' }, knowledge, false);
    expect(result.outcome).toBe('failed');
    expect(result.reason).toBe('--round 2025-10-16-geneva: there is no content/rounds/2025-10-16-geneva.md; give the id of a recorded round (the file name without .md)');
    expect(listFiles(dir)).toEqual(before);
  });

  test('says "unchanged" and writes nothing when the same text comes in twice', () => {
    const { dir, file, knowledge } = setUp();
    ingestFile(file, { published: '2025-10-14' }, knowledge, false);
    const after = listFiles(dir);
    const again = ingestFile(file, { published: '2025-10-14' }, loadKnowledge(dir), false);
    expect(again.outcome).toBe('unchanged');
    expect(again.reason).toMatch(/^already ingested as \S*\/articles\/2025-10-14-reuters-.*\.md; nothing written$/);
    expect(fs.existsSync(path.resolve(again.reason!.split(' ')[3]!.replace(/;$/, '')))).toBe(true);
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
