/**
 * `node src/build/search.ts [dir]`: indexes a built site (default `dist/`) for
 * search, as the last step of `npm run build` does (src/integrations/pagefind.ts).
 * The benchmark times the step alone with it.
 */
import path from 'node:path';
import { indexSite } from '../integrations/pagefind.ts';

await indexSite(path.resolve(process.argv[2] ?? 'dist'), console);
