/**
 * Files in a collection folder that the site will not read. Astro and the
 * checker take only `*.md`, so `kuleba.MD`, `kuleba.markdown` or `kuleba.md.txt`
 * would be dropped without a word; say so instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { Problem } from '../../lib/problems.ts';
import type { CheckInput } from '../context.ts';

export function strayFiles({ dir, cwd }: CheckInput): Problem[] {
  const problems: Problem[] = [];
  for (const collection of COLLECTIONS) {
    const folder = path.join(dir, collection);
    if (!fs.existsSync(folder)) continue;
    for (const item of fs.readdirSync(folder, { withFileTypes: true })) {
      if (item.name.startsWith('.')) continue;
      const file = path.relative(cwd, path.join(folder, item.name));
      if (item.isDirectory()) {
        problems.push({ file, message: `folders inside content/${collection}/ are not read; move the files in \`${item.name}/\` up one level`, rule: 'stray-file', severity: 'warning' });
      } else if (!item.name.endsWith('.md')) {
        const hint = /\.(md|markdown|mdown)$/i.test(item.name) ? `rename it to \`${item.name.replace(/\.[^.]+$/, '.md')}\`` : 'remove it, or give it the `.md` ending if it is an entry';
        problems.push({ file, message: `only \`.md\` files are read, so \`${item.name}\` is left out of the site; ${hint}`, rule: 'stray-file', severity: 'warning' });
      }
    }
  }
  return problems;
}
