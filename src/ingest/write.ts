/**
 * Stage 7: the files an article becomes, and writing them safely. The article
 * file always; for a new round, the round with its facts each citing the
 * article; drafts for new people and venues. An existing round is never
 * touched: what the article says about it goes into the article's `findings`.
 * Every file is validated against the schemas before anything is written, is
 * written whole (a temporary file in the same folder, then a hard link that
 * fails rather than replace a file), and never lands outside the content folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseContentFile } from '../lib/content-files.ts';
import type { CollectionName } from '../schemas/common.ts';
import type { Derived } from './derive.ts';
import type { Knowledge } from './knowledge.ts';
import { renderContentFile } from './markdown.ts';
import { articleBody } from './summary.ts';
import { quoteAround, slugify } from './text.ts';
import { IngestError } from './types.ts';

export interface PlannedFile {
  collection: CollectionName;
  id: string;
  text: string;
  /** Drafts of people and venues may already exist by the time we write: then they are skipped, not replaced. */
  optional: boolean;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The files `d` becomes. Throws an IngestError when a required fact is missing. */
export function planFiles(d: Derived, knowledge: Knowledge): PlannedFile[] {
  const file = d.raw.file;
  checkWritable(d);
  const published = d.meta.published!;
  const title = d.meta.title!;
  const articleId = uniqueId(`${published}-${slugify(d.meta.publisher ?? '', 4) || 'unknown'}-${slugify(title, 5) || 'article'}`, knowledge.ids.articles, path.join(knowledge.dir, 'articles'));
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
        date: r.date ?? undefined,
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
        publisher: d.meta.publisher ?? 'Unknown publisher',
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
  if (!d.meta.title) throw new IngestError(file, 'no headline found; put the headline on the first line of the text');
  if (d.round && !d.round.date) throw new IngestError(file, 'the round has no day; pass --published if the text dates it relatively');
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

/**
 * Puts `text` at `target` whole or not at all, never replacing a file: the text goes to a temporary
 * file first, then is hard-linked into place (a link fails with EEXIST where a rename would replace).
 * The temporary file is made in the system's temporary folder, so a run killed mid-write leaves
 * nothing behind in the content folder; when that folder is on another disk (EXDEV), beside the target.
 * Returns false when the target already exists.
 */
function linkNew(text: string, target: string): boolean {
  const name = `.${path.basename(target, '.md')}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  for (const temp of [path.join(os.tmpdir(), `ingest${name}`), path.join(path.dirname(target), name)]) {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    try {
      fs.linkSync(temp, target);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EXDEV') throw error;
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  return false;
}

/** Writes the files into `dir`, each whole or not at all; on failure removes what this call wrote. Returns the paths written. */
export function writeFiles(files: PlannedFile[], dir: string, file: string): { written: string[]; skipped: string[] } {
  const root = fs.realpathSync(dir);
  const written: string[] = [];
  const skipped: string[] = [];
  try {
    for (const f of files) {
      if (!ID.test(f.id)) throw new IngestError(file, `refusing to write the id \`${f.id}\``);
      const folder = path.join(root, f.collection);
      fs.mkdirSync(folder, { recursive: true });
      const real = fs.realpathSync(folder);
      if (path.relative(root, real).startsWith('..') || path.isAbsolute(path.relative(root, real))) throw new IngestError(file, `content/${f.collection} points outside the content folder; refusing to write there`);
      const target = path.join(real, `${f.id}.md`);
      if (path.dirname(target) !== real) throw new IngestError(file, `refusing to write outside ${real}`);
      if (linkNew(f.text, target)) written.push(target);
      else if (!f.optional) throw new IngestError(file, `${path.relative(process.cwd(), target)} already exists; it was not overwritten`);
      else skipped.push(target);
    }
  } catch (error) {
    for (const done of written) fs.rmSync(done, { force: true });
    throw error;
  }
  return { written, skipped };
}

function uniqueId(base: string, taken: Set<string>, folder: string): string {
  let id = base.replace(/-+$/, '');
  for (let n = 2; taken.has(id) || fs.existsSync(path.join(folder, `${id}.md`)); n++) id = `${base}-${n}`;
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
