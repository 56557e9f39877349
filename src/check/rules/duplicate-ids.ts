/**
 * One entry, one file. Two files whose names differ only in case, accents or
 * punctuation (`dmytro-kuleba.md`, `Dmytro-Kuleba.md`, `dmytro_kuleba.md`) are the
 * same id written twice: on a case-insensitive disk one hides the other, and
 * links pick one at random. An article taken in twice shows as the same
 * `sha256` (or the same `url`) in two files.
 */
import type { Problem } from '../../lib/problems.ts';
import type { CollectionName } from '../../schemas/common.ts';
import type { Entry } from '../../lib/types.ts';
import { problemAt, type CheckInput } from '../context.ts';

/** The id a file name stands for: `Dmytro_Kuleba` → `dmytro-kuleba`. */
export function idKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function duplicateIds(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { collection: string; id: string; file: string }>();
  for (const [key, parsed] of input.files) {
    const [collection, id] = key.split('/') as [CollectionName, string];
    const file = parsed.entry?.filePath ?? parsed.problems[0]?.file ?? `content/${key}.md`;
    const first = seen.get(`${collection}/${idKey(id)}`);
    if (first) {
      // Point at the misspelt one when only one of the two is spelt as an id should be.
      const [here, there] = id !== idKey(id) || first.id === idKey(first.id) ? [{ id, file }, first] : [first, { id, file }];
      problems.push({
        file: here.file,
        line: 1,
        column: 1,
        message: `\`${here.id}\` is the same id as \`${there.id}\` (${there.file}) in another spelling; keep one file and merge the other into it`,
        rule: 'duplicate-id',
      });
    } else {
      seen.set(`${collection}/${idKey(id)}`, { collection, id, file });
    }
  }
  problems.push(...sameValueTwice(input, 'sha256', 'the same raw article was taken in twice', 'error'));
  // Two files may rightly share an address (a live page read on two days), so only warn.
  problems.push(...sameValueTwice(input, 'url', 'two source files point to the same address', 'warning'));
  return problems;
}

function sameValueTwice(input: CheckInput, field: 'sha256' | 'url', what: string, severity: Problem['severity']): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, Entry<unknown>>();
  for (const article of input.content.articles) {
    const value = article.data[field];
    if (!value) continue;
    const key = field === 'url' ? normaliseUrl(value) : value;
    const earlier = first.get(key);
    if (!earlier) first.set(key, article);
    else {
      problems.push(
        problemAt(input, 'articles', article, [field], `${what}: \`${field}\` is the same as in ${earlier.filePath}; keep one article file and move this one's rounds and quotes into it`, `duplicate-${field}`, severity),
      );
    }
  }
  return problems;
}

/** `https://Example.com/a/#top` and `https://example.com/a` are one address. */
function normaliseUrl(value: string): string {
  try {
    const url = new URL(value);
    url.hash = '';
    return url.href.replace(/\/$/, '');
  } catch {
    return value;
  }
}
