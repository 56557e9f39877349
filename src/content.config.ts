import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './lib/content-dir.ts';
import { COLLECTIONS } from './schemas/index.ts';
import { schemas } from './schemas/index.ts';
import type { RefFactory } from './schemas/common.ts';

// Astro clears its content cache when the text of this file changes, not when a schema it
// imports does: raise this revision with every change to src/schemas/ so no build reads
// entries parsed by an older schema. Schema revision 2: `misspellings` on people and venues.
const root = contentDir();
const schemaFor = schemas(reference as unknown as RefFactory);

/** One glob-loaded collection per folder of `content/`; an entry's id is its file name. */
function collection<N extends keyof typeof schemaFor>(name: N) {
  return defineCollection({
    loader: glob({
      base: path.join(root, name),
      pattern: '*.md',
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
      // Pages use the rendered HTML, never the raw Markdown: not keeping it saves memory at scale.
      retainBody: false,
      // In `astro dev`, each body is rendered when a page asks for it instead of being kept in
      // the content store, which the dev server writes out and reads back whole after every
      // change: at 10,000 articles an edited page showed after ~9 s, ~3 s this way. Builds
      // render while syncing, which measured 30% faster at 1,000 articles than deferring.
      deferRender: import.meta.env.DEV,
    }),
    schema: schemaFor[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [N in keyof typeof schemaFor]: ReturnType<typeof collection<N>>;
};
