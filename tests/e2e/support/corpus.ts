/**
 * The labelled real news pages of `../shared/corpus`, beside the project, for the
 * tests that take a real page through the editor's loop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, isMap, isSeq, visit, type Node } from 'yaml';
import { stripHeader } from '../../../src/ingest/learn/corpus.ts';

export const CORPUS_ARTICLES = path.resolve('../shared/corpus/articles');

/** A corpus page as an editor saves it (its header lines gone) in `dir`, under a name with spaces; and its address. */
export function savedCorpusPage(file: string, dir: string): { file: string; url: string } {
  const { url, text } = stripHeader(fs.readFileSync(path.join(CORPUS_ARTICLES, file), 'utf8'));
  if (!url) throw new Error(`${file} has no URL line`);
  const saved = path.join(dir, 'saved page.txt');
  fs.writeFileSync(saved, text);
  return { file: saved, url };
}

/**
 * Takes the article `id` out of the content folder `dir`, as if it had never been ingested:
 * its file, and every citation of it in the other files (each fact keeps its other sources).
 * Throws if a fact would be left with none.
 */
export function withoutArticle(dir: string, id: string): void {
  fs.rmSync(path.join(dir, 'articles', `${id}.md`));
  for (const collection of fs.readdirSync(dir)) {
    const folder = path.join(dir, collection);
    if (!fs.statSync(folder).isDirectory() || collection.startsWith('.')) continue;
    for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.md'))) {
      const file = path.join(folder, name);
      const text = fs.readFileSync(file, 'utf8');
      if (!text.includes(id)) continue;
      const [, frontmatter, ...body] = text.split(/^---$/m);
      const doc = parseDocument(frontmatter!);
      const cites = (node: unknown) => (isMap(node) && node.get('source') === id) || (node as { value?: unknown })?.value === id;
      visit(doc, {
        Seq(_key, seq: Node) {
          if (!isSeq(seq)) return;
          const kept = seq.items.filter((item) => !cites(item));
          if (kept.length === seq.items.length) return;
          if (kept.length === 0) throw new Error(`${collection}/${name}: a fact cites only ${id}`);
          seq.items = kept;
        },
      });
      fs.writeFileSync(file, `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---${body.join('---')}`);
    }
  }
}
