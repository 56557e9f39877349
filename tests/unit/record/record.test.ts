/**
 * The record itself, not a fixture: every held round is sourced by several independent outlets,
 * names a person on each side, rests no outcome on a preview alone, and quotes its sources word
 * for word (checked against the saved pages when ../shared/corpus is beside the project).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CORPUS_DIR } from '../../../src/ingest/learn/corpus.ts';
import { readContent } from '../../../src/lib/content-files.ts';
import type { Citation } from '../../../src/lib/types.ts';
import { countWords, MAX_QUOTE_WORDS } from '../../../src/schemas/common.ts';

const { content } = readContent(path.resolve(import.meta.dirname, '../../../content'));
const held = content.rounds.filter((r) => r.data.status === 'held');
const article = (id: string) => content.articles.find((a) => a.id === id)!;

/** The rounds of direct talks the corpus reports, each by its first day and place. */
const EXPECTED = [
  ['2022-02-28', 'Gomel Region'],
  ['2022-03-03', 'Brest Region'],
  ['2022-03-07', 'Brest Region'],
  ['2022-03-10', 'Antalya'],
  ['2022-03-14', null],
  ['2022-03-29', 'Istanbul'],
  ['2022-04-01', null],
  ['2025-05-16', 'Istanbul'],
  ['2025-06-02', 'Istanbul'],
  ['2025-07-23', 'Istanbul'],
  ['2026-01-23', 'Abu Dhabi'],
  ['2026-02-04', 'Abu Dhabi'],
  ['2026-02-17', 'Geneva'],
] as const;

describe('the record', () => {
  test('holds every round of direct talks from February 2022 to February 2026, held, in order, where it was', () => {
    const rounds = [...held].sort((a, b) => a.data.date.localeCompare(b.data.date));
    expect(rounds.map((r) => [r.data.date, r.data.venue ? content.venues.find((v) => v.id === r.data.venue!.id)!.data.city : null])).toEqual(EXPECTED.map((x) => [...x]));
    expect(rounds.filter((r) => r.data.endDate).map((r) => [r.data.date, r.data.endDate])).toEqual([
      ['2022-03-14', '2022-03-15'],
      ['2026-01-23', '2026-01-24'],
      ['2026-02-04', '2026-02-05'],
      ['2026-02-17', '2026-02-18'],
    ]);
  });

  test.each(held.map((r) => [r.id, r] as const))('%s has at least three independent sources (a wire story reposted counts once)', (_, round) => {
    const outlets = new Set(round.data.sources.map((s) => {
      const a = article(s.id).data;
      return (a.syndicated ?? a.publisher).toLowerCase();
    }));
    expect(outlets.size).toBeGreaterThanOrEqual(3);
  });

  test.each(held.map((r) => [r.id, r] as const))('%s names at least one person on each side, and is reviewed', (_, round) => {
    for (const side of ['russia', 'ukraine'] as const) {
      const named = round.data.parties.filter((p) => p.side === side && content.participants.find((x) => x.id === p.participant.id)!.data.kind === 'person');
      // A delegation entry stays only where no member is named: then the sources name none at that round.
      if (named.length === 0) expect(round.data.parties.some((p) => p.side === side)).toBe(true);
      else expect(named.length).toBeGreaterThan(0);
    }
    expect(round.data.parties.filter((p) => content.participants.find((x) => x.id === p.participant.id)!.data.kind === 'person').length).toBeGreaterThanOrEqual(2);
    expect(round.data.review).toBe('reviewed');
  });

  test('rests no outcome on a preview alone: each is cited by a report from the round\'s first day or later', () => {
    for (const round of held) {
      for (const o of round.data.outcomes) {
        const days = o.cite.map((c) => { const p = article(c.source.id).data.published as unknown; return p instanceof Date ? p.toISOString().slice(0, 10) : String(p).slice(0, 10); });
        expect(days.some((d) => d >= round.data.date), `${round.id}: ${o.topic} rests only on reports from ${days.join(', ')}`).toBe(true);
      }
    }
  });

  test('quotes at most 25 words of an article in its summary', () => {
    for (const a of content.articles) for (const m of (a.body ?? '').matchAll(/^- "(.+?)"(?: — .*)?$/gm)) expect(countWords(m[1]!), `${a.id}: ${m[1]}`).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
  });

  test('is reviewed throughout: rounds, articles, people and venues', () => {
    for (const c of ['rounds', 'articles', 'participants', 'venues'] as const) {
      expect(content[c].filter((e) => (e.data as { review?: string }).review !== 'reviewed').map((e) => e.id), c).toEqual([]);
    }
  });
});

describe.skipIf(!fs.existsSync(CORPUS_DIR))('quotes against the saved pages', () => {
  const norm = (s: string) => s.normalize('NFC').replace(/[“”„"]/g, '"').replace(/[’‘`']/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  const pages = new Map<string, string>();
  for (const f of fs.readdirSync(path.join(CORPUS_DIR, 'articles'))) {
    const text = fs.readFileSync(path.join(CORPUS_DIR, 'articles', f), 'utf8');
    pages.set(text.split('\n')[0]!.slice(5).trim().replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, ''), norm(text));
  }
  const pageOf = (id: string) => {
    const url = article(id).data.url;
    return url ? pages.get(url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '')) : undefined;
  };
  const quotes: [string, string, string][] = [];
  const walk = (where: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(`${where}[${i}]`, v));
    else if (value && typeof value === 'object') {
      const c = value as Citation & Record<string, unknown>;
      if (c.source && typeof c.source === 'object' && typeof c.evidence === 'string') quotes.push([where, c.source.id, c.evidence]);
      for (const [k, v] of Object.entries(value)) if (k !== 'source') walk(`${where}.${k}`, v);
    }
  };
  for (const r of content.rounds) walk(`rounds/${r.id}`, r.data);
  for (const p of content.participants) walk(`participants/${p.id}`, p.data);
  for (const a of content.articles) for (const m of (a.body ?? '').matchAll(/^- "(.+?)"(?: — .*)?$/gm)) quotes.push([`articles/${a.id}`, a.id, m[1]!]);
  const checked = quotes.filter(([, source]) => pageOf(source));

  test('every article with an address has its saved page in the corpus', () => {
    expect(content.articles.filter((a) => a.data.url && !pageOf(a.id)).map((a) => a.id)).toEqual([]);
    expect(checked.length).toBeGreaterThan(300);
  });

  test.each(checked)('%s quotes %s word for word', (_, source, evidence) => {
    const text = pageOf(source)!;
    for (const part of norm(evidence).split('…').map((p) => p.trim().replace(/^"|"$/g, '')).filter((p) => p.length > 3)) expect(text).toContain(part);
  });
});
