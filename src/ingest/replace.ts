/**
 * Taking an article in again with corrected options (`--publisher`, `--published`,
 * `--url`, `--round`) replaces what it alone created: its own file and the drafts proposed
 * from it (a round, people, venues) that are still `review: derived` and that no
 * other entry has come to rely on. A reviewed file is never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseContentFile } from '../lib/content-files.ts';
import type { ArticleData, Content, Entry } from '../lib/types.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { knowledgeFrom, type Knowledge } from './knowledge.ts';
import { hashText, type OldFile } from './transaction.ts';
import type { IngestOptions } from './types.ts';

/**
 * The options given that say something else than the article's file, as the editor reads them.
 * @example corrections({ publisher: 'Reuters' }, article) // ['--publisher Reuters (the file says `Reuter`)']
 */
export function corrections(options: IngestOptions, article: Entry<ArticleData>): string[] {
  const said: [keyof IngestOptions, string | undefined][] = [['publisher', article.data.publisher], ['published', article.data.published], ['url', article.data.url], ['round', article.data.rounds[0]?.id]];
  return said.filter(([option, value]) => options[option] !== undefined && options[option] !== value).map(([option, value]) => `--${option} ${options[option]} (the file says ${value === undefined ? 'nothing' : `\`${value}\``})`);
}

/** What re-ingesting `articleId` would replace, or why nothing can be. */
export type Replacement = { files: OldFile[]; knowledge: Knowledge } | { refused: string };

/** The files `articleId` alone created that are still derived, and what the site knows without them. */
export function replacementFor(articleId: string, knowledge: Knowledge): Replacement {
  const all = COLLECTIONS.flatMap((c) => (knowledge.content[c] as Entry<unknown>[]).map((e) => ({ collection: c, entry: e as Entry<unknown> })));
  const key = (c: string, id: string) => `${c}/${id}`;
  const reviewed = `content/articles/${articleId}.md has been reviewed by an editor, so it is never replaced; correct it there by hand`;
  // Its own file, and the drafts whose body says they were derived or proposed from it; each judged from
  // the file as it is now, whose hash is kept so that it is removed only as it was judged (transaction.ts).
  const marker = new RegExp(`\\bby the ingest command from ${articleId}\\b`);
  const drafts = new Map<string, OldFile>();
  for (const { collection, entry } of all) {
    const own = collection === 'articles' && entry.id === articleId;
    if (!own && (collection === 'articles' || !marker.test(entry.body ?? ''))) continue;
    const text = fs.readFileSync(path.join(knowledge.dir, collection, `${entry.id}.md`), 'utf8');
    const now = parseContentFile(collection, text, key(collection, entry.id)).entry?.data as { review?: string } | undefined;
    if (now?.review === 'derived') drafts.set(key(collection, entry.id), { collection, id: entry.id, sha256: hashText(text) });
    else if (own) return { refused: reviewed };
  }
  if (!drafts.has(key('articles', articleId))) return { refused: reviewed };
  // Keep every draft something outside the set refers to, until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const { collection, entry } of all) {
      if (drafts.has(key(collection, entry.id))) continue;
      for (const ref of referencesIn(entry.data)) {
        if (ref === key('articles', articleId)) return { refused: `content/${collection}/${entry.id}.md cites ${articleId}, so the article cannot be replaced; correct it by hand` };
        if (drafts.delete(ref)) changed = true;
      }
    }
  }
  const content = Object.fromEntries(COLLECTIONS.map((c) => [c, (knowledge.content[c] as Entry<unknown>[]).filter((e) => !drafts.has(key(c, e.id)))])) as unknown as Content;
  return { files: [...drafts.values()], knowledge: { ...knowledgeFrom(knowledge.dir, content, knowledge.problems), generation: knowledge.generation, replacing: new Set(drafts.keys()) } };
}

/** Every `<collection>/<id>` an entry's data refers to (references have the shape `{ id, collection }`). */
function* referencesIn(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    for (const item of value) yield* referencesIn(item);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const { id, collection } = value as { id?: unknown; collection?: unknown };
    if (typeof id === 'string' && typeof collection === 'string' && Object.keys(value).length === 2) yield `${collection}/${id}`;
    else for (const item of Object.values(value)) yield* referencesIn(item);
  }
}
