/**
 * Stage 7: the files an article becomes. The article file always; for a new
 * round, the round with its facts each citing the article; drafts for new
 * people and venues. An existing round is never touched: what the article says
 * about it goes into the article's `findings`. Every file is validated against
 * the schemas before anything is written, and never lands outside the content
 * folder; writing happens as one transaction (transaction.ts).
 */
import path from 'node:path';
import { parseContentFile } from '../lib/content-files.ts';
import type { CollectionName } from '../schemas/common.ts';
import type { Derived } from './derive.ts';
import type { Knowledge } from './knowledge.ts';
import { renderContentFile } from './markdown.ts';
import { articleBody } from './summary.ts';
import { quoteAround, slugify } from './text.ts';
import type { NewFile } from './transaction.ts';
import { IngestError } from './types.ts';
import { EARLIEST } from '../lib/today.ts';
import fs from 'node:fs';

/** A file to write. Drafts of people and venues are `optional`: if one exists by the time we write, it is kept, not replaced. */
export type PlannedFile = NewFile;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The files `d` becomes. Throws an IngestError when a required fact is missing. */
export function planFiles(d: Derived, knowledge: Knowledge): PlannedFile[] {
  const file = d.raw.file;
  checkWritable(d);
  const published = d.meta.published!;
  const title = d.meta.title!;
  const articleId = uniqueId(`${published}-${slugify(d.meta.publisher!, 4) || 'outlet'}-${slugify(title, 5) || 'article'}`, knowledge, 'articles');
  const cite = (evidence?: string) => [{ source: articleId, ...(evidence ? { evidence } : {}) }];
  const sentence = (i: number | null | undefined, focus?: string) => (i === null || i === undefined ? undefined : quoteAround(d.sentences[i]!.text, focus));
  const files: PlannedFile[] = [];
  const r = d.round;

  // Drafts for new people at the table and a new venue.
  for (const p of d.table.filter((p) => !p.known && !knowledge.participants.has(p.id))) {
    const delegation = p.id.endsWith('-delegation') && p.role === null;
    files.push({
      collection: 'participants',
      id: p.id,
      optional: true,
      text: renderContentFile(
        {
          name: p.name,
          aliases: [],
          kind: delegation ? 'delegation' : 'person',
          country: p.country ?? undefined,
          roles: p.role ? [{ title: p.role, cite: cite(sentence(p.evidence, p.name)) }] : [],
          review: 'derived',
        },
        [{ paragraph: `Proposed by the ingest command from ${articleId}; check the name, country and role.` }],
      ),
    });
  }
  const venue = r?.venue && r.format === 'in-person' && r.venue.country ? r.venue : null;
  if (venue && !venue.known && !knowledge.venues.has(venue.id)) {
    files.push({
      collection: 'venues',
      id: venue.id,
      optional: true,
      text: renderContentFile(
        { name: venue.name, aliases: [], city: venue.city ?? venue.name, country: venue.country!, note: 'The article names the city only; add the building and coordinates when known.', review: 'derived' },
        [{ paragraph: `Proposed by the ingest command from ${articleId}.` }],
      ),
    });
  }

  const parties = d.table.map((p) => ({ participant: p.id, side: p.side, role: p.role ?? undefined, lead: p.lead, evidence: sentence(p.evidence, p.name) }));
  const outcomes = d.outcomes.map((o) => ({ topic: o.topic, status: o.status, summary: outcomeSummary(o.topic, o.status, knowledge), evidence: o.evidence }));
  if (r && !r.existing) {
    files.push({
      collection: 'rounds',
      id: r.id,
      optional: false,
      text: renderContentFile(
        {
          title: roundTitle(d),
          date: r.date,
          status: r.status,
          format: r.format,
          level: r.level,
          venue: venue?.id,
          venueNote: r.format === 'in-person' && !venue ? 'The article does not name the place.' : undefined,
          parties: parties.map(({ evidence, ...p }) => ({ ...p, cite: cite(evidence) })),
          mentions: d.mentioned.filter((p) => p.known).map((p) => ({ participant: p.id, cite: cite(sentence(p.spots[0]?.sentence, p.name)) })),
          outcomes: outcomes.map(({ evidence, ...o }) => ({ ...o, cite: cite(evidence) })),
          sources: [articleId],
          cite: {
            date: r.evidence.date ? cite(r.evidence.date) : undefined,
            venue: venue && r.evidence.venue ? cite(r.evidence.venue) : undefined,
            format: r.evidence.format ? cite(r.evidence.format) : undefined,
          },
          review: 'derived',
        },
        [{ paragraph: `Derived by the ingest command from ${articleId}; an editor has not reviewed it yet.` }],
      ),
    });
  }
  const finding = r?.existing
    ? [{
        round: r.id,
        date: r.ownDate ?? r.date ?? undefined,
        venue: venue?.id,
        format: r.format,
        evidence: { date: r.evidence.date, venue: venue ? r.evidence.venue : undefined, format: r.evidence.format },
        parties,
        outcomes,
      }]
    : [];
  files.push({
    collection: 'articles',
    id: articleId,
    optional: false,
    text: renderContentFile(
      {
        title: d.meta.title,
        publisher: d.meta.publisher!,
        syndicated: d.meta.wire && d.meta.wire.toLowerCase() !== d.meta.publisher!.toLowerCase() ? d.meta.wire : undefined,
        url: d.meta.url ?? undefined,
        published: d.meta.published,
        displayDate: d.meta.displayDate ?? undefined,
        language: 'en',
        rounds: [...(r ? [r.id] : []), ...d.otherRounds.map((o) => o.id)],
        findings: finding,
        review: 'derived',
        sha256: d.raw.sha256,
      },
      articleBody(d, (id) => knowledge.outcomes.get(id)?.data.title ?? id),
    ),
  });
  validate(files, knowledge, file);
  return files;
}

/** Throws an IngestError naming the fact the editor must supply before the article can be written. */
export function checkWritable(d: Derived): void {
  const file = d.raw.file;
  if (!d.meta.published) throw new IngestError(file, 'no publication date found in the text; pass --published YYYY-MM-DD');
  if (d.futurePublished) throw new IngestError(file, `the publication date ${d.futurePublished} is in the future; pass --published YYYY-MM-DD with the day the article appeared`);
  if (d.meta.published < EARLIEST) throw new IngestError(file, `the publication date ${d.meta.published} is before ${EARLIEST.slice(0, 4)}, earlier than any article the record holds; pass --published YYYY-MM-DD with the day the article appeared`);
  if (!d.meta.title) throw new IngestError(file, 'no headline found; put the headline on the first line of the text');
  if (!d.meta.publisher) throw new IngestError(file, 'no publisher found: the page names no outlet and has no web address; pass --publisher NAME or --url URL');
  if (d.round && !d.round.date) throw new IngestError(file, `the round has no day: the text names none${d.meta.publishedSource === 'option' ? '' : ' (pass --published YYYY-MM-DD if it dates it relatively, "on Friday")'}; pass --round ID if the record has the round, or add the round by hand`);
}

/** Every planned file must pass the schemas and point only at entries that exist or are being written. */
function validate(files: PlannedFile[], knowledge: Knowledge, file: string): void {
  const problems: string[] = [];
  const adding = (c: CollectionName) => new Set(files.filter((f) => f.collection === c).map((f) => f.id));
  for (const f of files) {
    if (!ID.test(f.id)) problems.push(`the id \`${f.id}\` is not a valid file name`);
    const parsed = parseContentFile(f.collection, f.text, `${f.collection}/${f.id}.md`);
    problems.push(...parsed.problems.map((p) => `${p.file}: ${p.field ? `${p.field}: ` : ''}${p.message}`));
  }
  const refs: [CollectionName, RegExp][] = [['participants', /participant: ([a-z0-9-]+)/g], ['venues', /^venue: ([a-z0-9-]+)/gm], ['outcomes', /topic: ([a-z0-9-]+)/g]];
  for (const f of files) {
    for (const [collection, re] of refs) {
      for (const m of f.text.matchAll(re)) {
        const id = m[1]!;
        const known = collection === 'participants' ? knowledge.participants.has(id) : collection === 'venues' ? knowledge.venues.has(id) : knowledge.outcomes.has(id);
        if (!known && !adding(collection).has(id)) problems.push(`${f.collection}/${f.id}.md points at ${collection}/${id}, which neither exists nor is being written`);
      }
    }
  }
  if (problems.length) throw new IngestError(file, `the derived files would not pass the content checks, so nothing was written: ${problems.join('; ')}. This is a bug in the ingest command; please report it with the article`);
}

export { writeFiles } from './finish.ts';

/** `base`, or `base-2`, `base-3`… : an id no entry has, except one this article's new drafts replace. */
function uniqueId(base: string, knowledge: Knowledge, collection: 'articles'): string {
  const stem = base.replace(/-+$/, '');
  const free = (id: string) => knowledge.replacing?.has(`${collection}/${id}`) || (!knowledge.ids[collection].has(id) && !fs.existsSync(path.join(knowledge.dir, collection, `${id}.md`)));
  let id = stem;
  for (let n = 2; !free(id); n++) id = `${stem}-${n}`;
  return id;
}

function roundTitle(d: Derived): string {
  const r = d.round!;
  const who = r.level === 'leaders' ? 'Leaders' : r.level === 'ministers' ? 'Ministers' : 'Delegations';
  const verb = r.status === 'planned' ? 'to meet' : 'meet';
  if (r.format === 'video') return `${who} ${r.status === 'planned' ? 'to talk' : 'talk'} by video link`;
  return r.venue?.city ? `${who} ${verb} in ${r.venue.city}` : `${who} ${verb}`;
}

function outcomeSummary(topic: string, status: string, knowledge: Knowledge): string {
  const title = knowledge.outcomes.get(topic)?.data.title ?? topic;
  const words: Record<string, string> = { agreed: 'agreed', 'not-agreed': 'not agreed', proposed: 'proposed', discussed: 'discussed' };
  return `${title}: ${words[status]}, as the article reports.`;
}
