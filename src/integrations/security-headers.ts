/**
 * After the build: each page's `<meta>` policy keeps only the hashes of its own
 * inline scripts and styles, and `_headers` is written beside the pages, with
 * the headers of src/lib/security-policy.ts for hosts that read it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, withoutUnusedHashes } from '../lib/security-policy.ts';

/** Rewrites the built pages under `dir` and writes `dir/_headers`. */
export async function secureBuild(dir: string): Promise<number> {
  const pages = (await fs.readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  let changed = 0;
  // A few files at a time: enough to keep the disk busy, never thousands of open files.
  for (let i = 0; i < pages.length; i += 32) {
    await Promise.all(
      pages.slice(i, i + 32).map(async (page) => {
        const file = path.join(dir, page);
        const html = await fs.readFile(file, 'utf8');
        const secured = withoutUnusedHashes(html);
        if (secured !== html) {
          await fs.writeFile(file, secured);
          changed++;
        }
      }),
    );
  }
  await fs.writeFile(path.join(dir, '_headers'), headersFile());
  return changed;
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'negotiations-timeline:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const changed = await secureBuild(fileURLToPath(dir));
        logger.info(`Trimmed the security policy of ${changed} pages and wrote _headers in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
