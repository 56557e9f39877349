/**
 * Facts and their proof. Every fact on a round (date, venue, format, level,
 * each participant, each outcome and follow-up, each mention) becomes a `Fact`
 * with its citations, so pages can number them, source pages can list them and
 * the round page can show what was known when.
 */
import { formatSpan } from './dates.ts';
import { FOLLOW_UP_LABEL, FORMAT_LABEL, LEVEL_LABEL, OUTCOME_STATUS_LABEL, SIDE_LABEL } from './labels.ts';
import type { RoundView, SourceRef } from './timeline.ts';

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
  cite: SourceRef[];
  /** The earliest publication day among its sources. */
  firstReported?: string;
}

/** Every fact on a round, in the order the round page shows them. */
export function collectFacts(round: Omit<RoundView, 'facts'>): Fact[] {
  const facts: Fact[] = [];
  const subject: FactSubject = { collection: 'rounds', id: round.id, title: round.data.title };
  const add = (key: string, kind: FactKind, label: string, value: string, cite: SourceRef[]) =>
    facts.push({ key, kind, subject, label, value, cite, firstReported: earliest(cite) });
  const { data } = round;

  add('date', 'date', 'Date', formatSpan(data.date, data.endDate), round.cite.date ?? []);
  if (round.venue) {
    const v = round.venue.data;
    add('venue', 'venue', 'Venue', `${v.name}, ${v.city}, ${v.country}`, round.cite.venue ?? []);
  }
  add('format', 'format', 'Format', FORMAT_LABEL[data.format], round.cite.format ?? []);
  add('level', 'level', 'Level', LEVEL_LABEL[data.level], round.cite.level ?? []);
  for (const p of round.parties) {
    const value = [SIDE_LABEL[p.side], p.role, p.lead ? 'led the side' : undefined].filter(Boolean).join(', ');
    add(`party:${p.participant.id}`, 'party', p.participant.data.name, value, p.cite);
  }
  for (const o of round.outcomes) {
    add(`outcome:${o.topic.id}`, 'outcome', o.topic.data.title, `${OUTCOME_STATUS_LABEL[o.status]}: ${o.summary}`, o.cite);
    o.followUp.forEach((f, i) =>
      add(`follow-up:${o.topic.id}:${i}`, 'follow-up', `${o.topic.data.title}, follow-up`, `${FOLLOW_UP_LABEL[f.status]}: ${f.summary}`, f.cite),
    );
  }
  for (const m of round.mentions) {
    add(`mention:${m.participant.id}`, 'mention', m.participant.data.name, m.note ?? 'Named in the coverage', m.cite);
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
  roles.forEach((r, i) => facts.push({ key: `role:${i}`, kind: 'role', subject, label: 'Role', value: r.title, cite: r.cite, firstReported: earliest(r.cite) }));
  disagreements.forEach((d, i) =>
    d.values.forEach((v, j) =>
      facts.push({ key: `reported:${i}:${j}`, kind: 'reported-value', subject, label: d.about, value: `Reported: ${v.value}`, cite: v.cite, firstReported: earliest(v.cite) }),
    ),
  );
  return facts;
}

/** The earliest publication day among some citations. */
export function earliest(cite: SourceRef[]): string | undefined {
  let first: string | undefined;
  for (const c of cite) if (!first || c.article.data.published < first) first = c.article.data.published;
  return first;
}

export interface Note {
  number: number;
  ref: SourceRef;
}

/** Numbered citations for one page: the same article and quote always get the same number. */
export class Footnotes {
  readonly notes: Note[] = [];
  private readonly byKey = new Map<string, Note>();

  constructor(groups: Iterable<SourceRef[]> = []) {
    for (const group of groups) for (const ref of group) this.number(ref);
  }

  /** The note number of a citation, adding it at the end if it is new. */
  number(ref: SourceRef): number {
    const key = `${ref.article.id}\u0000${ref.evidence ?? ''}`;
    let note = this.byKey.get(key);
    if (!note) {
      note = { number: this.notes.length + 1, ref };
      this.byKey.set(key, note);
      this.notes.push(note);
    }
    return note.number;
  }
}

export interface Snapshot {
  /** A source's publication day. */
  date: string;
  /** Facts first reported on that day. */
  added: Fact[];
  /** How many facts were known by the end of that day. */
  known: number;
}

/** What was known about a round as of each source's publication day, oldest first. */
export function snapshots(facts: Fact[]): Snapshot[] {
  const byDay = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!fact.firstReported) continue;
    const list = byDay.get(fact.firstReported);
    if (list) list.push(fact);
    else byDay.set(fact.firstReported, [fact]);
  }
  let known = 0;
  return [...byDay.keys()].sort().map((date) => {
    const added = byDay.get(date)!;
    known += added.length;
    return { date, added, known };
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
