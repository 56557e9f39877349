/**
 * Keeps content bodies inert. Markdown lets an author write raw HTML and any
 * link target; a news record built from pasted articles must not. Raw HTML is
 * shown as the text it is, links and images may only point to http(s) or to
 * this site, images become links (no third-party requests), and links out of
 * the site carry `rel="noopener noreferrer"`.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';

/** Whether a link target is safe to follow: http(s), a path on this site, or an anchor. */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (/^(#|\/(?!\/)|\.\.?\/)/.test(value)) return true;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    // A relative path without a scheme, e.g. `sources/x/`: safe unless it smuggles a scheme.
    return !/^[a-z][a-z0-9+.-]*:/i.test(value) && !/[\u0000-\u001f]/.test(value);
  }
}

export const safeMdast = defineMdastPlugin({
  name: 'safe-markdown',
  html(node, ctx) {
    const text = { type: 'text', value: node.value } as const;
    const parent = ctx.parent(node)?.type;
    // Block-level HTML becomes a paragraph of text; inline HTML becomes text in place.
    ctx.replaceNode(node, parent === 'root' || parent === 'blockquote' || parent === 'listItem' ? { type: 'paragraph', children: [text] } : text);
  },
  image(node, ctx) {
    const label = node.alt || node.url;
    ctx.replaceNode(node, isSafeHref(node.url) ? { type: 'link', url: node.url, children: [{ type: 'text', value: `Image: ${label}` }] } : { type: 'text', value: label });
  },
  link(node, ctx) {
    if (!isSafeHref(node.url)) ctx.replaceNode(node, { type: 'text', value: ctx.textContent(node) });
  },
});

export const safeHast = defineHastPlugin({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = String(node.properties?.href ?? '');
      if (/^https?:\/\//i.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer', 'external']);
    },
  },
});
