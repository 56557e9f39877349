import { parseHTML } from 'linkedom';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { isSafeHref, safeHast, safeMdast } from '../../../src/markdown/safe-markdown.ts';
import { loadPayloads } from '../../fixtures/xss/hostile-content.ts';
import { hostileMarkup } from '../../e2e/support/hostile-markup.ts';

/** Renders Markdown as the site does: Astro's Sätteri defaults (GFM, smart punctuation) and our plugins. */
function render(markdown: string): string {
  return markdownToHtml(markdown, { mdastPlugins: [safeMdast], hastPlugins: [safeHast], features: { gfm: true, smartPunctuation: true } }).html;
}

const found = (html: string) => hostileMarkup(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document);

describe('safe Markdown bodies', () => {
  const { payloads } = loadPayloads();

  test.each(payloads.map((p) => [p.why, p.payload]))('%s renders inert', (_why, payload) => {
    const body = `${payload}\n\nInline ${payload} here.\n\n- ${payload}\n\n> ${payload}\n\n[read](${payload}) <${payload}> [ref][r] ![img][r]\n\n[r]: ${payload}`;
    expect(found(render(body))).toEqual([]);
  });

  test('shows raw HTML as the text it is', () => {
    expect(render('<script>alert(1)</script>')).toMatchInlineSnapshot(`
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
      "
    `);
  });

  test('drops a reference definition with an unsafe address, keeping the words', () => {
    expect(render('[read more][x] and ![photo][x]\n\n[x]: javascript:alert(1)')).toMatchInlineSnapshot(`
      "<p>read more and Image: photo</p>
      "
    `);
  });

  test('turns images, referenced or not, into links so pages make no request to another site', () => {
    expect(render('![map](https://example.com/a.png) and ![map][m]\n\n[m]: https://example.com/b.png')).toMatchInlineSnapshot(`
      "<p><a href="https://example.com/a.png" rel="noopener noreferrer external">Image: map</a> and <a href="https://example.com/b.png" rel="noopener noreferrer external">Image: map</a></p>
      "
    `);
  });

  test('adds rel="noopener noreferrer" to every link out of the site, autolinks included', () => {
    const html = render('[a](https://example.com/) <https://example.org/> www.example.net and [here](/rounds/)');
    const links = [...parseHTML(html).document.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')]);
    expect(links).toMatchInlineSnapshot(`
      [
        [
          "https://example.com/",
          "noopener noreferrer external",
        ],
        [
          "https://example.org/",
          "noopener noreferrer external",
        ],
        [
          "http://www.example.net",
          "noopener noreferrer external",
        ],
        [
          "/rounds/",
          null,
        ],
      ]
    `);
  });
});

describe('isSafeHref', () => {
  test.each(['https://example.com/', 'http://example.com', '/rounds/', '#note-1', './x', '../y', 'sources/x/'])('accepts %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  test.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/', '/\\evil.example/', '\\\\evil.example', 'file:///etc/passwd', 'mailto:a@b.c'])(
    'refuses %j',
    (href) => {
      expect(isSafeHref(href)).toBe(false);
    },
  );
});
