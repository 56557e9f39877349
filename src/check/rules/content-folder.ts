/**
 * The content folder exists and holds the collections. A mistyped `CONTENT_DIR`
 * would otherwise read as "no errors" and build an empty site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { Problem } from '../../lib/problems.ts';
import type { CheckInput } from '../context.ts';

export function contentFolder({ dir, cwd }: CheckInput): Problem[] {
  const display = path.relative(cwd, dir) || dir;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return [{ file: display, message: `there is no content folder at \`${dir}\`; check \`CONTENT_DIR\`, or run the command from the project folder`, rule: 'content-folder' }];
  }
  const found = COLLECTIONS.filter((name) => fs.existsSync(path.join(dir, name)));
  if (found.length === 0) {
    return [{ file: display, message: `\`${display}\` has none of the collection folders (${COLLECTIONS.map((c) => `\`${c}/\``).join(', ')}); is \`CONTENT_DIR\` pointing at the right folder?`, rule: 'content-folder' }];
  }
  return [];
}
