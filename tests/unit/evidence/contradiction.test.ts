import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/check/check.ts';
import { readContent } from '../../../src/lib/content-files.ts';
import { buildTimeline } from '../../../src/lib/timeline.ts';

/** Every file under a folder with its bytes, to prove nothing existing changed (not the ingest command's staging area). */
function snapshotFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (path.relative(dir, full).startsWith('.ingest')) continue;
    files.set(path.relative(dir, full), fs.readFileSync(full, 'utf8'));
  }
  return files;
}

describe('ingesting an article that contradicts the content', () => {
  test('records the disagreement and changes no existing value or file', () => {
    const content = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'contradiction-')), 'content');
    fs.cpSync('content', content, { recursive: true });
    const before = snapshotFiles(content);

    // The article gives the talks another day than the record; the editor names the round it speaks of.
    const args = ['--published', '2022-03-12', '--publisher', 'Ankara Daily', '--round', '2022-03-10-antalya'];
    const run = spawnSync(process.execPath, ['src/ingest/cli.ts', ...args, 'tests/fixtures/contradiction/article.txt'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('the article dates the round 2022-03-11; the site has 2022-03-10 (recorded as a finding)');

    const after = snapshotFiles(content);
    for (const [file, text] of before) expect(after.get(file), file).toBe(text);
    const added = [...after.keys()].filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^articles\/2022-03-12-.*\.md$/);

    expect(checkContent(content).filter((p) => p.severity !== 'warning')).toEqual([]);
    const timeline = buildTimeline(readContent(content).content);
    const antalya = timeline.round.get('2022-03-10-antalya')!;
    // The round keeps its own values…
    expect(antalya.data.date).toBe('2022-03-10');
    expect(antalya.outcomes.find((o) => o.topic.id === 'humanitarian-corridors')!.status).toBe('not-agreed');
    // …and shows the new article's as open disagreements, each value with its source.
    const newArticle = path.basename(added[0]!, '.md');
    const open = antalya.disagreements.filter((d) => d.open);
    expect(open.map((d) => d.fact)).toEqual(expect.arrayContaining(['date', 'outcome:humanitarian-corridors']));
    const date = open.find((d) => d.fact === 'date')!;
    expect(date.values.map((v) => v.value)).toEqual(['2022-03-10', '2022-03-11']);
    expect(date.values[0]!.cite.map((c) => c.article.id)).toEqual(expect.arrayContaining(['2022-03-09-reuters-russian-ukrainian-diplomats-meet', '2022-03-10-balkan-insight-talks-stall-may-resume']));
    expect(date.values[1]!.cite.map((c) => c.article.id)).toEqual([newArticle]);
    expect(date.values[1]!.cite[0]!.evidence).toContain('met in Antalya on Friday');
    const corridor = open.find((d) => d.fact === 'outcome:humanitarian-corridors')!;
    expect(corridor.values.map((v) => v.value)).toEqual(['Not agreed', 'Agreed']);
    expect(corridor.values[1]!.cite[0]!.evidence).toContain('agreed on a humanitarian corridor');
    // Facts it confirms gain it as a further source.
    expect(antalya.outcomes.find((o) => o.topic.id === 'ceasefire')!.cite.map((c) => c.article.id)).toContain(newArticle);
    expect(antalya.sources.map((a) => a.id)).toContain(newArticle);
  });
});
