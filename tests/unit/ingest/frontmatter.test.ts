import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../../../src/lib/content-files.ts';
import { renderContentFile } from '../../../src/ingest/markdown.ts';

const HOSTILE_TITLES = [
  'Lavrov: "No ceasefire" — talks stall',
  '---',
  'Title with --- inside\nand a second line',
  "It's 'quoted' and \"double\" and `code`",
  'Переговоры в Стамбуле: 🇺🇦 🇷🇺 🕊️',
  '# Not a heading, [not a link](javascript:alert(1)) <script>alert(1)</script>',
  'key: value, [a, b], {c: d} & *anchor !tag %directive @at',
  '  leading and trailing spaces  ',
  'null',
  'true',
  '2022-03-10',
  '|',
  '> quote',
  'تركيا تستضيف المحادثات',
];

const article = (title: string) =>
  renderContentFile(
    { title, publisher: title, published: '2022-03-10', review: 'derived', sha256: 'a'.repeat(64) },
    [{ paragraph: title }, { heading: 'Quotes' }, { quotes: [`"${title}"`] }],
  );

describe('renderContentFile', () => {
  test.each(HOSTILE_TITLES)('writes frontmatter that reads back identically for the title %j', (title) => {
    const parsed = parseContentFile('articles', article(title.replace(/\s+/g, ' ').trim()), 'articles/a.md');
    expect(parsed.problems).toEqual([]);
    const data = parsed.entry!.data as { title: string; publisher: string };
    expect(data.title).toBe(title.replace(/\s+/g, ' ').trim());
    expect(data.publisher).toBe(title.replace(/\s+/g, ' ').trim());
  });

  test('keeps a body line of `---` from ending the frontmatter early', () => {
    const text = article('---');
    expect(text.startsWith('---\n')).toBe(true);
    expect(parseContentFile('articles', text, 'articles/a.md').entry?.body).toContain('Quotes');
  });

  test('leaves out undefined and null fields instead of writing them', () => {
    expect(renderContentFile({ title: 'T', url: undefined, displayDate: null })).not.toMatch(/url|displayDate/);
  });
});
