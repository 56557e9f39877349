/**
 * Builds the site from another content folder and serves the result, for tests
 * that need content of their own (fixtures, generated or hostile content).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Where test builds go: see `buildSite`. */
export const BUILDS = path.resolve('node_modules/.cache/test-builds');

/** A fresh folder for a build's output, inside the project: see `buildSite`. */
export function buildDir(prefix: string): string {
  fs.mkdirSync(BUILDS, { recursive: true });
  return fs.mkdtempSync(path.join(BUILDS, `${prefix}-`));
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

/** Copies a content folder (or the project's own) into a temporary one and returns its path. */
export function copyContent(from = 'content'): string {
  const dir = path.join(tempDir('content'), 'content');
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/** `astro build` of `contentDir` into a new folder; throws with Astro's output when the build fails. */
export function buildSite(contentDir: string, options: { base?: string; outDir?: string; env?: Record<string, string> } = {}): string {
  // Inside the project (node_modules/.cache): Astro puts its prerender chunks beside an outDir
  // within the working folder, but in the one shared `.astro/.prerender` for an outDir outside
  // it, where two builds at once delete each other's chunks.
  const outDir = options.outDir ?? path.join(buildDir('site'), 'dist');
  const result = spawnSync('astro', ['build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, BASE_PATH: options.base ?? '/', ASTRO_CACHE_DIR: path.join(tempDir('astro-cache'), 'cache'), ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`astro build of ${contentDir} failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves a built folder as `astro preview` would (directory indexes, 404.html); resolves to its origin.
 * `headers` adds response headers by address, as a host reading `_headers` would.
 */
export async function serve(dir: string, base = '/', headers: (pathname: string) => Record<string, string> = () => ({})): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = pathname.startsWith(base) ? pathname.slice(base.length) : null;
    const candidates = rel === null ? [] : rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
    const file = candidates.map((c) => path.join(dir, c)).find((f) => f.startsWith(dir) && fs.existsSync(f) && fs.statSync(f).isFile());
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']!, ...headers(pathname) });
      res.end(fs.existsSync(path.join(dir, '404.html')) ? fs.readFileSync(path.join(dir, '404.html')) : 'Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers(pathname) });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
