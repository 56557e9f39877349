/** The design's `--dry-run --json` shape, built from what the stages derived. */
import type { Derived } from './derive.ts';
import type { DerivedJson } from './types.ts';

export function toJson(d: Derived, articleFile = (id: string) => `content/articles/${id}.md`): DerivedJson {
  const r = d.round;
  return {
    article: { title: d.meta.title, publisher: d.meta.publisher, published: d.meta.published, url: d.meta.url },
    rounds: [
      ...(r ? [{ id: r.id, existing: r.existing !== null, date: r.date, endDate: r.endDate, format: r.format, venue: r.venue ? { id: r.venue.id, name: r.venue.name, city: r.venue.city, country: r.venue.country } : null, confidence: r.confidence }] : []),
      ...d.otherRounds,
    ],
    participants: d.table.map((p) => ({ id: p.id, name: p.name, country: p.country, role: p.role, side: p.side, known: p.known, confidence: Math.round(p.confidence * 1000) / 1000 })),
    mentioned: d.mentioned.map((p) => ({ id: p.id, name: p.name })),
    outcomes: d.outcomes.map((o) => ({ topic: o.topic, status: o.status, evidence: o.evidence, confidence: o.confidence })),
    uncertain: d.uncertain,
    warnings: [...(d.duplicateOf ? [`already ingested as ${articleFile(d.duplicateOf)}`] : []), ...d.warnings],
  };
}
