/**
 * The labelled real pages in `../shared/corpus` (when present), and the one
 * split of them into a dev part (tuned on) and a test part (looked at only
 * when a piece of work is finished).
 *
 * The split rule, fixed once: group the pages by the round their label
 * reports (pages that report none form one group); within each group, order
 * the pages by the SHA-256 of their file name; the first ⌈30 %⌉ of each group
 * are test, the rest dev. Every round is in both parts, and adding a page to
 * one group never moves a page of another.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the shared corpus sits when the project is checked out beside it. */
export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../../shared/corpus');

export const TEST_SHARE = 0.3;

/** One page's label, as `../shared/labelling.md` defines it. */
export interface Label {
  file: string;
  url: string;
  publisher: string;
  published: string | null;
  about_round: { date: string; venue_city: string | null; venue_name: string | null; country: string | null; format: 'in-person' | 'video' } | null;
  participants: { name: string; country: string; role: string }[];
  mentioned_people: string[];
  outcomes: { topic: string; status: string }[];
  notes: string;
}

export interface LabelledPage {
  label: Label;
  /** The page's text, without the corpus's three header lines. */
  text: string;
  /** The path of the page in the corpus. */
  path: string;
  part: 'dev' | 'test';
}

/** The group a page falls in for the split: the round's first day, or `none`. */
export function groupOf(label: Label): string {
  return label.about_round?.date ?? 'none';
}

/** Assigns each label to dev or test by the fixed rule above. */
export function splitLabels(labels: Label[], share = TEST_SHARE): Map<string, 'dev' | 'test'> {
  const groups = new Map<string, Label[]>();
  for (const l of labels) groups.set(groupOf(l), [...(groups.get(groupOf(l)) ?? []), l]);
  const parts = new Map<string, 'dev' | 'test'>();
  const hash = (name: string) => createHash('sha256').update(name).digest('hex');
  for (const members of groups.values()) {
    const ordered = [...members].sort((a, b) => (hash(a.file) < hash(b.file) ? -1 : 1));
    const test = Math.ceil(ordered.length * share);
    ordered.forEach((l, i) => parts.set(l.file, i < test ? 'test' : 'dev'));
  }
  return parts;
}

/** Strips the corpus's header (`URL: …`, `RETRIEVED-FROM: …`, a blank line) from a page. */
export function stripHeader(raw: string): { url: string | null; text: string } {
  const lines = raw.split('\n');
  const url = /^URL:\s*(\S+)/.exec(lines[0] ?? '')?.[1] ?? null;
  return { url, text: lines.slice(3).join('\n') };
}

/** Every labelled page of the corpus, or none when the corpus is not beside the project. */
export function loadCorpus(dir = CORPUS_DIR): LabelledPage[] {
  const goldFile = path.join(dir, 'gold.json');
  if (!fs.existsSync(goldFile)) return [];
  const labels = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Label[];
  const parts = splitLabels(labels);
  return labels.map((label) => {
    const file = path.join(dir, 'articles', label.file);
    return { label, text: stripHeader(fs.readFileSync(file, 'utf8')).text, path: file, part: parts.get(label.file)! };
  });
}
