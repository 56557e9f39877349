/**
 * Where a build's time goes, from a V8 CPU profile:
 *
 *   CONTENT_DIR=/tmp/corpus node --cpu-prof --cpu-prof-dir=/tmp/prof node_modules/astro/bin/astro.mjs build
 *   node tests/bench/profile.ts /tmp/prof/CPU.*.cpuprofile [--top 25] [--from 20 --to 30]
 *
 * `--from` and `--to` count only the samples taken in that window (seconds from the
 * profile's start), e.g. what a dev server did after a file changed.
 * Prints self time by function and by file (node_modules folded per package),
 * and the total (inclusive) time of the project's own source files.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * A file's short name: `pkg:astro` for a package, `src/lib/x.ts` or
 * `.prerender/chunks/x.mjs` for ours. Our own code is recognised first: the
 * build's chunks live under node_modules when the output folder does (as in
 * `node_modules/.cache/…`), and must not be filed under a package.
 * @example shortFile('file:///p/node_modules/.cache/prof/.prerender/chunks/timeline_x.mjs') // => '.prerender/chunks/timeline_x.mjs'
 */
export function shortFile(url: string): string {
  if (!url) return '(native)';
  const clean = url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const own = /(\.prerender\/[^?]+)$/.exec(clean) ?? (clean.includes('/node_modules/') ? null : /(src\/[^?]+)$/.exec(clean));
  if (own) return own[1]!;
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(clean);
  if (pkg) return `pkg:${pkg[1]}`;
  return clean.startsWith('node:') ? clean : clean.split('/').slice(-2).join('/');
}

/** Which samples to count: those taken between `from` and `to` seconds after the profile started. */
export interface Window {
  from?: number;
  to?: number;
}

export function summarise(profile: Profile, top = 25, window: Window = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  const [from, to] = [(window.from ?? 0) * 1e6, (window.to ?? Infinity) * 1e6];
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= from && at <= to) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const bump = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inclusiveOwn = new Map<string, number>();
  const inclusiveFunction = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    const file = shortFile(node.callFrame.url);
    bump(byFunction, `${node.callFrame.functionName || '(anonymous)'}  ${file}:${node.callFrame.lineNumber + 1}`, ms);
    bump(byFile, file, ms);
    // Inclusive time of our own files: count each sample once per file on its stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const f = shortFile(frame.url);
      const fn = `${frame.functionName || '(anonymous)'}  ${f}:${frame.lineNumber + 1}`;
      if (!seen.has(fn)) {
        seen.add(fn);
        bump(inclusiveFunction, fn, ms);
      }
      if ((f.startsWith('src/') || f.includes('.prerender/')) && !seen.has(f)) {
        seen.add(f);
        bump(inclusiveOwn, f, ms);
      }
    }
  }
  const rank = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: total, byFunction: rank(byFunction), byFile: rank(byFile), inclusiveOwn: rank(inclusiveOwn), inclusiveFunction: rank(inclusiveFunction) };
}

if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, from: { type: 'string' }, to: { type: 'string' } } });
  const window = { from: values.from === undefined ? undefined : Number(values.from), to: values.to === undefined ? undefined : Number(values.to) };
  for (const file of positionals) {
    const s = summarise(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, Number(values.top), window);
    const rows = (title: string, list: [string, number][]) => {
      console.log(`\n${title}`);
      for (const [name, ms] of list) console.log(`${(ms / 1000).toFixed(2).padStart(8)} s ${((ms / s.totalMs) * 100).toFixed(1).padStart(5)}%  ${name}`);
    };
    console.log(`${file}: ${(s.totalMs / 1000).toFixed(1)} s sampled`);
    rows('Self time by function', s.byFunction);
    rows('Self time by file or package', s.byFile);
    rows('Inclusive time of our own files', s.inclusiveOwn);
    rows('Inclusive time by function', s.inclusiveFunction);
  }
}
