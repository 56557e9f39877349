/**
 * Where the content lives: `content/` at the top of the project, or the folder
 * named by the `CONTENT_DIR` environment variable (absolute, or relative to the
 * project). The build, `npm run check`, the ingest command and the benchmark all
 * read it from here, so they always agree.
 */
import path from 'node:path';

export function contentDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, env.CONTENT_DIR?.trim() || 'content');
}
