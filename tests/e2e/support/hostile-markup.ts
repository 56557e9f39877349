/**
 * Finds markup in a built page that could run script or load another page
 * into this one: script elements that are neither the site's own files nor
 * hashed in the page's Content-Security-Policy, frames and plugins, `on*`
 * handlers, and links or sources with a javascript:, data: or vbscript: address.
 * Returns one line per finding, naming the element, so a failure says what got through.
 */
import { createHash } from 'node:crypto';
import { executableScripts } from './dist.ts';

const FORBIDDEN_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping', 'codebase', 'manifest', 'lowsrc', 'dynsrc'];
const BAD_SCHEME = /^(?:javascript|data|vbscript):/i;

/** The scheme a browser would see: control characters and spaces are ignored inside and around it. */
export function schemeOf(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

function describe(el: Element): string {
  const html = el.outerHTML;
  return html.length > 160 ? `${html.slice(0, 160)}…` : html;
}

export function hostileMarkup(document: Document): string[] {
  const found: string[] = [];
  const csp = document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '';
  const hashes = new Set([...csp.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]));
  for (const script of executableScripts(document)) {
    const src = script.getAttribute('src');
    const own = src ? /^\/(?!\/)/.test(src.trim()) && !script.textContent?.trim() : hashes.has(createHash('sha256').update(script.textContent ?? '').digest('base64'));
    if (!own) found.push(`script that the site did not write: ${describe(script)}`);
  }
  for (const el of document.querySelectorAll(FORBIDDEN_ELEMENTS.join(','))) found.push(`forbidden element: ${describe(el)}`);
  for (const meta of document.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push(`meta refresh: ${describe(meta)}`);
  }
  for (const el of document.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`event handler \`${name}\`: ${describe(el)}`);
      else if (name === 'srcdoc') found.push(`srcdoc: ${describe(el)}`);
      else if ((URL_ATTRIBUTES.includes(name) || name.endsWith(':href')) && BAD_SCHEME.test(schemeOf(attr.value))) found.push(`\`${name}\` with a ${schemeOf(attr.value).split(':')[0]}: address: ${describe(el)}`);
      else if (name === 'srcset' && attr.value.split(',').some((part) => BAD_SCHEME.test(schemeOf(part)))) found.push(`srcset with a bad address: ${describe(el)}`);
    }
  }
  return found;
}
