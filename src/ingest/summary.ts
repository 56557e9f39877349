/**
 * The article file's body: a short summary in neutral words, generated from
 * the extracted facts (never the article's sentences), then up to three short
 * quotes of at most 25 words each.
 */
import { formatSpan } from '../lib/dates.ts';
import type { Derived } from './derive.ts';
import type { Block } from './markdown.ts';

const STATUS_WORDS = { agreed: 'agreed', 'not-agreed': 'not agreed', proposed: 'proposed', discussed: 'discussed' } as const;
const SIDE_WORDS = { russia: 'Russia', ukraine: 'Ukraine', mediator: 'mediator', host: 'host', observer: 'observer' } as const;

export function articleBody(d: Derived, topicTitle: (id: string) => string): Block[] {
  const blocks: Block[] = [];
  const r = d.round;
  const who = d.meta.publisher ?? 'An unnamed outlet';
  if (!r) {
    blocks.push({ paragraph: `${who} discusses the negotiations without reporting a particular round. Derived by the ingest command; an editor has not reviewed it yet.` });
  } else {
    const kind = r.format === 'video' ? 'video call' : 'meeting';
    const level = r.level === 'leaders' ? 'between leaders' : r.level === 'ministers' ? 'between ministers' : 'between delegations';
    const where = r.format === 'video' ? 'online' : r.venue ? `in ${r.venue.city ?? r.venue.name}` : 'at a venue the article does not name';
    const tense = r.status === 'planned' ? 'previews a planned' : 'reports a';
    blocks.push({ paragraph: `${who} ${tense} ${kind} ${level} ${where}${r.date ? ` on ${formatSpan(r.date, r.endDate)}` : ''}.` });
    if (d.table.length) blocks.push({ paragraph: `At the table: ${d.table.map((p) => `${p.name} (${SIDE_WORDS[p.side]}${p.role ? `, ${p.role}` : ''})`).join('; ')}.` });
    if (d.outcomes.length) blocks.push({ paragraph: `Topics: ${d.outcomes.map((o) => `${topicTitle(o.topic).toLowerCase()} (${STATUS_WORDS[o.status]})`).join('; ')}.` });
    if (d.mentioned.length) blocks.push({ paragraph: `Also named: ${d.mentioned.slice(0, 8).map((p) => p.name).join(', ')}.` });
    blocks.push({ paragraph: 'Derived by the ingest command; an editor has not reviewed it yet.' });
  }
  const quotes = [r?.evidence.date, ...d.outcomes.map((o) => o.evidence)].filter((q): q is string => !!q);
  const unique = [...new Set(quotes)].slice(0, 3);
  if (unique.length) blocks.push({ heading: 'Quotes' }, { quotes: unique.map((q) => `"${q}"`) });
  // What the reader found but was not sure enough of to write as fact: for the editor, never for the site.
  if (d.uncertain.length) {
    blocks.push({ heading: 'To check' });
    blocks.push({ quotes: d.uncertain.map((u) => `${u.kind}: ${u.value} (confidence ${u.confidence.toFixed(2)})${u.evidence ? ` — "${u.evidence}"` : ''}`) });
  }
  return blocks;
}
