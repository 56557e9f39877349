/**
 * A round's one line on the timeline: the first sentence of what the editors
 * wrote about it. Editors write that sentence to stand alone (see the README's
 * Content section); nothing here writes prose of its own.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of the first paragraph of rendered HTML, without markup.
 * @example firstParagraph('<h2>x</h2><p>Talks <em>ended</em> &amp; resumed.</p><p>More.</p>') // => 'Talks ended & resumed.'
 */
export function firstParagraph(html: string): string {
  const paragraph = /<p\b[^>]*>([\s\S]*?)<\/p>/i.exec(html)?.[1] ?? '';
  return paragraph
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The first sentence of a text, by Unicode's sentence rules (so "U.S. envoy" or
 * "3.5 hours" do not end it).
 * @example firstSentence('The talks ended. Both sides went home.') // => 'The talks ended.'
 */
export function firstSentence(text: string): string {
  for (const { segment } of sentences.segment(text.trim())) return segment.trim();
  return '';
}

/**
 * The one line for an entry: the first sentence of its body's first paragraph,
 * read from Astro's rendered HTML, or from the Markdown when that is all there is.
 * @example ledeOf({ rendered: { html: '<p>First. Second.</p>' } }) // => 'First.'
 */
export function ledeOf(entry: { rendered?: { html: string }; body?: string }): string {
  if (entry.rendered?.html) return firstSentence(firstParagraph(entry.rendered.html));
  const markdown = entry.body?.split(/\n\s*\n/).find((block) => block.trim() && !/^\s*(#|>|[-*+] |\d+\. )/.test(block)) ?? '';
  return firstSentence(markdown.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' '));
}
