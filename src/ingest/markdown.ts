/**
 * Writes a content file: YAML frontmatter (from `yaml`, so any title survives:
 * quotes, colons, `---`, non-Latin scripts, emoji) and a Markdown body built
 * as a syntax tree and printed by remark, so no text can break the file.
 * Control and bidirectional formatting characters are dropped from every value,
 * whichever stage let them through (`npm run check` refuses them).
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { Document } from 'yaml';
import { mapStrings, stripControls } from '../lib/plain-text.ts';

const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_' }).use(remarkFrontmatter, ['yaml']);

/** Body blocks: paragraphs, a heading, or a list of quotes. */
export type Block = { paragraph: string } | { heading: string } | { quotes: string[] };

/** A whole content file from its frontmatter data and body blocks. */
export function renderContentFile(data: Record<string, unknown>, body: Block[] = []): string {
  const yaml = new Document(mapStrings(withoutUndefined(data), stripControls)).toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  const children: RootContent[] = [{ type: 'yaml', value: yaml } as RootContent];
  for (const block of body) {
    if ('paragraph' in block) children.push({ type: 'paragraph', children: [{ type: 'text', value: oneLine(block.paragraph) }] });
    else if ('heading' in block) children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: oneLine(block.heading) }] });
    else if (block.quotes.length) {
      children.push({
        type: 'list',
        ordered: false,
        spread: false,
        children: block.quotes.map((q) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: oneLine(q) }] }] })),
      });
    }
  }
  return processor.stringify({ type: 'root', children } as Root);
}

function oneLine(text: string): string {
  return stripControls(text).replace(/\s+/g, ' ').trim();
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, withoutUndefined(v)]));
  }
  return value;
}
