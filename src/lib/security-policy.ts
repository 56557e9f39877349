/**
 * The site's security policy, in one place for the two ways it reaches a browser:
 *
 * - each page's `<meta http-equiv="content-security-policy">`, which Astro writes
 *   from `DIRECTIVES` with the `script-src` and `style-src` each page needs;
 * - HTTP headers, for hosts that read a `_headers` file (Netlify, Cloudflare
 *   Pages): the same policy plus `frame-ancestors 'none'` (no page may be framed,
 *   which a `<meta>` policy cannot say), `X-Content-Type-Options` and
 *   `Referrer-Policy`. The README gives the same headers for other servers.
 */
import { createHash } from 'node:crypto';

/** Everything but scripts and styles: nothing from elsewhere, nothing by default. */
export const DIRECTIVES = ["default-src 'none'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "base-uri 'none'", "form-action 'self'"] as const;

/**
 * The header policy, one for every address: scripts and styles only from the site's own
 * files. It allows WebAssembly (`'wasm-unsafe-eval'`) for the search page's index, which
 * only a script of the site's own could compile; every other page's own `<meta>` policy
 * still forbids it, as a page obeys both.
 */
export const HEADER_POLICY = [...DIRECTIVES.slice(0, 1), "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", ...DIRECTIVES.slice(1), "frame-ancestors 'none'"].join('; ');

/** The security headers every response carries. */
export const HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // For browsers older than `frame-ancestors`.
  'X-Frame-Options': 'DENY',
};

/** The `_headers` file (Netlify and Cloudflare Pages format): the headers, for every address. */
export function headersFile(): string {
  const lines = Object.entries(HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `# Security headers for every address (src/lib/security-policy.ts; other hosts: see the README).\n/*\n${lines.join('\n')}\n`;
}

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/**
 * A built page with only the hashes its `<meta>` policy needs: those of its own inline
 * scripts and styles. Astro lists the hashes of every script it could inject (island
 * loaders no page here uses) on every page.
 * @example withoutUnusedHashes(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x';">`) // "…script-src 'self';…"
 */
export function withoutUnusedHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const used = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes!)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // data blocks (JSON-LD) never run
    used.add(digest(body!));
  }
  for (const [, body] of html.matchAll(INLINE_STYLE)) used.add(digest(body!));
  const policy = meta[2]!.replace(/\s*'sha(?:256|384|512)-[^']+'/g, (token) => (used.has(token.trim().slice(1, -1)) ? token : ''));
  return html.replace(META, `$1${policy}$3`);
}

function digest(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
