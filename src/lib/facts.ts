/**
 * Facts and their proof. Every fact on a round (date, venue, format, level,
 * each participant, each outcome and follow-up, each mention) becomes a `Fact`
 * with its citations, so pages can number them, source pages can list them and
 * the round page can show what was known when.
 */
import { formatSpan } from './dates.ts';
import { FOLLOW_UP_DONE, FOLLOW_UP_LABEL, FORMAT_LABEL, LEVEL_LABEL, OUTCOME_STATUS_LABEL, SIDE_LABEL } from './labels.ts';
import type { RoundView, SourceRef } from './timeline.ts';
import type { ArticleData, Entry } from './types.ts';
import { placeName, readableValue } from './wording.ts';

export type FactKind = 'date' | 'venue' | 'format' | 'level' | 'party' | 'outcome' | 'follow-up' | 'mention' | 'role' | 'reported-value';

/** The page a fact belongs to. */
export interface FactSubject {
  collection: 'rounds' | 'participants';
  id: string;
  title: string;
}

export interface Fact {
  /** Unique on its round and stable across builds: `date`, `party:<id>`, `outcome:<topic>`, … */
  key: string;
  kind: FactKind;
  subject: FactSubject;
  /** What the fact is about, e.g. `Date` or `Dmytro Kuleba`. */
  label: string;
  /** The fact in words, e.g. `Ukraine, Foreign Minister of Ukraine, led the side`. */
  value: string;
  /** The fact in a few words for a list of what a source added, e.g. `Dmytro Kuleba` or `Ceasefire not agreed`. */
  short: string;
  cite: SourceRef[];
  /** The earliest publication day among its sources. */
  firstReported?: string;
}

/** Every fact on a round, in the order the round page shows them. */
export function collectFacts(round: Omit<RoundView, 'facts'>): Fact[] {
  const facts: Fact[] = [];
  const subject: FactSubject = { collection: 'rounds', id: round.id, title: round.data.title };
  const add = (key: string, kind: FactKind, label: string, value: string, short: string, cite: SourceRef[]) =>
    facts.push({ key, kind, subject, label, value, short, cite, firstReported: earliest(cite) });
  const { data } = round;

  add('date', 'date', 'Date', formatSpan(data.date, data.endDate), 'date', round.cite.date ?? []);
  if (round.venue) add('venue', 'venue', 'Venue', placeName(round.venue.data), 'place', round.cite.venue ?? []);
  add('format', 'format', 'Format', FORMAT_LABEL[data.format], 'format', round.cite.format ?? []);
  add('level', 'level', 'Level', LEVEL_LABEL[data.level], 'level', round.cite.level ?? []);
  for (const p of round.parties) {
    const value = [SIDE_LABEL[p.side], p.role, p.lead ? 'led the side' : undefined].filter(Boolean).join(', ');
    add(`party:${p.participant.id}`, 'party', p.participant.data.name, value, p.participant.data.name, p.cite);
  }
  for (const o of round.outcomes) {
    const title = o.topic.data.title;
    // An unreviewed summary is the ingest command's words, not a statement to repeat.
    add(`outcome:${o.topic.id}`, 'outcome', title, o.derived ? OUTCOME_STATUS_LABEL[o.status] : `${OUTCOME_STATUS_LABEL[o.status]}: ${o.summary}`, `${title} ${OUTCOME_STATUS_LABEL[o.status].toLowerCase()}`, o.cite);
    o.followUp.forEach((f, i) =>
      add(`follow-up:${o.topic.id}:${i}`, 'follow-up', `${title}, follow-up`, `${FOLLOW_UP_LABEL[f.status]}: ${f.summary}`, `${title} ${FOLLOW_UP_DONE[f.status]}`, f.cite),
    );
  }
  for (const m of round.mentions) {
    add(`mention:${m.participant.id}`, 'mention', m.participant.data.name, (!m.derived && m.note) || 'Named in the coverage', m.participant.data.name, m.cite);
  }
  return facts;
}

/**
 * Cited statements that are not facts of the round itself, so source pages
 * list every sentence quoted from them: a participant's roles, and each value
 * reported in a disagreement.
 */
export function supportingFacts(
  subject: FactSubject,
  roles: { title: string; cite: SourceRef[] }[],
  disagreements: { about: string; values: { value: string; cite: SourceRef[] }[] }[],
): Fact[] {
  const facts: Fact[] = [];
  roles.forEach((r, i) => facts.push({ key: `role:${i}`, kind: 'role', subject, label: 'Role', value: r.title, short: r.title, cite: r.cite, firstReported: earliest(r.cite) }));
  disagreements.forEach((d, i) =>
    d.values.forEach((v, j) => {
      const value = readableValue(v.value);
      facts.push({ key: `reported:${i}:${j}`, kind: 'reported-value', subject, label: d.about, value: `Reported: ${value}`, short: value, cite: v.cite, firstReported: earliest(v.cite) });
    }),
  );
  return facts;
}

/** The earliest publication day among some citations. */
export function earliest(cite: SourceRef[]): string | undefined {
  let first: string | undefined;
  for (const c of cite) if (!first || c.article.data.published < first) first = c.article.data.published;
  return first;
}

/** One source article on a page: its number, and the sentences the page quotes from it. */
export interface SourceNote {
  number: number;
  article: Entry<ArticleData>;
  /** Quoted sentences in the order the page first cites them, each with its anchor in the list. */
  quotes: { text: string; anchor: string }[];
}

/**
 * Citations for one page, numbered by source article in order of publication:
 * [1] is the earliest report, and every fact an article supports carries its
 * number, whichever sentence supports it. A citation links to its own sentence
 * in the list of sources, so a number never hides which words carry the fact.
 */
export class Footnotes {
  readonly sources: SourceNote[] = [];
  private readonly byArticle = new Map<string, SourceNote>();

  /** Every article cited in `groups`, and every one of `articles`, numbered by publication day. */
  constructor(groups: Iterable<SourceRef[]> = [], articles: Iterable<Entry<ArticleData>> = []) {
    const refs = [...groups].flat();
    const all = new Map<string, Entry<ArticleData>>();
    for (const a of articles) all.set(a.id, a);
    for (const r of refs) all.set(r.article.id, r.article);
    const ordered = [...all.values()].sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
    for (const article of ordered) this.add(article);
    for (const r of refs) this.anchor(r);
  }

  private add(article: Entry<ArticleData>): SourceNote {
    let note = this.byArticle.get(article.id);
    if (!note) {
      note = { number: this.sources.length + 1, article, quotes: [] };
      this.byArticle.set(article.id, note);
      this.sources.push(note);
    }
    return note;
  }

  /** The number of a citation's article, adding the article at the end if it is new. */
  number(ref: SourceRef): number {
    return this.add(ref.article).number;
  }

  /** The id of the citation's place in the list: its quoted sentence, or the article when none is quoted. */
  anchor(ref: SourceRef): string {
    const note = this.add(ref.article);
    if (!ref.evidence) return `note-${note.number}`;
    const anchor = `n${note.number}-${quoteAnchor(ref.evidence)}`;
    if (!note.quotes.some((q) => q.anchor === anchor)) note.quotes.push({ text: ref.evidence, anchor });
    return anchor;
  }
}

/** What a source added to a round: facts it was the first to report, and accounts that differ. */
export interface SourceStep {
  /** The publication day. */
  date: string;
  /** The articles of that day that reported something first. */
  articles: Entry<ArticleData>[];
  /** What they reported first, by kind of fact, each in a few words. */
  added: { label: string; items: string[] }[];
  /** Values they gave that differ from the one the round shows. */
  differ: { about: string; value: string }[];
}

const STEP_GROUPS: { kinds: FactKind[]; label: string }[] = [
  { kinds: ['date', 'venue', 'format', 'level'], label: 'Details' },
  { kinds: ['party'], label: 'At the table' },
  { kinds: ['outcome'], label: 'Outcomes' },
  { kinds: ['follow-up'], label: 'Follow-up' },
  { kinds: ['mention'], label: 'Also named' },
];

/**
 * What each source day added to what was known about a round, oldest first:
 * the facts first reported that day (in a few words each), and any value that
 * differs from the one the round shows (a value the editors did not choose, or,
 * while a question is open, any but the first one reported). Days that only
 * confirmed what was known are left out.
 */
export function sourceSteps(facts: readonly Fact[], disagreements: readonly { about: string; chosen?: string; values: { value: string; cite: SourceRef[] }[] }[]): SourceStep[] {
  const days = new Map<string, { articles: Set<Entry<ArticleData>>; facts: Fact[]; differ: SourceStep['differ'] }>();
  const day = (date: string) => days.get(date) ?? days.set(date, { articles: new Set(), facts: [], differ: [] }).get(date)!;
  for (const fact of facts) {
    if (!fact.firstReported) continue;
    const d = day(fact.firstReported);
    d.facts.push(fact);
    for (const c of fact.cite) if (c.article.data.published === fact.firstReported) d.articles.add(c.article);
  }
  for (const dis of disagreements) {
    const shown = dis.chosen ?? [...dis.values].sort((a, b) => (earliest(a.cite) ?? '9').localeCompare(earliest(b.cite) ?? '9'))[0]?.value;
    for (const v of dis.values) {
      const first = earliest(v.cite);
      if (v.value === shown || !first) continue;
      const d = day(first);
      d.differ.push({ about: dis.about, value: readableValue(v.value) });
      for (const c of v.cite) if (c.article.data.published === first) d.articles.add(c.article);
    }
  }
  return [...days.keys()].sort().map((date) => {
    const d = days.get(date)!;
    return {
      date,
      articles: [...d.articles].sort((a, b) => a.id.localeCompare(b.id)),
      added: STEP_GROUPS.map((g) => ({ label: g.label, items: d.facts.filter((f) => g.kinds.includes(f.kind)).map((f) => f.short) })).filter((g) => g.items.length),
      differ: d.differ,
    };
  });
}

/**
 * A stable anchor for a quoted sentence on its source page, so a citation can
 * link to the exact sentence: `q-` and a short hash of the quote's words.
 * @example quoteAnchor('agreed to continue with negotiations') // => 'q-…' (8 hex digits)
 */
export function quoteAnchor(quote: string): string {
  let hash = 0x811c9dc5;
  for (const ch of quote.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `q-${hash.toString(16).padStart(8, '0')}`;
}

export interface QuoteGroup {
  /** The quoted sentence, or undefined for facts the article supports without a quote. */
  quote?: string;
  anchor?: string;
  facts: Fact[];
}

/** The facts an article supports, grouped by the sentence quoted for them, in page order. */
export function factsByQuote(articleId: string, facts: Fact[]): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const fact of facts) {
    for (const c of fact.cite) {
      if (c.article.id !== articleId) continue;
      const key = c.evidence ?? '';
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { quote: c.evidence, anchor: c.evidence ? quoteAnchor(c.evidence) : undefined, facts: [] }));
      if (!group.facts.includes(fact)) group.facts.push(fact);
    }
  }
  const unquoted = groups.get('');
  groups.delete('');
  return unquoted ? [...groups.values(), unquoted] : [...groups.values()];
}
