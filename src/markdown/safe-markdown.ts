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
  // `//host` and `/\host` lead to another site with no scheme to check: refuse them.
  if (/^[\\/]{2}/.test(value)) return false;
  if (/^(#|\/|\.\.?\/)/.test(value)) return true;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    // A relative path without a scheme, e.g. `sources/x/`: safe unless it smuggles a scheme.
    return !/^[a-z][a-z0-9+.-]*:/i.test(value) && !/[\u0000-\u001f\\]/.test(value);
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
  // `![alt][ref]` takes its address from a definition elsewhere: make it a link to the same definition.
  imageReference(node, ctx) {
    const { identifier, label, referenceType } = node;
    ctx.replaceNode(node, { type: 'linkReference', identifier, label, referenceType, children: [{ type: 'text', value: `Image: ${node.alt || label || identifier}` }] });
  },
  link(node, ctx) {
    if (!isSafeHref(node.url)) ctx.replaceNode(node, { type: 'text', value: ctx.textContent(node) });
  },
  // `[text][ref]` links take the address of `[ref]: address`: an unsafe definition is dropped,
  // so its references stay as the text they are.
  definition(node, ctx) {
    if (!isSafeHref(node.url)) ctx.removeNode(node);
  },
});

/**
 * The same rules once more on the HTML, whatever Markdown construct made it
 * (links, references, footnotes, autolinks): a link keeps only a safe address,
 * an image becomes a link to it (no request to another site), and a link out
 * of the site gets `rel="noopener noreferrer"`.
 */
export const safeHast = defineHastPlugin({
  name: 'safe-links',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      if (node.tagName === 'img') {
        const src = String(node.properties?.src ?? '');
        const label = String(node.properties?.alt || src);
        const link = { type: 'element', tagName: 'a', properties: { href: src }, children: [{ type: 'text', value: `Image: ${label}` }] } as const;
        ctx.replaceNode(node, isSafeHref(src) ? (withRel(link) as never) : { type: 'text', value: label });
        return;
      }
      const href = node.properties?.href;
      if (href === undefined || href === null) return;
      if (!isSafeHref(String(href))) ctx.replaceNode(node, { type: 'text', value: ctx.textContent(node) });
      else if (isExternal(String(href))) ctx.setProperty(node, 'rel', REL);
    },
  },
});

const REL = ['noopener', 'noreferrer', 'external'];

function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href.trim());
}

function withRel<T extends { properties: { href: string } }>(link: T): T {
  return isExternal(link.properties.href) ? { ...link, properties: { ...link.properties, rel: REL } } : link;
}
