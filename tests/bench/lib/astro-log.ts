/**
 * The stages of an `astro build`, read from what it prints:
 *
 *   [build] Collecting build info...   ✓ Completed in 2.92s.   → setup: config, content sync, types
 *   [vite] ✓ built in 1.62s (one line per environment)          → bundle
 *   generating static routes … ✓ Completed in 4.37s.            → render: every page and endpoint
 *   [build] 1589 page(s) built in 9.12s                         → the build from its start
 */

export interface AstroStages {
  /** Loading the config, syncing the content collections, generating types. */
  setupSeconds: number;
  /** Vite's bundles of the pages and the client scripts. */
  bundleSeconds: number;
  /** Rendering every page and endpoint to dist/. */
  renderSeconds: number;
  /** The build as Astro times it (without Node's start-up and the integrations' last hooks). */
  totalSeconds: number;
  /** Pages and endpoints written, as Astro counts them. */
  pages: number;
}

/**
 * A duration as Astro prints it, in seconds.
 * @example duration('3m 5s') // => 185
 */
export function duration(text: string): number {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!match || (!match[1] && !match[2])) return Number.NaN;
  return Number(match[1] ?? 0) * 60 + (match[2] ? Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) : 0);
}

/** The stages of the build whose output is `log`, or undefined when it did not finish. */
export function astroStages(log: string): AstroStages | undefined {
  // eslint-disable-next-line no-control-regex
  const lines = log.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const DURATION = '((?:\\d+m\\s*)?(?:[\\d.]+m?s)?)';
  const after = (marker: RegExp, done: RegExp): number | undefined => {
    const at = lines.findIndex((l) => marker.test(l));
    if (at < 0) return undefined;
    for (const line of lines.slice(at + 1)) {
      const m = done.exec(line);
      if (m) return duration(m[1]!);
    }
    return undefined;
  };
  const setup = after(/\[build\] Collecting build info/, new RegExp(`\\[build\\] ✓ Completed in ${DURATION}\\.?\\s*$`));
  const render = after(/generating static routes/, new RegExp(`✓ Completed in ${DURATION}\\.?\\s*$`));
  const bundle = lines.flatMap((l) => {
    const m = new RegExp(`\\[vite\\] ✓ built in ${DURATION}\\s*$`).exec(l);
    return m ? [duration(m[1]!)] : [];
  });
  const total = lines.map((l) => new RegExp(`\\[build\\] (\\d+) page\\(s\\) built in ${DURATION}\\s*$`).exec(l)).find(Boolean);
  if (setup === undefined || render === undefined || !total) return undefined;
  return { setupSeconds: setup, bundleSeconds: bundle.reduce((a, b) => a + b, 0), renderSeconds: render, totalSeconds: duration(total[2]!), pages: Number(total[1]) };
}
