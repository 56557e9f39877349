/** The design's `--dry-run --json` shape, built from what the stages derived. */
import type { Derived } from './derive.ts';
import type { DerivedJson } from './types.ts';

export function toJson(d: Derived): DerivedJson {
  return {
    article: { title: d.meta.title, publisher: d.meta.publisher, published: d.meta.published, url: d.meta.url },
    rounds: [
      ...(d.round
        ? [{ id: d.round.id, existing: d.round.existing !== null, date: d.round.date, format: d.round.format, venue: d.round.venue ? { id: d.round.venue.id, name: d.round.venue.name, city: d.round.venue.city, country: d.round.venue.country } : null }]
        : []),
      ...d.otherRounds,
    ],
    participants: d.table.map((p) => ({ id: p.id, name: p.name, country: p.country, role: p.role, side: p.side, known: p.known })),
    mentioned: d.mentioned.map((p) => ({ id: p.id, name: p.name })),
    outcomes: d.outcomes.map((o) => ({ topic: o.topic, status: o.status, evidence: o.evidence })),
    warnings: [...(d.duplicateOf ? [`already ingested as content/articles/${d.duplicateOf}.md`] : []), ...d.warnings],
  };
}
