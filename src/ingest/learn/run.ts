/**
 * Runs the reader over labelled real pages, cold or warm, as the editor's
 * `npm run ingest -- --dry-run --json` would: the page's text without the
 * corpus header, with its URL passed as `--url`.
 */
import type { Content } from '../../lib/types.ts';
import { derive, type Derived } from '../derive.ts';
import { checkRawArticle } from '../input.ts';
import { toJson } from '../report.ts';
import { IngestError, type DerivedJson } from '../types.ts';
import type { LabelledPage } from './corpus.ts';
import { articlesAt, coldKnowledge, warmKnowledge } from './memory.ts';

export type Mode = 'cold' | 'unrecorded' | 'warm';

export interface PageRun {
  page: LabelledPage;
  mode: Mode;
  derived: Derived | null;
  json: DerivedJson | null;
}

/** The knowledge a page is read with in a mode. */
export function memoryFor(page: LabelledPage, mode: Mode, record: Content) {
  if (mode === 'cold') return coldKnowledge(record);
  return warmKnowledge(record, articlesAt(record, page.label.url), mode === 'unrecorded' ? page.label.about_round?.date ?? undefined : undefined);
}

export function runPage(page: LabelledPage, mode: Mode, record: Content): PageRun {
  const knowledge = memoryFor(page, mode, record);
  try {
    const derived = derive(checkRawArticle(page.label.file, Buffer.from(page.text)), { url: page.label.url }, knowledge);
    return { page, mode, derived, json: toJson(derived) };
  } catch (error) {
    if (error instanceof IngestError) return { page, mode, derived: null, json: null };
    throw error;
  }
}
